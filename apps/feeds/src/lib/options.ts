import {isLanguageTag, type NewsItem} from '@sironet/model'

/** Who publishes a feed (example: `{name: 'SIRONET Secretariat', uri: 'https://sironet.org/'}`). */
export interface FeedAuthor {
  /** Display name (example: `'SIRONET Secretariat'`). */
  name: string
  /** Contact address (optional, example: `'news@sironet.org'`). */
  email?: string
  /** Home page (optional, example: `'https://sironet.org/'`). */
  uri?: string
}

/** RFC 5005 links between a feed and its archive pages. */
export interface FeedArchive {
  /** URL of the subscription (newest) document (optional, example: `'https://sironet.org/feed.xml'`). */
  current?: string
  /** URL of the next older archive page (optional, example: `'https://sironet.org/archive/2018-1.xml'`). */
  prevArchive?: string
  /** URL of the next newer archive page (optional; archive pages only). */
  nextArchive?: string
}

/** Options every renderer of this package takes. */
export interface FeedOptions {
  /** Absolute URL of the site the feed belongs to, ending in `/` (example: `'https://sironet.org/news/'`). */
  siteUrl: string
  /** Absolute URL where this document is published, for the `self` link (optional, default `siteUrl` + `feed.xml`, `atom.xml` or `events.ics`). */
  feedUrl?: string
  /** Feed title (optional, default `'SIRONET International Exchanges'`). */
  title?: string
  /** One sentence saying what the feed is (optional, example: `'Latest news of SIRONET member organizations.'`). */
  description?: string
  /** BCP 47 language of the feed (optional, default `'en'`). */
  language?: string
  /** Make the absolute URL of an item's page (optional, default `siteUrl` + `items/{id}.html`). */
  itemUrl?: (item: NewsItem) => string
  /** Who publishes the feed (optional, default `{name: title}`). */
  author?: FeedAuthor
  /** Authority of `tag:` URIs, a domain name and a date (optional, default the site's host name and `2018`, example: `'sironet.org,2018'`). */
  tagAuthority?: string
  /** Name of the program that made the feed (optional, default `'@sironet/feeds'`). */
  generator?: string
  /** When the feed was built, used instead of the newest item's date (optional, example: `'2018-07-01T00:00:00Z'`); never the clock, so output stays reproducible. */
  buildDate?: string | Date
  /** URL of an XSL stylesheet that browsers apply, such as a copy of `rssStylesheet` (optional, example: `'feed.xsl'`). */
  stylesheetHref?: string
  /** RFC 5005 archive links (optional). */
  archive?: FeedArchive
  /** The document holds every item there is (RFC 5005 complete feed) (optional, default `false`). */
  complete?: boolean
}

/** Options for {@link toRss}. */
export type RssOptions = FeedOptions

/** Options for {@link toAtom}. */
export type AtomOptions = FeedOptions

/** Options for {@link toIcs}. */
export interface IcsOptions extends Omit<FeedOptions, 'stylesheetHref' | 'archive' | 'complete'> {
  /** Product identifier of the calendar (optional, default `'-//SIRONET//News Kit//EN'`). */
  productId?: string
  /**
   * Whether `items` already come oldest first, as `sortItems` of `@sironet/model` puts them (optional,
   * default `false`: they are sorted). With `true`, any iterable is read once, as given, so a corpus
   * read back from disk never sits in memory (example: `true`).
   */
  sorted?: boolean
}

/** Options with defaults applied and URLs checked. */
export interface ResolvedOptions {
  siteUrl: string
  feedUrl: string
  title: string
  description: string
  language: string
  itemUrl: (item: NewsItem) => string
  author: FeedAuthor
  tagAuthority: string
  generator: string
  buildDate: Date | undefined
  stylesheetHref: string | undefined
  archive: FeedArchive | undefined
  complete: boolean
}

const defaultTitle = 'SIRONET International Exchanges'

/** Item links returned by `itemUrl` options and their checked form. */
const checkedItemUrls = new Map<string, string>()

function checkAbsoluteUrl(caller: string, name: string, value: unknown, example: string): string {
  if (typeof value === 'string') {
    try {
      const url = new URL(value)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
    } catch {
      // Reported below with the fix.
    }
  }
  throw new TypeError(
    `Cannot call \`${caller}\` with \`${name}\` ${JSON.stringify(value)}. Pass an absolute http(s) URL (example: \`${example}\`).`
  )
}

/**
 * Check options and fill in defaults; misuse throws a `TypeError` that names the fix.
 *
 * @param caller Name of the public function (example: `'toRss'`).
 * @param options What the caller passed.
 * @param feedFile File name of the default `feedUrl` (example: `'feed.xml'`).
 */
