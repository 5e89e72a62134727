import {makeSlug, type NewsItem} from '@sironet/model'
import {x} from 'xastscript'
import {cleanText} from './clean-text.js'
import {getCountryName} from './country-name.js'
import {memoize} from './memoize.js'
import {serializeXml} from './xml-document.js'
import {toXmlText} from './xml-text.js'

const slugOf = memoize((name: string) => makeSlug(name))

/** A category of an item in one of the site's taxonomies. */
export interface ItemCategory {
  /** Machine-readable value (example: `'cn'`, `'all-china-youth-federation'`); the scheme plus the term is the page of the category. */
  term: string
  /** Human-readable value (example: `'China'`). */
  label: string
  /** Absolute URL of the taxonomy (example: `'https://sironet.org/countries/'`). */
  scheme: string
  /** The RSS 2.0 `category` element, serialized (example: `'<category domain="https://sironet.org/countries/">cn</category>'`). */
  rssXml: string
  /** The Atom `category` element, serialized (example: `'<category term="cn" scheme="https://sironet.org/countries/" label="China" />'`). */
  atomXml: string
}

function makeCategory(scheme: string, term: string, label: string): ItemCategory {
  // Labels end up in XML attributes, which the text cleaning of `toXmlText` does not reach.
  const clean = cleanText(label)
  return {
    term,
    label: clean,
    scheme,
    // Categories repeat across items: each is serialized once, with the tree
    // serializer (attribute escaping is the costliest part of an item).
    rssXml: serializeXml(x('category', {domain: scheme}, toXmlText(term))),
    atomXml: serializeXml(x('category', {term, scheme, label: clean}))
  }
}

/** The categories of one site and language, by the record value they come from. */
interface Taxonomies {
  schemes: {countries: string; organizations: string; tags: string}
  countries: Map<string, ItemCategory>
  organizations: Map<string, ItemCategory>
  tags: Map<string, ItemCategory>
}

// Keyed by the strings records and options already hold (hashed once), not
// by joined keys, which would be new strings to hash for every item.
const taxonomies = new Map<string, Map<string, Taxonomies>>()
const limit = 10_000

function getTaxonomies(siteUrl: string, language: string): Taxonomies {
  let bySite = taxonomies.get(language)
  if (!bySite) {
    bySite = new Map()
    taxonomies.set(language, bySite)
  }
  let found = bySite.get(siteUrl)
  if (!found) {
    const schemes = {countries: `${siteUrl}countries/`, organizations: `${siteUrl}organizations/`, tags: `${siteUrl}tags/`}
    found = {schemes, countries: new Map(), organizations: new Map(), tags: new Map()}
    bySite.set(siteUrl, found)
  }
  return found
}

function lookUp(cache: Map<string, ItemCategory>, value: string, make: () => ItemCategory): ItemCategory {
  let category = cache.get(value)
  if (category === undefined) {
    if (cache.size >= limit) cache.clear()
    category = make()
    cache.set(value, category)
  }
  return category
}

/**
 * List the categories of an item: its countries, organizations and tags, each
 * in its own taxonomy under the site URL, without duplicates. The same
 * category is the same object for every item of a site and language.
 *
 * @param item The news item.
 * @param siteUrl Absolute site URL ending in `/`.
 * @param language Language of the labels (example: `'en'`).
 */
export function getItemCategories(item: NewsItem, siteUrl: string, language: string): ItemCategory[] {
  const {schemes, countries, organizations, tags} = getTaxonomies(siteUrl, language)
  const categories: ItemCategory[] = []
  const add = (category: ItemCategory) => {
    // A few per item: a scan is cheaper than a set. Schemes are shared strings,
    // so comparing them is comparing pointers.
    for (const other of categories) if (other.term === category.term && other.scheme === category.scheme) return
    categories.push(category)
  }
  for (const place of item.places) {
    const code = place.country
    add(lookUp(countries, code, () => makeCategory(schemes.countries, code.toLowerCase(), getCountryName(code, language))))
  }
  for (const organization of item.organizations) {
    const name = organization.name
    add(lookUp(organizations, name, () => makeCategory(schemes.organizations, slugOf(name), name)))
  }
  for (const tag of item.tags) add(lookUp(tags, tag, () => makeCategory(schemes.tags, tag, tag)))
  return categories
}
