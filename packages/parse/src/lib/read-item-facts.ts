import {
  formatIssuePath,
  isCountryCode,
  isSlug,
  maxHeadlineLength,
  NewsItem,
  OrganizationRef,
  Participants,
  ParticipantsQualifier,
  PersonRef,
  Place,
  Slug
} from '@sironet/model'
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

// Cheap copies of what the extractors build, for the hot path: each returns the
// value as the model's schema would (its keys in the schema's order, unknown keys
// dropped) when it is certainly valid under that schema, else `undefined`, and
// then the schema itself judges it and says what is wrong. `read-item-facts.test.ts`
// checks each against its schema, so the two cannot drift apart unseen.
type Copy<T> = (value: unknown) => T | undefined

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value)
const qualifiers = new Set<unknown>(ParticipantsQualifier.options)

const copyPlace: Copy<Place> = (value) => {
  if (!isRecord(value)) return undefined
  const {country, city, region} = value
  if (typeof country !== 'string' || !isCountryCode(country) || !isOptionalText(city) || !isOptionalText(region)) return undefined
  const place: Place = {country}
  if (city !== undefined) place.city = city
  if (region !== undefined) place.region = region
  return place
}

const copyOrganization: Copy<OrganizationRef> = (value) => {
  if (!isRecord(value)) return undefined
  const {name, acronym, role} = value
  if (!isText(name) || !isOptionalText(acronym) || !isOptionalText(role)) return undefined
  const organization: OrganizationRef = {name}
  if (acronym !== undefined) organization.acronym = acronym
  if (role !== undefined) organization.role = role
  return organization
}

const copyPerson: Copy<PersonRef> = (value) => {
  if (!isRecord(value)) return undefined
  const {name, titles, organization} = value
  if (!isText(name) || !isOptionalText(organization)) return undefined
  if (titles !== undefined && !(Array.isArray(titles) && titles.every((title) => isText(title)))) return undefined
  const person: PersonRef = {name}
  if (titles !== undefined) person.titles = [...(titles as string[])]
  if (organization !== undefined) person.organization = organization
  return person
}

// The schema of one theme, looked up once (not through the object schema's `shape` on every item).
const Theme = NewsItem.shape.themes.element
const copyTheme: Copy<string> = (value) => (isText(value) ? value : undefined)
const copySlug: Copy<string> = (value) => (typeof value === 'string' && isSlug(value) ? value : undefined)

const copyParticipants: Copy<Participants> = (value) => {
  if (!isRecord(value)) return undefined
  const {value: count, qualifier, text} = value
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count <= 0 || !qualifiers.has(qualifier) || typeof text !== 'string') return undefined
  return {value: count, qualifier: qualifier as Participants['qualifier'], text}
}

/**
 * Each quick copy with the model schema it stands in for (for tests).
 */
export const quickCopies = {
  place: [Place, copyPlace],
  organization: [OrganizationRef, copyOrganization],
  person: [PersonRef, copyPerson],
  participants: [Participants, copyParticipants],
  theme: [Theme, copyTheme],
  tag: [Slug, copySlug]
} as const satisfies Record<string, readonly [Schema<unknown>, Copy<unknown>]>

function keepValid<T>(schema: Schema<T>, copy: Copy<T>, value: unknown, field: string, problems: string[]): T[] {
  if (!Array.isArray(value)) {
    problems.push(`${field}: Expected an array, got ${value === null ? 'null' : typeof value}`)
    return []
  }
  const kept: T[] = []
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index]
    const quick = copy(entry)
    if (quick !== undefined) {
      kept.push(quick)
      continue
    }
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

  // The first sentence stands in for a missing headline or summary only: read it when needed.
  let sentence: string | undefined
  let headline = typeof raw.headline === 'string' ? collapseWhiteSpace(raw.headline) : ''
  if (headline.length === 0 || headline.length > maxHeadlineLength) {
    if (raw.headline !== undefined) {
      problems.push(
        typeof raw.headline !== 'string' || headline.length === 0
          ? 'headline: Expected a headline'
          : `headline: Expected a headline of at most ${maxHeadlineLength} characters, got ${headline.length}`
      )
    }
    headline = truncateText(headline || (sentence ??= firstSentence(text)), maxHeadlineLength)
  }
  let summary = typeof raw.summary === 'string' ? raw.summary : (sentence ??= firstSentence(text))
  if (typeof raw.summary !== 'string' && raw.summary !== undefined) problems.push('summary: Expected a string')
  summary = summary.trim()

  let participants: NewsItem['participants'] = null
  if (raw.participants !== null && raw.participants !== undefined) {
    const quick = copyParticipants(raw.participants)
    const result = quick === undefined ? Participants.safeParse(raw.participants) : {success: true as const, data: quick}
    if (result.success) participants = result.data
    else problems.push(...describe('participants', result.error.issues))
  }

  const facts: ExtractedFacts = {
    places: keepValid(Place, copyPlace, raw.places ?? [], 'places', problems),
    participants,
    themes: keepValid(Theme, copyTheme, raw.themes ?? [], 'themes', problems),
    organizations: keepValid(OrganizationRef, copyOrganization, raw.organizations ?? [], 'organizations', problems),
    people: keepValid(PersonRef, copyPerson, raw.people ?? [], 'people', problems),
    tags: keepValid(Slug, copySlug, raw.tags ?? [], 'tags', problems),
    headline,
    summary
  }
  return {facts, problems}
}
