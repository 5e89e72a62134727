import type {NewsItem} from '@sironet/model'
import {prepareEntry, renderAtomEntry, renderRssItem} from './feed-entry.js'
import {resolveOptions, type AtomOptions, type ResolvedOptions, type RssOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {splitAtomDocument} from './to-atom.js'
import {splitRssDocument} from './to-rss.js'

/** Options for {@link toFeeds} and {@link streamFeeds}: one set per document. */
export interface FeedsOptions {
  /** Options of the RSS document, as for `toRss` (example: `{siteUrl, stylesheetHref: 'feed.xsl'}`). */
  rss: RssOptions
  /** Options of the Atom document, as for `toAtom` (example: `{siteUrl, stylesheetHref: 'atom.xsl'}`). */
  atom: AtomOptions
}

/** The RSS and Atom documents of the same items, or one piece of each. */
export interface FeedPair {
  /** RSS 2.0 text. */
  rss: string
  /** Atom 1.0 text. */
  atom: string
}

// The shared parts of an entry depend only on these; when both documents
// agree on them, each item's HTML, text and categories are prepared once.
function canShare(rss: ResolvedOptions, atom: ResolvedOptions, options: FeedsOptions): boolean {
  return (
    rss.siteUrl === atom.siteUrl &&
    rss.language === atom.language &&
    rss.tagAuthority === atom.tagAuthority &&
    options.rss.itemUrl === options.atom.itemUrl
  )
}

function renderFeeds(caller: string, items: readonly NewsItem[], options: FeedsOptions): Iterable<FeedPair> {
  if (options === null || typeof options !== 'object' || typeof options.rss !== 'object' || typeof options.atom !== 'object') {
    throw new TypeError(
      `Cannot call \`${caller}\` without \`rss\` and \`atom\` options. Pass \`{rss: {siteUrl}, atom: {siteUrl}}\` (example: \`{rss: {siteUrl: 'https://sironet.org/news/'}, atom: {siteUrl: 'https://sironet.org/news/'}}\`).`
    )
  }
  const rss = resolveOptions(caller, options.rss, 'feed.xml')
  const atom = resolveOptions(caller, options.atom, 'atom.xml')
  // The order of items never depends on options; only the document dates may.
  const prepared = prepareItems(caller, items, {...rss, buildDate: undefined})
  const rssUpdated = rss.buildDate ?? prepared.updated
  const atomUpdated = atom.buildDate ?? prepared.updated
  const shared = canShare(rss, atom, options)
  const [rssHead, rssTail] = splitRssDocument(rss, rssUpdated)
  const [atomHead, atomTail] = splitAtomDocument(atom, atomUpdated)
  return (function* () {
    yield {rss: rssHead, atom: atomHead}
    for (const item of prepared.items) {
      const parts = prepareEntry(item, rss)
      // The line feed before each item is serialized with it: one flat string, not a pair to concatenate.
      yield {
        rss: renderRssItem(parts, rssUpdated, true),
        atom: renderAtomEntry(shared ? parts : prepareEntry(item, atom), atomUpdated, true)
      }
    }
    yield {rss: rssTail, atom: atomTail}
  })()
}

/**
 * Render the same items as an RSS 2.0 and an Atom 1.0 document at once: the
 * same bytes as `toRss(items, options.rss)` and `toAtom(items, options.atom)`,
 * but each item's HTML, escaped text and categories are made once for both
 * (when both documents share the site URL, language, `tag:` authority and
 * `itemUrl`), which is what a site with both formats needs.
 *
 * @param items News items, in any order.
 * @param options The options of each document.
 * @returns Both documents.
 * @example
 *   const {rss, atom} = toFeeds(items, {rss: {siteUrl, stylesheetHref: 'feed.xsl'}, atom: {siteUrl, stylesheetHref: 'atom.xsl'}})
 */
export function toFeeds(items: readonly NewsItem[], options: FeedsOptions): FeedPair {
  const rss: string[] = []
  const atom: string[] = []
  for (const pair of renderFeeds('toFeeds', items, options)) {
    rss.push(pair.rss)
    atom.push(pair.atom)
  }
  // Joined once: one flat string each, not a rope of thousands of pieces.
  return {rss: rss.join(''), atom: atom.join('')}
}

/**
 * Render the documents of {@link toFeeds} in pieces: the heads, then each
 * item's RSS item and Atom entry, then the tails, so two large feeds can be
 * written to two files in one pass without holding either in memory.
 * Options are checked at once.
 *
 * @param items News items, in any order.
 * @param options The options of each document.
 * @returns An iterable of pairs; the `rss` pieces joined are the RSS document, the `atom` pieces the Atom one.
 * @example
 *   for (const piece of streamFeeds(items, {rss: {siteUrl}, atom: {siteUrl}})) {
 *     rssFile.write(piece.rss)
 *     atomFile.write(piece.atom)
 *   }
 */
export function streamFeeds(items: readonly NewsItem[], options: FeedsOptions): Iterable<FeedPair> {
  return renderFeeds('streamFeeds', items, options)
}
