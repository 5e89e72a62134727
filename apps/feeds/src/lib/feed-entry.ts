import {getFirstEventDay, type EventDate, type NewsItem} from '@sironet/model'
import type {Element, ElementContent} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {getItemCategories, type ItemCategory} from './categories.js'
import {formatDayRfc3339, formatDayRfc822, formatRfc3339, formatRfc822} from './date-range.js'
import {memoizeLast} from './memoize.js'
import {copyOneByte} from './one-byte.js'
import {resolveOptions, type FeedOptions, type ResolvedOptions} from './options.js'
import {prepareItems} from './prepare-items.js'
import {cleanText} from './clean-text.js'
import {readText} from './read-text.js'
import {renderItemHtml} from './render-item-html.js'
import {toTagUri} from './tag-uri.js'
import {makeElement as e, onePerLine, serializeXml} from './xml-document.js'
import {escapeHtmlText} from './to-html.js'
import {escapeXmlAttribute, escapeXmlText} from './to-xml.js'
import {serializeCleanText, serializeText, serializeXmlHtml, toXmlText as t} from './xml-text.js'

/**
 * What the RSS item and the Atom entry of one news item share, each piece
 * serialized once: RSS and Atom of the same items (a feed and its archive
 * pages, in both formats) then put these strings in their entries instead of
 * rendering and escaping the item's HTML and text twice.
 */
export interface EntryParts {
  /** The item's `tag:` URI. */
  id: string
  /** Absolute URL of the item's page. */
  link: string
  /** The headline as escaped XML character data. */
  title: string
  /** The summary as escaped XML character data (Atom `summary`), if any. */
  summary: string | undefined
  /** The summary as escaped HTML, escaped again for XML (RSS `description`), if any. */
  description: string | undefined
  /** The item HTML as one CDATA section (or escaped text when it holds `]]>`). */
  content: string
  /** The item's categories (countries, organizations, tags). */
  categories: ItemCategory[]
  /** The event date, or `null` for undated items; entries are dated by its first day. */
  date: EventDate | null
}

type Part = NonNullable<EventDate['part']>

function raw(value: string): Raw {
  return {type: 'raw', value}
}

/**
 * Prepare the shared parts of an item's RSS item and Atom entry.
 *
 * @param item The news item.
 * @param options Resolved options (site URL, language, `tag:` authority, item links).
 */
export function prepareEntry(item: NewsItem, options: ResolvedOptions): EntryParts {
  // The summary is cleaned once for its two forms (plain text for Atom, HTML for RSS).
  const summary = item.summary ? cleanText(readText(item.summary)) : undefined
  return {
    id: toTagUri(options.tagAuthority, item.id),
    link: options.itemUrl(item),
    title: serializeCleanText(cleanText(readText(item.headline))).value,
    summary: summary === undefined ? undefined : serializeCleanText(summary).value,
    description: summary === undefined ? undefined : serializeCleanText(escapeHtmlText(summary)).value,
    content: serializeXmlHtml(renderItemHtml(item, {language: options.language})).value,
    categories: getItemCategories(item, options.siteUrl, options.language),
    date: item.date
  }
}

// Items come by day, so the items of one day ask for the same text in a row:
// the last one is kept (a table of every day is hardly read on feeds of a few
// thousand items, whose days are mostly distinct). Days that exist are
// written from their fields, without a `Date`.
const formatRssDay = memoizeLast((part, start) => formatDayRfc822(getFirstEventDay(part ? {start, part: part as Part} : {start})))
const formatAtomDay = memoizeLast((part, start) => formatDayRfc3339(getFirstEventDay(part ? {start, part: part as Part} : {start})))

function rssDate(parts: EntryParts, fallbackDate: Date): string {
  return parts.date ? formatRssDay(parts.date.part ?? '', parts.date.start) : formatRfc822(fallbackDate)
}

function atomDate(parts: EntryParts, fallbackDate: Date): string {
  return parts.date ? formatAtomDay(parts.date.part ?? '', parts.date.start) : formatRfc3339(fallbackDate)
}

// The RSS categories, one element a line, after the last line feed; the Atom ones one a line.
function rssCategories(categories: readonly ItemCategory[]): string {
  let xml = ''
  for (const category of categories) xml += `${category.rssXml}\n`
  return xml
}

function atomCategories(categories: readonly ItemCategory[]): string {
  let xml = ''
  for (let index = 0; index < categories.length; index++) xml += index === 0 ? categories[index]!.atomXml : `\n${categories[index]!.atomXml}`
  return xml
}

/** The children of each element of an RSS item (absent ones left out). */
interface RssFields {
  title: ElementContent[]
  link: ElementContent[]
  guid: ElementContent[]
  pubDate: ElementContent[]
  description: ElementContent[] | undefined
  content: ElementContent[]
  categories: ElementContent | undefined
}

