import type {Element, ElementContent, Properties, Root, Text} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {formatEventDate, getEventDays, type NewsItem} from '@sironet/model'
import {toArticleHtml} from './site-html.js'

/** A filtered feed listed on the index page. */
export interface FeedGroupLink {
  /** Folder of the group’s feeds (example: `'countries/cn/'`). */
  folder: string
  /** Display name (example: `'China'`). */
  name: string
  /** Items in the group. */
  total: number
}

/** What the index page shows. */
export interface IndexPageOptions {
  /** Site title (example: `'SIRONET news'`). */
  title: string
  /** One sentence about the site (optional). */
  description?: string | undefined
  /** BCP 47 language of the page (example: `'en'`). */
  language: string
  /** Number of items in the site. */
  total: number
  /** Items per feed document. */
  feedSize: number
  /** Newest items, to list with links to their pages. */
  latest: readonly NewsItem[]
  /** Link of an item relative to the site root (example: `(item) => 'items/2018-01.html#' + item.id`). */
  itemHref: (item: NewsItem) => string
  /** Feeds per country, sorted. */
  countries: readonly FeedGroupLink[]
  /** Feeds per organization, sorted. */
  organizations: readonly FeedGroupLink[]
  /** Whether `widget/index.html` exists. */
  widget: boolean
  /** Whether an iCalendar file `events.ics` exists. */
  calendar: boolean
}

function page(language: string, title: string, root: string, head: Element[], body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: language}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('link', {rel: 'stylesheet', href: `${root}style.css`}),
          ...head
        ]),
        h('body', body)
      ])
    ]
  }
  return toHtml(tree) + '\n'
}

function feedLinks(folder: string): Element {
  const links = [
    h('a', {href: `${folder}feed.xml`, type: 'application/rss+xml'}, 'RSS'),
    h('a', {href: `${folder}atom.xml`, type: 'application/atom+xml'}, 'Atom'),
    h('a', {href: `${folder}feed.json`, type: 'application/feed+json'}, 'JSON Feed')
  ]
  return h('span', {class: 'feeds'}, links.flatMap((link, index) => (index ? [' · ', link] : [link])))
}

function groupTable(caption: string, groups: readonly FeedGroupLink[]): Element {
  return h('table', [
    h('caption', caption),
    h('thead', [h('tr', [h('th', {scope: 'col'}, 'Name'), h('th', {scope: 'col'}, 'Items'), h('th', {scope: 'col'}, 'Feeds')])]),
    h(
      'tbody',
      groups.map((group) =>
        h('tr', [h('th', {scope: 'row'}, group.name), h('td', {class: 'number'}, String(group.total)), h('td', [feedLinks(group.folder)])])
      )
    )
  ])
}

/**
 * Render the site’s home page: every feed and download with what it holds,
 * the feeds per country and organization, the newest items and a link to the
 * widget demo; feed autodiscovery links in the head.
 *
 * @param options What to list.
 * @returns A whole HTML document.
 */
