import type {Element, ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {buildView, type Layout, type ViewNode} from './build-view.js'
import {filterEntries} from './filter-entries.js'
import {readFeed} from './read-feed.js'
import {scopeStylesheet} from './scope-stylesheet.js'
import {stylesheet} from './styles.js'

/** Options for {@link renderStaticSnippet}. */
export interface RenderStaticSnippetOptions {
  /** BCP 47 language of the page (optional, default the feed’s language, else `'en'`; example: `'fr'`). */
  lang?: string | undefined
  /** `list`, `cards` or `compact` (optional, default `'list'`). */
  layout?: Layout | undefined
  /** Most items to show (optional, default `10`). */
  limit?: number | undefined
  /** Country codes, separated by spaces or commas (optional, example: `'CN'`). */
  country?: string | undefined
  /** Organization name or acronym (optional, example: `'WHO'`). */
  organization?: string | undefined
  /** Tags, separated by spaces or commas (optional, example: `'belt-and-road'`). */
  tag?: string | undefined
  /** Absolute URL of the feed: relative links resolve against it, and it is linked when the feed has no home page (optional). */
  feedUrl?: string | undefined
}

/**
 * Turn a view node into hast.
 *
 * @param node A node from `buildView`.
 */
export function toHast(node: ViewNode): ElementContent {
  if (typeof node === 'string') return {type: 'text', value: node}
  const [tagName, attributes, ...children] = node
  return h(tagName, attributes, children.map(toHast)) as Element
}

/**
 * The stylesheet for static snippets: the widget’s own styles, with
 * `.sironet-news` as the outer box and every rule scoped to it. Serve it as a
 * file (strict CSPs forbid inline styles).
 */
export const snippetStylesheet: string = scopeStylesheet(stylesheet, '.sironet-news')

/**
 * Render a static HTML snippet of the news — the widget’s markup, without
 * script — for sites that cannot run JavaScript. All feed text is escaped and
 * only `http:`/`https:` links are kept. Style it with {@link snippetStylesheet}.
 *
 * @param feedOrItems A JSON Feed 1.1 object (with `_sironet`), its items, or `NewsItem` records.
 * @param options Language, layout, filters and the feed’s URL (optional).
 * @returns HTML: one `<div class="sironet-news">`.
 * @example
 *   renderStaticSnippet(feed, {lang: 'fr', limit: 5, feedUrl: 'https://example.org/feed.json'})
 */
export function renderStaticSnippet(feedOrItems: unknown, options: RenderStaticSnippetOptions = {}): string {
  if (feedOrItems === null || typeof feedOrItems !== 'object') {
    throw new TypeError(
      'Cannot call `renderStaticSnippet` without data. Pass a JSON Feed object, an array of its items or an array of `NewsItem` records.'
    )
  }
  const feed = readFeed(feedOrItems, options.feedUrl)
  const entries = filterEntries(feed.entries, options)
  const view = buildView(feed, entries, {
    state: 'ready',
    language: options.lang ?? feed.language ?? 'en',
    layout: options.layout,
    feedUrl: options.feedUrl
  })
  return toHtml(h('div', {class: 'sironet-news'}, [toHast(view)]))
}
