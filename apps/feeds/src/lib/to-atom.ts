import type {NewsItem} from '@sironet/model'
import type {Element} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {getItemCategories, type ItemCategory} from './categories.js'
import {memoize} from './memoize.js'
import {formatRfc3339, getFirstDay, toUtcDate} from './date-range.js'
import {resolveOptions, type AtomOptions, type ResolvedOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {renderItemHtml} from './render-item-html.js'
import {toTagUri} from './tag-uri.js'
import {buildHistoryElements} from './history-links.js'
import {itemsSlot, makeElement as e, onePerLine, serializeXml, splitDocument} from './xml-document.js'
import {toXmlHtml, toXmlText as t} from './xml-text.js'

// Categories repeat across entries; serialize each once (attribute escaping is
// the costliest part of serializing an entry).
const serializeCategory = memoize((key: string): string => {
  const [term, scheme, label] = key.split('\u0000') as [string, string, string]
  return serializeXml(x('category', {term, scheme, label}))
})

// The categories of an entry as one raw node, one element a line.
function serializeCategories(categories: readonly ItemCategory[]): Raw | undefined {
  if (categories.length === 0) return undefined
  return {
    type: 'raw',
    value: categories.map((category) => serializeCategory(`${category.term}\u0000${category.scheme}\u0000${category.label}`)).join('\n')
  }
}

// Many entries share a day: format each day once.
const formatDay = memoize((day: string) => formatRfc3339(toUtcDate(day)))

function buildEntry(item: NewsItem, options: ResolvedOptions, fallbackDate: Date): Element {
  const date = item.date ? formatDay(getFirstDay(item.date)) : formatRfc3339(fallbackDate)
  return e(
    'entry',
    {},
    onePerLine([
      e('id', {}, t(toTagUri(options.tagAuthority, item.id))),
      // `type="text"` is the default of title and summary (RFC 4287 §3.1); leaving
      // it out of every entry saves bytes and attribute escaping on large feeds.
      e('title', {}, t(item.headline)),
      e('link', {rel: 'alternate', href: options.itemUrl(item)}, []),
      e('published', {}, date),
      e('updated', {}, date),
      serializeCategories(getItemCategories(item, options.siteUrl, options.language)),
      item.summary ? e('summary', {}, t(item.summary)) : undefined,
      e('content', {type: 'html'}, toXmlHtml(renderItemHtml(item, {language: options.language})))
    ])
  )
}

function renderAtom(caller: string, items: readonly NewsItem[], options: AtomOptions): Iterable<string> {
  const resolved = resolveOptions(caller, options, 'atom.xml')
  const prepared = prepareItems(caller, items, resolved)
  const author = resolved.author
  const head = onePerLine([
    // Archive pages share the subscription document's id (RFC 5005).
    x('id', t(resolved.archive?.current ?? resolved.feedUrl)),
    x('title', {type: 'text'}, t(resolved.title)),
    x('subtitle', {type: 'text'}, t(resolved.description)),
    x('updated', formatRfc3339(prepared.updated)),
    x('author', [
      x('name', t(author.name)),
      author.email === undefined ? undefined : x('email', t(author.email)),
      author.uri === undefined ? undefined : x('uri', t(author.uri))
    ]),
    x('generator', t(resolved.generator)),
    x('link', {rel: 'alternate', type: 'text/html', href: resolved.siteUrl}),
    ...buildHistoryElements('', resolved, 'application/atom+xml')
  ]).slice(0, -1)
  const feed = x(
    'feed',
    {
      xmlns: 'http://www.w3.org/2005/Atom',
      'xmlns:fh': 'http://purl.org/syndication/history/1.0',
      'xml:lang': resolved.language
    },
    [...head, itemsSlot, {type: 'text', value: '\n'}]
  )
  const [before, after] = splitDocument(feed, resolved.stylesheetHref)
  return (function* () {
    yield before
    // One entry's tree at a time, serialized at once: memory stays flat for large feeds.
    for (const item of prepared.items) {
      yield '\n'
      yield serializeXml(buildEntry(item, resolved, prepared.updated))
    }
    yield after
  })()
}

/**
 * Render news items as an Atom 1.0 (RFC 4287) document: `xml:lang`, self and
 * alternate links, `tag:` ids, `published` and `updated` from the event
 * dates, the feed author, categories with a `scheme`, a text summary and the
 * sanitized HTML content, optional RFC 5005 archive links and an XSL
 * stylesheet. Entries come newest first; the output never depends on the clock.
 *
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @returns The Atom document (UTF-8 text, XML declaration first).
 * @example
 *   const xml = toAtom(items, {siteUrl: 'https://sironet.org/news/', stylesheetHref: 'atom.xsl'})
 */
export function toAtom(items: readonly NewsItem[], options: AtomOptions): string {
  return [...renderAtom('toAtom', items, options)].join('')
}

/**
 * Render the same Atom document as {@link toAtom} in pieces (the head, then
 * each entry, then the tail), so large feeds can be written to a file without
 * holding the whole document in memory. Options are checked at once.
 *
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @returns An iterable of strings whose concatenation is the document.
 * @example
 *   const file = createWriteStream('atom.xml')
 *   for (const chunk of streamAtom(items, {siteUrl: 'https://sironet.org/news/'})) file.write(chunk)
 */
export function streamAtom(items: readonly NewsItem[], options: AtomOptions): Iterable<string> {
  return renderAtom('streamAtom', items, options)
}