export function renderIndexPage(options: IndexPageOptions): string {
  const head = [
    h('link', {rel: 'alternate', type: 'application/rss+xml', title: `${options.title} (RSS)`, href: 'feed.xml'}),
    h('link', {rel: 'alternate', type: 'application/atom+xml', title: `${options.title} (Atom)`, href: 'atom.xml'}),
    h('link', {rel: 'alternate', type: 'application/feed+json', title: `${options.title} (JSON Feed)`, href: 'feed.json'})
  ]
  const downloads: Array<[string, string, string]> = [
    ['feed.xml', 'RSS 2.0 feed', `the newest ${options.feedSize} items; older ones in RFC 5005 archive pages`],
    ['atom.xml', 'Atom 1.0 feed', `the newest ${options.feedSize} items; older ones in RFC 5005 archive pages`],
    ['feed.json', 'JSON Feed 1.1', `the newest ${options.feedSize} items, the full record of each under _sironet; next_url leads to older pages`]
  ]
  if (options.calendar) downloads.push(['events.ics', 'iCalendar', 'one all-day event per dated item; subscribe in a calendar app'])
  downloads.push(
    ['items.csv', 'CSV', 'every item, for spreadsheets (UTF-8, RFC 4180)'],
    ['api/index.json', 'JSON API', 'every item, paged; indexes by month, country and organization'],
    ['api/schema/news-item.json', 'JSON Schema', 'of the item records']
  )
  const body: ElementContent[] = [
    h('header', [h('h1', options.title), options.description ? h('p', options.description) : undefined, h('p', `${options.total} items.`)].filter((node) => node !== undefined)),
    h('main', [
      h('section', {'aria-labelledby': 'subscribe'}, [
        h('h2', {id: 'subscribe'}, 'Subscribe and download'),
        h('ul', downloads.map(([href, label, note]) => h('li', [h('a', {href}, label), ` (${href}): ${note}.`])))
      ]),
      options.widget
        ? h('section', {'aria-labelledby': 'widget'}, [
            h('h2', {id: 'widget'}, 'On your site'),
            h('p', [h('a', {href: 'widget/index.html'}, 'The <sironet-news> widget demo'), ' shows the feed on a page in two themes and several languages, with the two lines to embed it.'])
          ])
        : h('section', {'aria-labelledby': 'widget'}, [h('h2', {id: 'widget'}, 'On your site'), h('p', 'The widget was not built, so its demo is missing.')]),
      h('section', {'aria-labelledby': 'latest'}, [
        h('h2', {id: 'latest'}, 'Latest items'),
        h(
          'ol',
          {class: 'items'},
          options.latest.map((item) =>
            h('li', [
              h('a', {href: options.itemHref(item)}, item.headline),
              item.date ? [' ', h('span', {class: 'date'}, formatEventDate(item.date, options.language))] : []
            ])
          )
        )
      ]),
      h('section', {'aria-labelledby': 'by-country'}, [
        h('h2', {id: 'by-country'}, 'Feeds by country'),
        groupTable('Items by venue country', options.countries)
      ]),
      h('section', {'aria-labelledby': 'by-organization'}, [
        h('h2', {id: 'by-organization'}, 'Feeds by organization'),
        groupTable('Items by organization named', options.organizations)
      ])
    ])
  ]
  return page(options.language, options.title, '', head, body)
}

/** What a page of items shows besides the items. */
export interface ItemPageOptions {
  /** Site title (example: `'SIRONET news'`). */
  title: string
  /** BCP 47 language of the page chrome (example: `'en'`). */
  language: string
  /** Country name in the page’s language (example: `(code) => 'China'`). */
  countryName: (code: string) => string
}

/** A text node. */
function text(value: string): Text {
  return {type: 'text', value}
}

/** An element without attributes; plain object literals, far cheaper than `h` for 100,000 items. */
function element(tagName: string, children: ElementContent[], properties: Properties = {}): Element {
  return {type: 'element', tagName, properties, children}
}

function facts(item: NewsItem, options: ItemPageOptions): Element {
  const children: ElementContent[] = []
  const row = (term: string, value: ElementContent[] | string) => {
    children.push(element('dt', [text(term)]), element('dd', typeof value === 'string' ? [text(value)] : value))
  }
  if (item.date) row('Date', formatEventDate(item.date, options.language))
  if (item.places.length > 0) {
    row('Where', item.places.map((place) => [place.city, place.region, options.countryName(place.country)].filter(Boolean).join(', ')).join('; '))
  }
  if (item.participants) row('Participants', item.participants.text || String(item.participants.value))
  if (item.themes.length > 0) row('Themes', item.themes.join('; '))
  if (item.organizations.length > 0) {
    row('Organizations', [
      element(
        'ul',
        item.organizations.map((organization) => element('li', [text(organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name)]))
      )
    ])
  }
  if (item.people.length > 0) row('People', item.people.map((person) => person.name).join('; '))
  if (item.tags.length > 0) row('Tags', item.tags.join(', '))
  row('Source', `${item.source.bulletin}, line ${item.source.line}`)
  return element('dl', children)
}

/** The name of the page an item is on: the month of its first day (`'2018-01'`), or `'undated'`. */
export function getItemPageName(item: NewsItem): string {
  return item.date ? getEventDays(item.date).first.slice(0, 7) : 'undated'
}

const monthFormats = new Map<string, Intl.DateTimeFormat>()

