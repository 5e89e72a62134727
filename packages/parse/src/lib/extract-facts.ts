import type {OrganizationRef, Participants, PersonRef, Place} from '@sironet/model'

/** What {@link extractFacts} knows about the item's bulletin. */
export interface ExtractContext {
  /** Year the bulletin covers, for dates without one (optional). */
  year?: number
  /** BCP 47 language of the text (example: `'en'`). */
  language: string
}

/** The facts read from one item's text. */
export interface ExtractedFacts {
  places: Place[]
  participants: Participants | null
  themes: string[]
  organizations: OrganizationRef[]
  people: PersonRef[]
  tags: string[]
  headline: string
  summary: string
}

/**
 * Read places, headcount, themes, organizations, people, tags, a headline and
 * a summary from one item's text.
 *
 * TEMPORARY STUB — to be replaced by the extraction work.
 */
export function extractFacts(text: string, _context: ExtractContext): ExtractedFacts {
  const sentence = text.split(/(?<=\.)\s/)[0] ?? text
  return {
    places: [],
    participants: null,
    themes: [],
    organizations: [],
    people: [],
    tags: [],
    headline: sentence.slice(0, 140),
    summary: sentence
  }
}
