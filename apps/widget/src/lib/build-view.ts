import {formatCountry} from './format-country.js'
import {formatDate} from './format-date.js'
import {pickMessages} from './messages.js'
import {findLabel, toDateKey, type WidgetEntry, type WidgetFeed} from './read-feed.js'

/**
 * A node of the widget’s markup: text, or `[tagName, attributes, ...children]`.
 * The element turns it into DOM nodes and the snippet generator into hast, so
 * both write the same markup, and feed text is only ever a text node.
 */
export type ViewNode = string | [tagName: string, attributes: Record<string, string>, ...children: ViewNode[]]

/** How entries are laid out: a list, a grid of cards, or one line per item. */
export type Layout = 'list' | 'cards' | 'compact'

/** What the widget shows. */
export type ViewState = 'loading' | 'error' | 'ready'

/** Options for {@link buildView}. */
export interface ViewOptions {
  /** What to show: the loading or error message, or the entries (empty ones show the empty message). */
  state: ViewState
  /** BCP 47 language of the page (example: `'fr'`). */
  language: string
  /** Layout (optional, default `'list'`). */
  layout?: string | null | undefined
  /** URL of the feed, linked in the error state and when the feed has no home page (optional). */
  feedUrl?: string | undefined
}

/**
 * Whether a language is written right to left.
 *
 * @param language BCP 47 tag (example: `'ar'`).
 */
export function isRightToLeft(language: string): boolean {
  return /^(ar|fa|he|iw|ps|ur|yi|ckb|dv|sd|ug)\b/i.test(language)
}

/**
 * Pick a known layout from an attribute value.
 *
 * @param value `list`, `cards` or `compact`; anything else is `list` (optional).
 */
export function toLayout(value: string | null | undefined): Layout {
  return value === 'cards' || value === 'compact' ? value : 'list'
}

/**
 * Build the widget’s markup for a state: a heading, then the loading, error or
 * empty message, or the list of entries and a link to all news.
 *
 * @param feed What {@link readFeed} read, or `undefined` while loading.
 * @param entries The entries to show (already filtered).
 * @param options State, language, layout and feed URL.
 * @returns The root node.
 * @example
 *   buildView(feed, filterEntries(feed.entries), {state: 'ready', language: 'fr'})
 */
export function buildView(
  feed: WidgetFeed | undefined,
  entries: readonly WidgetEntry[],
  {state, language, layout, feedUrl}: ViewOptions
): ViewNode {
  const [news, loading, empty, error, feedLabel, all] = pickMessages(language)
  const shape = toLayout(layout)
  const link = (href: string | undefined, label: string, part: string): ViewNode[] =>
    href ? [['a', {href, rel: 'noopener', part: 'link ' + part}, label]] : []
  const status = (part: string, role: string, ...children: ViewNode[]): ViewNode[] => [['p', {part: 'status' + part, role}, ...children]]
  const body =
    state === 'loading'
      ? status('', 'status', loading)
      : state === 'error'
        ? status(' error', 'alert', error, ' ', ...link(feedUrl, feedLabel, 'feed-link'))
        : entries.length === 0
          ? status('', 'status', empty)
          : [
              ['ul', {part: 'list', role: 'list'}, ...entries.map((entry) => buildItem(feed, entry, language, shape))] as ViewNode,
              ...link(feed?.homePageUrl ?? feedUrl, all, 'all-link').map((node): ViewNode => ['p', {part: 'footer'}, node])
            ]
  return [
    'div',
    {class: 'root ' + shape, part: 'root', lang: language, dir: isRightToLeft(language) ? 'rtl' : 'ltr', 'aria-busy': String(state === 'loading')},
    ['h2', {part: 'title'}, ...(feed?.title ? [['bdi', feed.language ? {lang: feed.language} : {}, feed.title] as ViewNode] : [news])],
    ...body
  ]
}

function buildItem(feed: WidgetFeed | undefined, entry: WidgetEntry, language: string, layout: Layout): ViewNode {
  // The item’s text keeps its own language and direction inside a page of another.
  const content: Record<string, string> = entry.language ? {lang: entry.language, dir: 'auto'} : {dir: 'auto'}
  const meta: ViewNode[] = []
  // Dates and countries the feed wrote out for this language are shown as they are.
  const date = entry.date && (findLabel(feed, language, 'dates', toDateKey(entry.date)) ?? formatDate(entry.date, language))
  if (date) meta.push(['time', {part: 'date', datetime: entry.date!.start}, date])
  if (layout !== 'compact') {
    // Cities are written as in the item (its language), countries in the page’s;
    // `<bdi>` keeps a Latin city from reordering an Arabic line.
    const places = entry.places.flatMap((place, index): ViewNode[] => [
      ...(index ? ['; '] : []),
      ...(place.city ? [['bdi', content, place.city] as ViewNode, ', '] : []),
      findLabel(feed, language, 'countries', place.country) ?? formatCountry(place.country, language)
    ])
    if (places.length) meta.push(['span', {part: 'place'}, ...places])
    const organization = entry.organizations[0]
    // The separator before each part is drawn in the page’s direction, so the
    // item’s own text is isolated one level down.
    if (organization) meta.push(['span', {part: 'org'}, ['bdi', content, organization.name]])
  }
  return [
    'li',
    {part: 'item'},
    [
      'article',
      {},
      [
        'h3',
        {part: 'headline'},
        entry.url ? ['a', {href: entry.url, rel: 'noopener', part: 'link headline-link', ...content}, entry.title] : ['span', content, entry.title]
      ],
      ...(meta.length ? [['p', {part: 'meta'}, ...meta] as ViewNode] : [])
    ]
  ]
}
