import type {NewsItem} from '@sironet/model'
import type {Element, ElementContent} from 'xast'
import {x} from 'xastscript'
import {getItemCategories, type ItemCategory} from './categories.js'
import {memoize} from './memoize.js'
import {formatRfc822, getFirstDay, toUtcDate} from './date-range.js'
import {resolveOptions, type ResolvedOptions, type RssOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {renderItemHtml, renderTextHtml} from './render-item-html.js'
import {toTagUri} from './tag-uri.js'
import {buildHistoryElements} from './history-links.js'
import {itemsSlot, makeElement as e, onePerLine, serializeXml, splitDocument} from './xml-document.js'
import {toXmlHtml, toXmlText as t} from './xml-text.js'

const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:fh': 'http://purl.org/syndication/history/1.0'
}

// Categories repeat across items; serialize each once (attribute escaping is
// the costliest part of serializing an item).
const serializeCategory = memoize((key: string): string => {
  const [domain, term] = key.split('\u0000') as [string, string]
  return serializeXml(x('category', {domain}, t(term)))
})

// The categories of an item as one raw node, one element a line.
function serializeCategories(categories: readonly ItemCategory[]): string {
  let xml = ''
  for (const category of categories) xml += `${serializeCategory(`${category.scheme}\u0000${category.term}`)}\n`
  return xml
}

// Many items share a day: format each day once.
const formatDay = memoize((day: string) => formatRfc822(toUtcDate(day)))

function buildItem(item: NewsItem, options: ResolvedOptions, fallbackDate: Date): Element {
  const children: Array<Element | undefined> = [
    e('title', {}, t(item.headline)),
    e('link', {}, t(options.itemUrl(item))),
    e('guid', {isPermaLink: 'false'}, t(toTagUri(options.tagAuthority, item.id))),
    e('pubDate', {}, item.date ? formatDay(getFirstDay(item.date)) : formatRfc822(fallbackDate)),
    item.summary ? e('description', {}, t(renderTextHtml(item.summary))) : undefined,
    e('content:encoded', {}, toXmlHtml(renderItemHtml(item, {language: options.language})))
  ]
  const nodes: ElementContent[] = onePerLine(children)
  const categories = getItemCategories(item, options.siteUrl, options.language)
  if (categories.length > 0) nodes.push({type: 'raw', value: serializeCategories(categories)})
  return e('item', {}, nodes)
}

function renderRss(caller: string, items: readonly NewsItem[], options: RssOptions): Iterable<string> {
  const resolved = resolveOptions(caller, options, 'feed.xml')
  const prepared = prepareItems(caller, items, resolved)
  const updated = formatRfc822(prepared.updated)
  const channel = x('channel', [
    ...onePerLine([
      x('title', t(resolved.title)),
      x('link', t(resolved.siteUrl)),
      x('description', t(resolved.description)),
      x('language', resolved.language),
      x('generator', t(resolved.generator)),
      x('docs', 'https://www.rssboard.org/rss-specification'),
      x('lastBuildDate', updated),
      x('pubDate', updated),
      ...buildHistoryElements('atom:', resolved, 'application/rss+xml')
    ]).slice(0, -1),
    itemsSlot,
    {type: 'text', value: '\n'}
  ])
  const [head, tail] = splitDocument(
    x('rss', {version: '2.0', ...namespaces}, [{type: 'text', value: '\n'}, channel, {type: 'text', value: '\n'}]),
    resolved.stylesheetHref
  )
  return (function* () {
    yield head
    // One item's tree at a time, serialized at once: memory stays flat for large feeds.
    for (const item of prepared.items) {
      yield '\n'
      yield serializeXml(buildItem(item, resolved, prepared.updated))
    }
    yield tail
  })()
}

/**
 * Render news items as an RSS 2.0 document: `atom:link rel="self"`,
 * `language`, `tag:` guids, RFC 822 dates, categories for countries,
 * organizations and tags, sanitized HTML in `content:encoded`, optional RFC
 * 5005 archive links and an XSL stylesheet. Items come newest first; the
 * output depends only on the arguments, never on the clock.
 *
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @returns The RSS document (UTF-8 text, XML declaration first).
 * @example
 *   const xml = toRss(items, {siteUrl: 'https://sironet.org/news/', stylesheetHref: 'feed.xsl'})
 */
export function toRss(items: readonly NewsItem[], options: RssOptions): string {
  return [...renderRss('toRss', items, options)].join('')
}

/**
 * Render the same RSS 2.0 document as {@link toRss} in pieces (the head, then
 * each item, then the tail), so large feeds can be written to a file without
 * holding the whole document in memory. Options are checked at once.
 *
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @returns An iterable of strings whose concatenation is the document.
 * @example
 *   const file = createWriteStream('feed.xml')
 *   for (const chunk of streamRss(items, {siteUrl: 'https://sironet.org/news/'})) file.write(chunk)
 */
export function streamRss(items: readonly NewsItem[], options: RssOptions): Iterable<string> {
  return renderRss('streamRss', items, options)
}
