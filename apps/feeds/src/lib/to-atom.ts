import type {NewsItem} from '@sironet/model'
import {x} from 'xastscript'
import {formatRfc3339} from './date-range.js'
import {renderAtomEntry, renderFeedDocument} from './feed-entry.js'
import {buildHistoryElements} from './history-links.js'
import type {AtomOptions, ResolvedOptions} from './options.js'
import {itemsSlot, onePerLine, splitDocument} from './xml-document.js'
import {toXmlText as t} from './xml-text.js'

/**
 * Serialize the Atom document around its entries, cut where the entries go.
 *
 * @param resolved Resolved options.
 * @param date The document's date.
 * @returns The text before and after the entries.
 */
export function splitAtomDocument(resolved: ResolvedOptions, date: Date): [string, string] {
  const author = resolved.author
  const head = onePerLine([
    // Archive pages share the subscription document's id (RFC 5005).
    x('id', t(resolved.archive?.current ?? resolved.feedUrl)),
    x('title', {type: 'text'}, t(resolved.title)),
    x('subtitle', {type: 'text'}, t(resolved.description)),
    x('updated', formatRfc3339(date)),
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
  return splitDocument(feed, resolved.stylesheetHref)
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
  return [...renderFeedDocument('toAtom', items, options, 'atom.xml', splitAtomDocument, renderAtomEntry)].join('')
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
  return renderFeedDocument('streamAtom', items, options, 'atom.xml', splitAtomDocument, renderAtomEntry)
}
