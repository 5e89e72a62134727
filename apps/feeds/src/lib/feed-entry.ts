import type {EventDate, NewsItem} from '@sironet/model'
import type {Element, ElementContent} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {getItemCategories, type ItemCategory} from './categories.js'
import {formatRfc3339, formatRfc822, getFirstDay, toUtcDate} from './date-range.js'
import {memoizeTwo} from './memoize.js'
import {resolveOptions, type FeedOptions, type ResolvedOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {cleanText} from './clean-text.js'
import {renderItemHtml} from './render-item-html.js'
import {toTagUri} from './tag-uri.js'
import {makeElement as e, onePerLine, serializeXml} from './xml-document.js'
import {escapeHtmlText} from './to-html.js'
import {serializeCleanText, serializeXmlHtml, toXmlText as t} from './xml-text.js'

/**
 * What the RSS item and the Atom entry of one news item share, each piece
 * serialized once: RSS and Atom of the same items (a feed and its archive
 * pages, in both formats) then build their small trees around these raw
 * nodes instead of rendering and escaping the item's HTML and text twice.
 */
export interface EntryParts {
  /** The item's `tag:` URI. */
  id: string
  /** Absolute URL of the item's page. */
  link: string
  /** The headline as escaped XML character data. */
  title: Raw
  /** The summary as escaped XML character data (Atom `summary`), if any. */
  summary: Raw | undefined
  /** The summary as escaped HTML, escaped again for XML (RSS `description`), if any. */
  description: Raw | undefined
  /** The item HTML as one CDATA section (or escaped text when it holds `]]>`). */
  content: Raw
  /** The item's categories (countries, organizations, tags). */
  categories: ItemCategory[]
  /** The event date, or `null` for undated items; entries are dated by its first day. */
  date: EventDate | null
}

type Part = NonNullable<EventDate['part']>

function raw(value: string): Raw {
  return {type: 'raw', value}
}

/**
 * Prepare the shared parts of an item's RSS item and Atom entry.
 *
 * @param item The news item.
 * @param options Resolved options (site URL, language, `tag:` authority, item links).
 */
export function prepareEntry(item: NewsItem, options: ResolvedOptions): EntryParts {
  // The summary is cleaned once for its two forms (plain text for Atom, HTML for RSS).
  const summary = item.summary ? cleanText(item.summary) : undefined
  return {
    id: toTagUri(options.tagAuthority, item.id),
    link: options.itemUrl(item),
    title: serializeCleanText(cleanText(item.headline)),
    summary: summary === undefined ? undefined : serializeCleanText(summary),
    description: summary === undefined ? undefined : serializeCleanText(escapeHtmlText(summary)),
    content: serializeXmlHtml(renderItemHtml(item, {language: options.language})),
    categories: getItemCategories(item, options.siteUrl, options.language),
    date: item.date
  }
}

// Many items share a day: format each day once.
// Keyed by the record's own strings (hashed once), not a new string per item;
// the part of the month (few values) first.
const formatRssDay = memoizeTwo((part, start) => formatRfc822(toUtcDate(getFirstDay(part ? {start, part: part as Part} : {start}))))
const formatAtomDay = memoizeTwo((part, start) => formatRfc3339(toUtcDate(getFirstDay(part ? {start, part: part as Part} : {start}))))

/**
 * Build the RSS 2.0 `item` element of prepared parts.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 */
export function buildRssItem(parts: EntryParts, fallbackDate: Date): Element {
  const nodes: ElementContent[] = onePerLine([
    e('title', {}, [parts.title]),
    e('link', {}, t(parts.link)),
    e('guid', {isPermaLink: 'false'}, t(parts.id)),
    e('pubDate', {}, parts.date ? formatRssDay(parts.date.part ?? '', parts.date.start) : formatRfc822(fallbackDate)),
    parts.description ? e('description', {}, [parts.description]) : undefined,
    e('content:encoded', {}, [parts.content])
  ])
  if (parts.categories.length > 0) {
    // One element a line, after the last line feed.
    let xml = ''
    for (const category of parts.categories) xml += `${category.rssXml}\n`
    nodes.push(raw(xml))
  }
  return e('item', {}, nodes)
}

/**
 * Build the Atom 1.0 `entry` element of prepared parts.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 */
export function buildAtomEntry(parts: EntryParts, fallbackDate: Date): Element {
  const date = parts.date ? formatAtomDay(parts.date.part ?? '', parts.date.start) : formatRfc3339(fallbackDate)
  const categories =
    parts.categories.length === 0
      ? undefined
      : raw(parts.categories.map((category) => category.atomXml).join('\n'))
  return e(
    'entry',
    {},
    onePerLine([
      e('id', {}, t(parts.id)),
      // `type="text"` is the default of title and summary (RFC 4287 §3.1); leaving
      // it out of every entry saves bytes and attribute escaping on large feeds.
      e('title', {}, [parts.title]),
      e('link', {rel: 'alternate', href: parts.link}, []),
      e('published', {}, date),
      e('updated', {}, date),
      categories,
      parts.summary ? e('summary', {}, [parts.summary]) : undefined,
      e('content', {type: 'html'}, [parts.content])
    ])
  )
}

/**
 * Render one feed document in pieces: its head, then each item's entry after
 * a line feed, then its tail. One entry's tree at a time is built and
 * serialized, so memory stays flat for large feeds. Options are checked at once.
 *
 * @param caller Public function name, for error messages (example: `'toRss'`).
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @param fileName Default file name of the document (example: `'feed.xml'`).
 * @param splitDocument The document's head and tail around its entries.
 * @param buildEntry The element of one entry.
 * @returns An iterable of strings whose concatenation is the document.
 */
export function renderFeedDocument(
  caller: string,
  items: readonly NewsItem[],
  options: FeedOptions,
  fileName: string,
  splitDocument: (resolved: ResolvedOptions, date: Date) => [string, string],
  buildEntry: (parts: EntryParts, fallbackDate: Date) => Element
): Iterable<string> {
  const resolved = resolveOptions(caller, options, fileName)
  const prepared = prepareItems(caller, items, resolved)
  const [head, tail] = splitDocument(resolved, prepared.updated)
  return (function* () {
    yield head
    for (const item of prepared.items) {
      yield '\n'
      yield serializeXml(buildEntry(prepareEntry(item, resolved), prepared.updated))
    }
    yield tail
  })()
}
