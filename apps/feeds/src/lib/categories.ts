import {makeSlug, type NewsItem} from '@sironet/model'
import {cleanText} from './clean-text.js'
import {getCountryName} from './country-name.js'
import {createItemCache} from './item-cache.js'
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

// RSS, Atom and the filtered feeds of a build list the same items'
// categories: remember the last list of each item (weakly, for at most 10,000
// items at once). Records are meant
// to be immutable; a replaced `places`, `organizations` or `tags` array lists again.
interface ListedCategories {
  siteUrl: string
  language: string
  inputs: [unknown, unknown, unknown]
  categories: readonly ItemCategory[]
}
const listed = createItemCache<NewsItem, ListedCategories>()

/**
 * List the categories of an item: its countries, organizations and tags, each
 * in its own taxonomy under the site URL, without duplicates. The same item,
 * site and language give the same (frozen) array, so callers can remember
 * what they make of it.
 *
 * @param item The news item.
 * @param siteUrl Absolute site URL ending in `/`.
 * @param language Language of the labels (example: `'en'`).
 */
export function getItemCategories(item: NewsItem, siteUrl: string, language: string): readonly ItemCategory[] {
  const cached = listed.get(item)
  if (
    cached &&
    cached.siteUrl === siteUrl &&
    cached.language === language &&
    cached.inputs[0] === item.places &&
    cached.inputs[1] === item.organizations &&
    cached.inputs[2] === item.tags
  ) {
    return cached.categories
  }
  const categories = Object.freeze(listCategories(item, siteUrl, language))
  listed.set(item, {siteUrl, language, inputs: [item.places, item.organizations, item.tags], categories})
  return categories
}

function listCategories(item: NewsItem, siteUrl: string, language: string): ItemCategory[] {
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
