import type {Element, ElementContent, Root, Text} from 'hast'
import {formatEventDate, type NewsItem} from '@sironet/model'
import {cleanText} from './clean-text.js'
import {describePlaces} from './describe-places.js'
import {formatEnglishDate} from './english-date.js'
import {memoizeLast, memoizeTwo} from './memoize.js'
import {copyOneByte} from './one-byte.js'
import {readText} from './read-text.js'
import {escapeHtmlText, toItemHtml} from './to-html.js'

/** Options for {@link renderItemHtml}. */
export interface RenderItemHtmlOptions {
  /** BCP 47 language for the date and country names (optional, default `'en'`). */
  language?: string
}

type Part = NonNullable<NonNullable<NewsItem['date']>['part']>

// Dates of one day or one (part of a) month repeat across items: each is
// formatted once per language, looked up by the record's own strings.
const dateFormatters = new Map<string, (part: string, start: string) => string>()

// English single days and months (the default language) are written by hand;
// the last one is kept, since items come by day.
const englishDate = memoizeLast((start) => formatEnglishDate(start))

function formatDate(date: NonNullable<NewsItem['date']>, language: string): string {
  if (date.end !== undefined && date.end !== date.start) return formatEventDate(date, language)
  if (language === 'en' && date.part === undefined) {
    const english = englishDate(date.start, '')
    if (english !== undefined) return english
  }
  let format = dateFormatters.get(language)
  if (format === undefined) {
    format = memoizeTwo((part, start) => formatEventDate(part ? {start, part: part as Part} : {start}, language))
    dateFormatters.set(language, format)
  }
  return format(date.part ?? '', date.start)
}

function text(value: string): Text {
  return {type: 'text', value: cleanText(value)}
}

// Plain object literals rather than `hastscript`: the elements are fixed and
// this runs once per item per feed, where `h()`'s property lookups add up.
function element(tagName: string, children: ElementContent[]): Element {
  return {type: 'element', tagName, properties: {}, children}
}

/**
 * What an item's HTML says, in order: its paragraphs (trimmed, not empty, not
 * yet cleaned), then the label and value of each fact it has (date, places,
 * organizations, people, participants, themes). The tree and the fast
 * renderer both read this, so they cannot disagree on what is shown.
 */
interface ItemText {
  paragraphs: string[]
  /** Label, value, label, value…; only facts with a value. */
  facts: string[]
}

function fact(facts: string[], label: string, value: string | undefined): void {
  if (value) facts.push(label, value)
}

function collectItemText(item: NewsItem, language: string): ItemText {
  const paragraphs: string[] = []
  // Most bodies are one paragraph: a plain search for a line feed is far
  // cheaper than the regular expression that splits paragraphs.
  const body = readText(item.body)
  for (const paragraph of body.includes('\n') ? body.split(/\n\s*\n/) : [body]) {
    const value = paragraph.trim()
    if (value) paragraphs.push(value)
  }
  const facts: string[] = []
  const date = item.date
  fact(facts, 'Date', date ? formatDate(date, language) : undefined)
  fact(facts, 'Places', describePlaces(item.places, language))
  fact(facts, 'Organizations', joinOrganizations(item.organizations))
  fact(facts, 'People', joinPeople(item.people))
  fact(facts, 'Participants', item.participants ? item.participants.text || String(item.participants.value) : undefined)
  fact(facts, 'Themes', item.themes.join('; '))
  return {paragraphs, facts}
}

// `name (ACRONYM); name…` without an array of mapped names per item.
function joinOrganizations(organizations: NewsItem['organizations']): string {
  let text = ''
  for (let index = 0; index < organizations.length; index++) {
    const org = organizations[index]!
    if (index > 0) text += '; '
    text += org.acronym ? `${org.name} (${org.acronym})` : org.name
  }
  return text
}

// `name, title, title; name…` without an array per person.
function joinPeople(people: NewsItem['people']): string {
  let text = ''
  for (let index = 0; index < people.length; index++) {
    const person = people[index]!
    if (index > 0) text += '; '
    text += person.name
    if (person.titles) for (const title of person.titles) text += `, ${title}`
  }
  return text
}

