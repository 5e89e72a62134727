import {makeSlug, type NewsItem} from '@sironet/model'
import {cleanText} from './clean-text.js'
import {getCountryName} from './country-name.js'
import {memoize} from './memoize.js'

const slugOf = memoize((name: string) => makeSlug(name))

/** A category of an item in one of the site's taxonomies. */
export interface ItemCategory {
  /** Machine-readable value (example: `'cn'`, `'all-china-youth-federation'`); the scheme plus the term is the page of the category. */
  term: string
  /** Human-readable value (example: `'China'`). */
  label: string
  /** Absolute URL of the taxonomy (example: `'https://sironet.org/countries/'`). */
  scheme: string
}

/**
 * List the categories of an item: its countries, organizations and tags, each
 * in its own taxonomy under the site URL, without duplicates.
 *
 * @param item The news item.
 * @param siteUrl Absolute site URL ending in `/`.
 * @param language Language of the labels (example: `'en'`).
 */
export function getItemCategories(item: NewsItem, siteUrl: string, language: string): ItemCategory[] {
  const categories: ItemCategory[] = []
  const seen = new Set<string>()
  const add = (scheme: string, term: string, label: string) => {
    const key = `${scheme} ${term}`
    if (seen.has(key)) return
    seen.add(key)
    // Labels end up in XML attributes, which the text cleaning of `toXmlText` does not reach.
    categories.push({term, label: cleanText(label), scheme})
  }
  for (const place of item.places) add(`${siteUrl}countries/`, place.country.toLowerCase(), getCountryName(place.country, language))
  for (const organization of item.organizations) {
    add(`${siteUrl}organizations/`, slugOf(organization.name), organization.name)
  }
  for (const tag of item.tags) add(`${siteUrl}tags/`, tag, tag)
  return categories
}