/** The heading of a page of items (example: `'January 2018'`, `'Undated items'`). */
function formatPageName(name: string, language: string): string {
  if (name === 'undated') return 'Undated items'
  let format = monthFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, {timeZone: 'UTC', month: 'long', year: 'numeric'})
    monthFormats.set(language, format)
  }
  return format.format(new Date(`${name}-01T00:00:00Z`))
}

/**
 * Render one item as an article whose `id` is the item id, so
 * `items/<month>.html#<id>` links to it: headline, facts and full text as text
 * nodes (content never becomes markup), and a link to its record in the API.
 *
 * @param item The record.
 * @param options Language and country names.
 * @returns The hast element.
 */
export function buildItemArticle(item: NewsItem, options: ItemPageOptions): Element {
  const children: ElementContent[] = [element('h2', [text(item.headline)]), facts(item, options)]
  for (const paragraph of item.body.split(/\n{2,}/)) children.push(element('p', [text(paragraph)]))
  children.push(
    element('p', [element('a', [text('This record as JSON')], {href: `../api/items/${item.id}.json`, type: 'application/json'})], {className: ['record']})
  )
  return element('article', children, {id: item.id, lang: item.language})
}

/**
 * Render the page of the items of one month (the link of every feed entry is
 * `items/<month>.html#<id>`): a page per month rather than per item keeps a
 * large site to a few hundred pages instead of one file per item, and reads
 * like the bulletins, which are also by month.
 *
 * @param name The page name from {@link getItemPageName} (example: `'2018-01'`).
 * @param items The month’s items, in the order to show them.
 * @param options Site title, language and country names.
 * @returns A whole HTML document.
 */
export function renderItemsPage(name: string, items: readonly NewsItem[], options: ItemPageOptions): string {
  return [...streamItemsPage(name, items, options)].join('')
}

/**
 * The text of {@link renderItemsPage} in pieces — the page up to its articles,
 * each article, then the rest — so a month of many items is written without
 * holding its page (or its items) in memory.
 *
 * @param name The page name from {@link getItemPageName} (example: `'2018-01'`).
 * @param items The month’s items, in the order to show them: an array or any iterable, read once.
 * @param options Site title, language and country names.
 * @returns Pieces that joined are the whole HTML document.
 */
export function* streamItemsPage(name: string, items: Iterable<NewsItem>, options: ItemPageOptions): Generator<string, void, undefined> {
  const heading = formatPageName(name, options.language)
  const body: ElementContent[] = [
    h('nav', [h('a', {href: '../index.html'}, options.title)]),
    h('main', [element('h1', [text(heading)]), text(articlesMark)])
  ]
  // The page around the articles is serialized with `hast-util-to-html`; the
  // articles, the bulk of the page, with `toArticleHtml` (same bytes, far
  // cheaper), spliced in where the stand-in text was.
  const [before, after] = splitOnce(page(options.language, `${heading} — ${options.title}`, '../', [], body), articlesMark)
  yield before
  for (const item of items) yield toArticleHtml(buildItemArticle(item, options))
  yield after
}

/** Stands where the articles go: a private-use character, which the tree serializer leaves as it is. */
const articlesMark = '\uE000articles\uE000'

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator)
  if (at < 0 || value.indexOf(separator, at + 1) >= 0) throw new Error(`The page must hold ${JSON.stringify(separator)} once`)
  return [value.slice(0, at), value.slice(at + separator.length)]
}

/** The site’s stylesheet, `style.css`: readable type, light and dark schemes. */
export const siteStylesheet = `:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#595959;--accent:#0b57d0;--line:#d5d9de}
@media (prefers-color-scheme:dark){:root{--fg:#f1f3f6;--bg:#101826;--muted:#c3cad5;--accent:#8ab4f8;--line:#33425a}}
body{margin:0 auto;max-width:52rem;padding:1.5rem;font:1rem/1.6 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
h1{font-size:1.7rem;line-height:1.25}
h2{font-size:1.25rem;margin-top:2rem}
.date,caption,.record{color:var(--muted)}
table{border-collapse:collapse;width:100%}
caption{text-align:start}
th,td{padding:.3rem .5rem;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
.number{text-align:end;font-variant-numeric:tabular-nums}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
dd ul{margin:0;padding-inline-start:1.2rem}
`
