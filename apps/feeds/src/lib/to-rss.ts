import type {NewsItem} from '@sironet/model'
import {x} from 'xastscript'
import {formatRfc822} from './date-range.js'
import {renderRssItem, renderFeedDocument} from './feed-entry.js'
import {buildHistoryElements} from './history-links.js'
import type {ResolvedOptions, RssOptions} from './options.js'
import {itemsSlot, onePerLine, splitDocument} from './xml-document.js'
import {toXmlText as t} from './xml-text.js'

const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:fh': 'http://purl.org/syndication/history/1.0'
}

/**
 * Serialize the RSS document around its items, cut where the items go.
 *
 * @param resolved Resolved options.
 * @param date The document's date.
 * @returns The text before and after the items.
 */
export function splitRssDocument(resolved: ResolvedOptions, date: Date): [string, string] {
  const updated = formatRfc822(date)
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
  return splitDocument(
    x('rss', {version: '2.0', ...namespaces}, [{type: 'text', value: '\n'}, channel, {type: 'text', value: '\n'}]),
    resolved.stylesheetHref
  )
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
  return [...renderFeedDocument('toRss', items, options, 'feed.xml', splitRssDocument, renderRssItem)].join('')
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
  return renderFeedDocument('streamRss', items, options, 'feed.xml', splitRssDocument, renderRssItem)
}
