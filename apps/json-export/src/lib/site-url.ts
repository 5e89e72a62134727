import type {NewsItem} from '@sironet/model'

/**
 * Check that `value` is an absolute `http:` or `https:` URL and return it with
 * a trailing slash, so relative paths resolve inside the site, not beside it.
 *
 * @param value The site's base URL (example: `'https://example.org/news/'`).
 * @param caller Name of the public function, for the error message.
 * @returns The URL as text, ending in `/`.
 */
export function normalizeSiteUrl(value: unknown, caller: string): string {
  let url: URL | undefined
  if (typeof value === 'string') {
    try {
      url = new URL(value)
    } catch {
      url = undefined
    }
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new TypeError(
      `Cannot call \`${caller}\` without an absolute \`siteUrl\`. Pass the URL the site is published at (example: \`{siteUrl: 'https://example.org/news/'}\`).`
    )
  }
  url.search = ''
  url.hash = ''
  const text = url.href
  return text.endsWith('/') ? text : text + '/'
}

/** Make the URL of an item's page, given the site URL. */
export type ItemUrlMaker = (item: NewsItem, siteUrl: string) => string

/**
 * The default link of an item: its page `items/<id>.html` in the site.
 *
 * @param item The record.
 * @param siteUrl The normalized site URL (ending in `/`).
 */
export function defaultItemUrl(item: NewsItem, siteUrl: string): string {
  return `${siteUrl}items/${item.id}.html`
}