/**
 * Build the hast tree of an item's HTML: its text as paragraphs, then a list
 * of facts (date, places, organizations, people, participants, themes).
 *
 * @param item The news item.
 * @param options Language (optional).
 * @returns A hast root; not yet sanitized.
 */
export function buildItemHast(item: NewsItem, options: RenderItemHtmlOptions = {}): Root {
  const {paragraphs, facts} = collectItemText(item, options.language ?? 'en')
  const children: Element[] = paragraphs.map((paragraph) => element('p', [text(paragraph)]))
  if (facts.length > 0) {
    const list: ElementContent[] = []
    // Labels are this file's own words: no cleaning to do.
    for (let index = 0; index < facts.length; index += 2) list.push(element('dt', [{type: 'text', value: facts[index]!}]), element('dd', [text(facts[index + 1]!)]))
    children.push(element('dl', list))
  }
  return {type: 'root', children}
}

// Stands for the text of a fragment while its template is made: a private-use
// character, which HTML escaping leaves as it is.
const standIn = '\uE000'

/** The HTML before and after the text of a fragment, from the serialized tree of that fragment. */
function cutTemplate(tree: Element | Root): [string, string] {
  const html = toItemHtml(tree)
  const at = html.indexOf(standIn)
  return [copyOneByte(html.slice(0, at)), copyOneByte(html.slice(at + standIn.length))]
}

const standInText = (): Text => ({type: 'text', value: standIn})
const paragraphTemplate = cutTemplate(element('p', [standInText()]))
const listTemplate = cutTemplate(element('dl', [standInText()]))
const factTemplates = new Map<string, [string, string]>()

function getFactTemplate(label: string): [string, string] {
  let template = factTemplates.get(label)
  if (template === undefined) {
    template = cutTemplate({type: 'root', children: [element('dt', [{type: 'text', value: label}]), element('dd', [standInText()])]})
    factTemplates.set(label, template)
  }
  return template
}

/**
 * Render an item as HTML for feed readers (`content:encoded`, Atom
 * `content`): built as a hast tree of text, paragraphs and a definition list
 * only, and serialized by a serializer that refuses any other element or any
 * attribute, so record text can never become markup. (The tests also run
 * `hast-util-sanitize` with its default schema over hostile records and check
 * that it changes nothing.)
 *
 * @param item The news item.
 * @param options Language (optional).
 * @returns An HTML fragment with no scripts, styles or event handlers.
 * @example
 *   renderItemHtml(item) // '<p>On January 10, …</p><dl><dt>Date</dt><dd>January 10, 2018</dd>…</dl>'
 */
export function renderItemHtml(item: NewsItem, options: RenderItemHtmlOptions = {}): string {
  // Not remembered per item: keeping the HTML of every item of a 100,000-item
  // corpus for RSS and Atom saved about 20 % of their CPU time but kept about
  // 300 MB more at the peak (and a bounded memory was worse: it promotes the
  // strings to the old generation as garbage).
  // The tags come from templates cut out of serialized hast fragments (a
  // paragraph, the list, each fact's term and description), so the bytes are
  // those of \`toItemHtml(buildItemHast(item))\` (tested), without building and
  // walking a tree per item.
  const {paragraphs, facts} = collectItemText(item, options.language ?? 'en')
  const parts: string[] = []
  for (const paragraph of paragraphs) parts.push(paragraphTemplate[0], escapeHtmlText(cleanText(paragraph)), paragraphTemplate[1])
  if (facts.length > 0) {
    parts.push(listTemplate[0])
    for (let index = 0; index < facts.length; index += 2) {
      const template = getFactTemplate(facts[index]!)
      parts.push(template[0], escapeHtmlText(cleanText(facts[index + 1]!)), template[1])
    }
    parts.push(listTemplate[1])
  }
  return parts.join('')
}

/**
 * Render plain text as an HTML fragment, so that readers which treat RSS
 * `description` as HTML show it as text.
 *
 * @param value Plain text (example: `'a < b'`).
 * @returns Escaped HTML (example: `'a &#x3C; b'`).
 */
export function renderTextHtml(value: string): string {
  return escapeHtmlText(cleanText(value))
}
