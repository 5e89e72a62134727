import {formatIssuePath, maxHeadlineLength, NewsItem, OrganizationRef, Participants, PersonRef, Place, Slug} from '@sironet/model'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {extractFacts, type ExtractContext, type ExtractedFacts} from './extract-facts.js'
import {findSentenceEnd} from './find-sentence-end.js'

/** Facts of one item, valid under the model, and what had to be dropped to get them. */
export interface ItemFacts {
  /** The facts, every one valid under `@sironet/model`. */
  facts: ExtractedFacts
  /** One `path: message` line per fact dropped or replaced; empty when all were valid. */
  problems: string[]
}

/**
 * Cut text to at most `max` characters at a word boundary, with `…` when cut.
 *
 * @param text Text to cut.
 * @param max Longest result.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

function firstSentence(text: string): string {
  return text.slice(0, findSentenceEnd(text)).trim() || text
}

interface Issue {
  path: ReadonlyArray<PropertyKey>
  message: string
}

/** The part of a zod schema used here, so this package needs no direct zod import. */
interface Schema<T> {
  safeParse(value: unknown): {success: true; data: T} | {success: false; error: {issues: readonly Issue[]}}
}

function describe(field: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const path = formatIssuePath([...issue.path])
    return `${field}${path === '' ? '' : path.startsWith('[') ? path : `.${path}`}: ${issue.message}`
  })
}

function keepValid<T>(schema: Schema<T>, value: unknown, field: string, problems: string[]): T[] {
  if (!Array.isArray(value)) {
    problems.push(`${field}: Expected an array, got ${value === null ? 'null' : typeof value}`)
    return []
  }
  const kept: T[] = []
  for (const [index, entry] of value.entries()) {
    const result = schema.safeParse(entry)
    if (result.success) kept.push(result.data)
    else problems.push(...describe(`${field}[${index}]`, result.error.issues))
  }
  return kept
}

/**
 * Read the facts of one item with `extractFacts` and keep only what is valid
 * under `@sironet/model`: an invalid place, person or tag is dropped, an
 * invalid headcount becomes `null`, a missing or too long headline is made
 * from the first sentence. Never throws on content: if extraction throws,
 * safe defaults stand in and the error is a problem line.
 *
 * @param text The item’s text, white space collapsed.
 * @param context Year and language.
 * @returns Valid facts and the problems met.
 */
export function readItemFacts(text: string, context: ExtractContext): ItemFacts {
  const problems: string[] = []
  let raw: Partial<Record<keyof ExtractedFacts, unknown>> = {}
  try {
    raw = (extractFacts(text, context) ?? {}) as typeof raw
  } catch (error) {
    problems.push(`extractFacts: ${error instanceof Error ? error.message : String(error)}`)
  }

  const sentence = firstSentence(text)
  let headline = typeof raw.headline === 'string' ? collapseWhiteSpace(raw.headline) : ''
  if (headline.length === 0 || headline.length > maxHeadlineLength) {
    if (raw.headline !== undefined) {
      problems.push(
        typeof raw.headline !== 'string' || headline.length === 0
          ? 'headline: Expected a headline'
          : `headline: Expected a headline of at most ${maxHeadlineLength} characters, got ${headline.length}`
      )
    }
    headline = truncateText(headline || sentence, maxHeadlineLength)
  }
  let summary = typeof raw.summary === 'string' ? raw.summary : sentence
  if (typeof raw.summary !== 'string' && raw.summary !== undefined) problems.push('summary: Expected a string')
  summary = summary.trim()

  let participants: NewsItem['participants'] = null
  if (raw.participants !== null && raw.participants !== undefined) {
    const result = Participants.safeParse(raw.participants)
    if (result.success) participants = result.data
    else problems.push(...describe('participants', result.error.issues))
  }

  const facts: ExtractedFacts = {
    places: keepValid(Place, raw.places ?? [], 'places', problems),
    participants,
    themes: keepValid(NewsItem.shape.themes.element, raw.themes ?? [], 'themes', problems),
    organizations: keepValid(OrganizationRef, raw.organizations ?? [], 'organizations', problems),
    people: keepValid(PersonRef, raw.people ?? [], 'people', problems),
    tags: keepValid(Slug, raw.tags ?? [], 'tags', problems),
    headline,
    summary
  }
  return {facts, problems}
}