function rssTree(fields: RssFields): Element {
  const nodes: ElementContent[] = onePerLine([
    e('title', {}, fields.title),
    e('link', {}, fields.link),
    e('guid', {isPermaLink: 'false'}, fields.guid),
    e('pubDate', {}, fields.pubDate),
    fields.description ? e('description', {}, fields.description) : undefined,
    e('content:encoded', {}, fields.content)
  ])
  if (fields.categories) nodes.push(fields.categories)
  return e('item', {}, nodes)
}

/** The children (and the link's `href`) of each element of an Atom entry. */
interface AtomFields {
  id: ElementContent[]
  title: ElementContent[]
  href: string
  published: ElementContent[]
  updated: ElementContent[]
  categories: ElementContent | undefined
  summary: ElementContent[] | undefined
  content: ElementContent[]
}

function atomTree(fields: AtomFields): Element {
  return e(
    'entry',
    {},
    onePerLine([
      e('id', {}, fields.id),
      // `type="text"` is the default of title and summary (RFC 4287 §3.1); leaving
      // it out of every entry saves bytes and attribute escaping on large feeds.
      e('title', {}, fields.title),
      e('link', {rel: 'alternate', href: fields.href}, []),
      e('published', {}, fields.published),
      e('updated', {}, fields.updated),
      fields.categories,
      fields.summary ? e('summary', {}, fields.summary) : undefined,
      e('content', {type: 'html'}, fields.content)
    ])
  )
}

const text = (value: string): ElementContent[] => [{type: 'text', value}]

/**
 * Build the RSS 2.0 `item` element of prepared parts.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 */
export function buildRssItem(parts: EntryParts, fallbackDate: Date): Element {
  return rssTree({
    title: [raw(parts.title)],
    link: t(parts.link),
    guid: t(parts.id),
    pubDate: text(rssDate(parts, fallbackDate)),
    description: parts.description === undefined ? undefined : [raw(parts.description)],
    content: [raw(parts.content)],
    categories: parts.categories.length > 0 ? raw(rssCategories(parts.categories)) : undefined
  })
}

/**
 * Build the Atom 1.0 `entry` element of prepared parts.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 */
export function buildAtomEntry(parts: EntryParts, fallbackDate: Date): Element {
  const date = atomDate(parts, fallbackDate)
  return atomTree({
    id: t(parts.id),
    title: [raw(parts.title)],
    href: parts.link,
    published: text(date),
    updated: text(date),
    categories: parts.categories.length > 0 ? raw(atomCategories(parts.categories)) : undefined,
    summary: parts.summary === undefined ? undefined : [raw(parts.summary)],
    content: [raw(parts.content)]
  })
}

/**
 * An entry serialized once with a numbered stand-in in each slot, cut at the
 * stand-ins: `pieces[0]`, the value of slot `slots[0]`, `pieces[1]`… is the
 * entry. Stand-ins are private-use characters around a number, which no
 * escaping changes and no piece of our own markup holds.
 */
interface EntryTemplate {
  pieces: string[]
  slots: number[]
  /** The first piece without the line feed before the entry. */
  bare: string
}

const standIn = (slot: number): string => `\uE000${slot}\uE001`

function compileTemplate(tree: Element): EntryTemplate {
  // The line feed before each entry is part of its piece (one flat string).
  const cut = serializeXml({type: 'root', children: [{type: 'text', value: '\n'}, tree]}).split(/\uE000(\d+)\uE001/)
  const pieces: string[] = []
  const slots: number[] = []
  for (let index = 0; index < cut.length; index++) {
    if (index % 2 === 0) pieces.push(copyOneByte(cut[index]!))
    else slots.push(Number(cut[index]))
  }
  return {pieces, slots, bare: pieces[0]!.slice(1)}
}

function fill(template: EntryTemplate, values: string[], lineFeed: boolean): string {
  const {pieces, slots} = template
  const out: string[] = [lineFeed ? pieces[0]! : template.bare]
  for (let index = 0; index < slots.length; index++) out.push(values[slots[index]!]!, pieces[index + 1]!)
  return out.join('')
}

// Slots of the templates: the order of values handed to `fill`.
const slot = {title: 0, link: 1, id: 2, date: 3, summary: 4, content: 5, categories: 6, href: 7} as const
const rawSlot = (name: keyof typeof slot): ElementContent[] => [raw(standIn(slot[name]))]

// One template per shape: with or without a summary, with or without categories.
const rssTemplates: EntryTemplate[] = []
const atomTemplates: EntryTemplate[] = []

