import type {NewsItem} from '@sironet/model'
import type {Element, ElementContent} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {getItemCategories} from './categories.js'
import {memoize} from './memoize.js'
import {formatRfc3339, getItemDate} from './date-range.js'
import {resolveOptions, type AtomOptions, type ResolvedOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {renderItemHtml} from './render-item-html.js'
import {toTagUri} from './tag-uri.js'
import {buildHistoryElements} from './to-rss.js'
import {onePerLine, serializeDocument, serializeXml} from './xml-document.js'
import {toXmlText as t} from './xml-text.js'

// Categories repeat across entries; serialize each once (attribute escaping is
// the costliest part of serializing an entry).
const serializeCategory = memoize((key: string): string => {
  const [term, scheme, label] = key.split('\u0000') as [string, string, string]
  return serializeXml(x('category', {term, scheme, label}))
})

function buildEntry(item: NewsItem, options: ResolvedOptions, fallbackDate: Date): Element {
  const date = formatRfc3339(getItemDate(item.date, fallbackDate))
  return x(
    'entry',
    onePerLine([
      x('id', t(toTagUri(options.tagAuthority, item.id))),
      x('title', {type: 'text'}, t(item.headline)),
      x('link', {rel: 'alternate', type: 'text/html', href: options.itemUrl(item)}),
      x('published', date),
      x('updated', date),
      ...getItemCategories(item, options.siteUrl, options.language).map(
        (category): Raw => ({type: 'raw', value: serializeCategory(`${category.term}\u0000${category.scheme}\u0000${category.label}`)})
      ),
      item.summary ? x('summary', {type: 'text'}, t(item.summary)) : undefined,
      x('content', {type: 'html'}, t(renderItemHtml(item, {language: options.language})))
    ])
  )
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
  const resolved = resolveOptions('toAtom', options, 'atom.xml')
  const prepared = prepareItems('toAtom', items, resolved)
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
  // One entry's tree at a time, serialized at once: memory stays flat for large feeds.
  const entries: Array<Raw | ElementContent> = []
  for (const item of prepared.items) {
    entries.push({type: 'text', value: '\n'}, {type: 'raw', value: serializeXml(buildEntry(item, resolved, prepared.updated))})
  }
  const feed = x(
    'feed',
    {
      xmlns: 'http://www.w3.org/2005/Atom',
      'xmlns:fh': 'http://purl.org/syndication/history/1.0',
      'xml:lang': resolved.language
    },
    [...head, ...entries, {type: 'text', value: '\n'}]
  )
  return serializeDocument(feed, resolved.stylesheetHref)
}
