import type {Element, ElementContent, Root} from 'hast'
import {formatEventDate, type NewsItem} from '@sironet/model'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {cleanText} from './clean-text.js'
import {getCountryName} from './country-name.js'

/** Options for {@link renderItemHtml}. */
export interface RenderItemHtmlOptions {
  /** BCP 47 language for the date and country names (optional, default `'en'`). */
  language?: string
}

function fact(label: string, value: string | undefined): ElementContent[] {
  if (!value) return []
  return [h('dt', label), h('dd', cleanText(value))]
}

function describePlaces(item: NewsItem, language: string): string {
  return item.places
    .map((place) => [place.city, place.region, getCountryName(place.country, language)].filter(Boolean).join(', '))
    .join('; ')
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
  const language = options.language ?? 'en'
  const paragraphs = cleanText(item.body)
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => h('p', text))
  const facts: ElementContent[] = [
    ...fact('Date', item.date ? formatEventDate(item.date, language) : undefined),
    ...fact('Places', describePlaces(item, language)),
    ...fact(
      'Organizations',
      item.organizations.map((org) => (org.acronym ? `${org.name} (${org.acronym})` : org.name)).join('; ')
    ),
    ...fact(
      'People',
      item.people.map((person) => [person.name, ...(person.titles ?? [])].join(', ')).join('; ')
    ),
    ...fact('Participants', item.participants?.text || (item.participants ? String(item.participants.value) : undefined)),
    ...fact('Themes', item.themes.join('; '))
  ]
  const children: Element[] = [...paragraphs]
  if (facts.length > 0) children.push(h('dl', facts))
  return {type: 'root', children}
}

/**
 * Render an item as sanitized HTML for feed readers (`content:encoded`,
 * Atom `content`): built as a hast tree, cleaned with `hast-util-sanitize`'s
 * default (GitHub) schema, serialized with `hast-util-to-html`.
 *
 * @param item The news item.
 * @param options Language (optional).
 * @returns An HTML fragment with no scripts, styles or event handlers.
 * @example
 *   renderItemHtml(item) // '<p>On January 10, …</p><dl><dt>Date</dt><dd>10 January 2018</dd>…</dl>'
 */
export function renderItemHtml(item: NewsItem, options: RenderItemHtmlOptions = {}): string {
  return toHtml(sanitize(buildItemHast(item, options)))
}

/**
 * Render plain text as an HTML fragment, so that readers which treat RSS
 * `description` as HTML show it as text.
 *
 * @param text Plain text (example: `'a < b'`).
 * @returns Escaped HTML (example: `'a &#x3C; b'`).
 */
export function renderTextHtml(text: string): string {
  return toHtml({type: 'text', value: cleanText(text)})
}