export function resolveOptions(caller: string, options: FeedOptions | undefined, feedFile: string): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `Cannot call \`${caller}\` without options. Pass \`{siteUrl: 'https://example.org/news/'}\` as the second argument.`
    )
  }
  let siteUrl = checkAbsoluteUrl(caller, 'siteUrl', options.siteUrl, 'https://sironet.org/news/')
  if (!siteUrl.endsWith('/')) siteUrl += '/'
  const feedUrl =
    options.feedUrl === undefined
      ? siteUrl + feedFile
      : checkAbsoluteUrl(caller, 'feedUrl', options.feedUrl, siteUrl + feedFile)
  const language = options.language ?? 'en'
  if (typeof language !== 'string' || !isLanguageTag(language)) {
    throw new TypeError(
      `Cannot call \`${caller}\` with \`language\` ${JSON.stringify(language)}. Pass a BCP 47 language tag (example: \`'en'\`, \`'zh-Hans'\`).`
    )
  }
  let buildDate: Date | undefined
  if (options.buildDate !== undefined) {
    buildDate = new Date(options.buildDate)
    if (Number.isNaN(buildDate.getTime())) {
      throw new TypeError(
        `Cannot call \`${caller}\` with \`buildDate\` ${JSON.stringify(options.buildDate)}. Pass a Date or an ISO 8601 string (example: \`'2018-07-01T00:00:00Z'\`).`
      )
    }
  }
  if (options.itemUrl !== undefined && typeof options.itemUrl !== 'function') {
    throw new TypeError(
      `Cannot call \`${caller}\` with a non-function \`itemUrl\`. Pass \`(item) => string\` returning an absolute URL.`
    )
  }
  let archive: FeedArchive | undefined
  if (options.archive !== undefined) {
    // Normalized like `feedUrl`, so `current` compares equal to it when it is the same address.
    archive = {}
    for (const key of ['current', 'prevArchive', 'nextArchive'] as const) {
      const value = options.archive[key]
      if (value !== undefined) archive[key] = checkAbsoluteUrl(caller, `archive.${key}`, value, siteUrl + 'archive/1.xml')
    }
  }
  const title = options.title ?? defaultTitle
  const custom = options.itemUrl
  const itemUrl = custom
    ? (item: NewsItem) => {
        const value = custom(item)
        // Parsing a URL costs more than the rest of an entry's links; a link
        // already checked (often the same string, from a site's own map) is
        // looked up instead.
        if (typeof value === 'string') {
          const known = checkedItemUrls.get(value)
          if (known !== undefined) return known
        }
        const checked = checkAbsoluteUrl(caller, 'itemUrl(item)', value, `${siteUrl}items/${item.id}.html`)
        if (checkedItemUrls.size >= 100_000) checkedItemUrls.clear()
        checkedItemUrls.set(value as string, checked)
        return checked
      }
    : (item: NewsItem) => `${siteUrl}items/${item.id}.html`
  const author = options.author ?? {name: title}
  if (typeof author !== 'object' || typeof author.name !== 'string' || author.name === '') {
    throw new TypeError(`Cannot call \`${caller}\` with \`author\` lacking a name. Pass \`{name: 'SIRONET Secretariat'}\`.`)
  }
  if (author.uri !== undefined) checkAbsoluteUrl(caller, 'author.uri', author.uri, siteUrl)
  if (author.email !== undefined && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(author.email)) {
    throw new TypeError(
      `Cannot call \`${caller}\` with \`author.email\` ${JSON.stringify(author.email)}. Pass an address like \`news@sironet.org\`, or leave it out.`
    )
  }
  const tagAuthority = options.tagAuthority ?? `${new URL(siteUrl).hostname},2018`
  if (!/^[a-z0-9.-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?$/i.test(tagAuthority) && !/^[^@\s,]+@[a-z0-9.-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?$/i.test(tagAuthority)) {
    throw new TypeError(
      `Cannot call \`${caller}\` with \`tagAuthority\` ${JSON.stringify(tagAuthority)}. Pass a domain name, a comma and a date (example: \`'sironet.org,2018'\`).`
    )
  }
  return {
    siteUrl,
    feedUrl,
    title,
    description: options.description ?? 'Latest news of SIRONET member organizations and their international exchanges.',
    language,
    itemUrl,
    author,
    tagAuthority,
    generator: options.generator ?? '@sironet/feeds',
    buildDate,
    stylesheetHref: options.stylesheetHref,
    archive,
    complete: options.complete === true
  }
}