function getRssTemplate(shape: number): EntryTemplate {
  return (rssTemplates[shape] ??= compileTemplate(
    rssTree({
      title: rawSlot('title'),
      link: rawSlot('link'),
      guid: rawSlot('id'),
      pubDate: rawSlot('date'),
      description: shape & 1 ? rawSlot('summary') : undefined,
      content: rawSlot('content'),
      categories: shape & 2 ? rawSlot('categories')[0] : undefined
    })
  ))
}

function getAtomTemplate(shape: number): EntryTemplate {
  return (atomTemplates[shape] ??= compileTemplate(
    atomTree({
      id: rawSlot('id'),
      title: rawSlot('title'),
      href: standIn(slot.href),
      published: rawSlot('date'),
      updated: rawSlot('date'),
      categories: shape & 2 ? rawSlot('categories')[0] : undefined,
      summary: shape & 1 ? rawSlot('summary') : undefined,
      content: rawSlot('content')
    })
  ))
}

// A slot left empty would make its element an empty tag (`<title />`) in the
// tree: such rare entries are serialized from the tree instead.
function hasEmpty(values: string[]): boolean {
  for (const value of values) if (value === '') return true
  return false
}

/**
 * Serialize the RSS 2.0 `item` of prepared parts: the same bytes as the line
 * feed and {@link buildRssItem} serialized (tested), from a template of that
 * tree filled with the entry's escaped text.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 * @param lineFeed Whether the text starts with the line feed that goes before each item.
 */
export function renderRssItem(parts: EntryParts, fallbackDate: Date, lineFeed: boolean): string {
  const description = parts.description
  const categories = parts.categories.length > 0 ? rssCategories(parts.categories) : undefined
  const values = [
    parts.title,
    serializeText(parts.link),
    serializeText(parts.id),
    escapeXmlText(rssDate(parts, fallbackDate)),
    description ?? '\uE000',
    parts.content,
    categories ?? '\uE000'
  ]
  if (hasEmpty(values)) return (lineFeed ? '\n' : '') + serializeXml(buildRssItem(parts, fallbackDate))
  return fill(getRssTemplate((description === undefined ? 0 : 1) | (categories === undefined ? 0 : 2)), values, lineFeed)
}

/**
 * Serialize the Atom 1.0 `entry` of prepared parts: the same bytes as the
 * line feed and {@link buildAtomEntry} serialized (tested), from a template
 * of that tree filled with the entry's escaped text.
 *
 * @param parts From {@link prepareEntry}.
 * @param fallbackDate Date of undated items (the document's date).
 * @param lineFeed Whether the text starts with the line feed that goes before each entry.
 */
export function renderAtomEntry(parts: EntryParts, fallbackDate: Date, lineFeed: boolean): string {
  const summary = parts.summary
  const categories = parts.categories.length > 0 ? atomCategories(parts.categories) : undefined
  const values = [
    parts.title,
    '\uE000',
    serializeText(parts.id),
    escapeXmlText(atomDate(parts, fallbackDate)),
    summary ?? '\uE000',
    parts.content,
    categories ?? '\uE000',
    escapeXmlAttribute(parts.link)
  ]
  if (hasEmpty(values)) return (lineFeed ? '\n' : '') + serializeXml(buildAtomEntry(parts, fallbackDate))
  return fill(getAtomTemplate((summary === undefined ? 0 : 1) | (categories === undefined ? 0 : 2)), values, lineFeed)
}

/**
 * Render one feed document in pieces: its head, then each item's entry after
 * a line feed, then its tail. One entry's tree at a time is built and
 * serialized, so memory stays flat for large feeds. Options are checked at once.
 *
 * @param caller Public function name, for error messages (example: `'toRss'`).
 * @param items News items, in any order.
 * @param options Site URL and feed settings.
 * @param fileName Default file name of the document (example: `'feed.xml'`).
 * @param splitDocument The document's head and tail around its entries.
 * @param renderEntry The text of one entry (without the line feed before it).
 * @returns An iterable of strings whose concatenation is the document.
 */
export function renderFeedDocument(
  caller: string,
  items: readonly NewsItem[],
  options: FeedOptions,
  fileName: string,
  splitDocument: (resolved: ResolvedOptions, date: Date) => [string, string],
  renderEntry: (parts: EntryParts, fallbackDate: Date, lineFeed: boolean) => string
): Iterable<string> {
  const resolved = resolveOptions(caller, options, fileName)
  const prepared = prepareItems(caller, items, resolved)
  const [head, tail] = splitDocument(resolved, prepared.updated)
  return (function* () {
    yield head
    for (const item of prepared.items) {
      yield '\n'
      yield renderEntry(prepareEntry(item, resolved), prepared.updated, false)
    }
    yield tail
  })()
}
