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

// A category not seen yet (a few dozen in a feed): made out of line, so the
// per-item path below stays small for the compiler.
function addNew(cache: Map<string, ItemCategory>, value: string, scheme: string, term: string, label: string): ItemCategory {
  if (cache.size >= limit) cache.clear()
  const category = makeCategory(scheme, term, label)
  cache.set(value, category)
  return category
}

function newCountry(taxonomies: Taxonomies, code: string, language: string): ItemCategory {
  return addNew(taxonomies.countries, code, taxonomies.schemes.countries, code.toLowerCase(), getCountryName(code, language))
}

function newOrganization(taxonomies: Taxonomies, name: string): ItemCategory {
  return addNew(taxonomies.organizations, name, taxonomies.schemes.organizations, slugOf(name), name)
}

function newTag(taxonomies: Taxonomies, tag: string): ItemCategory {
  return addNew(taxonomies.tags, tag, taxonomies.schemes.tags, tag, tag)
}

// A few per item: a scan is cheaper than a set. Schemes are shared strings,
// so comparing them is comparing pointers.
function add(categories: ItemCategory[], category: ItemCategory): void {
  for (let index = 0; index < categories.length; index++) {
    const other = categories[index]!
    if (other.term === category.term && other.scheme === category.scheme) return
  }
  categories.push(category)
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
  const known = getTaxonomies(siteUrl, language)
  const categories: ItemCategory[] = []
  const {places, organizations, tags} = item
  for (let index = 0; index < places.length; index++) {
    const code = places[index]!.country
    add(categories, known.countries.get(code) ?? newCountry(known, code, language))
  }
  for (let index = 0; index < organizations.length; index++) {
    const name = organizations[index]!.name
    add(categories, known.organizations.get(name) ?? newOrganization(known, name))
  }
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]!
    add(categories, known.tags.get(tag) ?? newTag(known, tag))
  }
  return categories
}
