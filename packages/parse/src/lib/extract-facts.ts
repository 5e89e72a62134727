import type {OrganizationRef, Participants, PersonRef, Place} from '@sironet/model'
import {findEntities} from './extract-entities.js'
import {extractFormFacts, type FormFacts} from './extract-form-facts.js'
import {extractHeadline} from './extract-headline.js'
import {extractParticipants} from './extract-participants.js'
import {extractPlaces, type ExtractPlacesOptions} from './extract-places.js'
import {extractSummary} from './extract-summary.js'
import {extractTags} from './extract-tags.js'
import {extractThemes} from './extract-themes.js'
import {readDateline, type Dateline} from './read-dateline.js'
import type {FormRecord} from './read-form-record.js'

// Full-width forms of ASCII's printable characters (`！` to `～`), and all of them.
const fullWidth = /[\uff01-\uff5e]/
const fullWidthAll = /[\uff01-\uff5e]/g

/** What {@link extractFacts} knows about the item's bulletin. */
export interface ExtractContext {
  /** Year the bulletin covers, for dates without one (optional). */
  year?: number
  /** BCP 47 language of the text (example: `'en'`). */
  language: string
  /**
   * Character range `[start, end)` of the item's opening date phrase in `text`,
   * when the caller has read it (optional, example: `[0, 13]` for `On January 10`);
   * the headline and summary leave it out and no place is read inside it.
   */
  dateRange?: [number, number]
  /**
   * The reporting form the item is, when it is one (optional, see `readFormRecord`): the facts its fields state
   * come first, and its venues and headcount stand for the text's; `text` is then its narrative fields.
   */
  form?: FormRecord
}

/** The facts read from one item's text. */
export interface ExtractedFacts {
  /** Venues of the reported event, in order of appearance. */
  places: Place[]
  /** Headcount of the reported event, or `null`. */
  participants: Participants | null
  /** Themes, verbatim from the quotation marks. */
  themes: string[]
  /** Organizations, in order of first mention. */
  organizations: OrganizationRef[]
  /** People, in order of first mention. */
  people: PersonRef[]
  /** Slugs of recurring programmes and bodies. */
  tags: string[]
  /** A headline naming the event, at most 140 characters. */
  headline: string
  /** The first sentence without its date phrase. */
  summary: string
}

/**
 * Read places, headcount, themes, organizations, people, tags, a headline and
 * a summary from one item's text, with rules over sentences and runs of
 * capitalized words, GeoNames cities and ISO 3166 countries and regions.
 * Deterministic; never throws on content.
 *
 * @param text The item's text.
 * @param context Year, language and, when known, where the opening date phrase is.
 * @returns The facts.
 * @example
 *   extractFacts('On January 10, the Dialogue was staged in Beijing.', {language: 'en'}).places
 *   // [{city: 'Beijing', country: 'CN'}]
 */
export function extractFacts(source: string, context: ExtractContext): ExtractedFacts {
  if (typeof source !== 'string') {
    throw new TypeError('Cannot call `extractFacts` without text. Pass the item’s text as a string.')
  }
  if (!context || typeof context !== 'object') {
    throw new TypeError('Cannot call `extractFacts` without a context. Pass `{language: \'en\'}` at least.')
  }
  // `SEATTLE — On May 22-24, …`: a wire story's dateline names the venue, and is read as no other fact (no body
  // named `SEATTLE`); the rest of the text keeps its offsets.
  // (Full-width digits and marks typed on a Chinese or Japanese keyboard, `１２０ guests`, `In Colombo，the …`, are read
  // as their ASCII forms, one character for one: every offset stays.)
  const narrow = fullWidth.test(source) ? source.replace(fullWidthAll, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0)) : source
  const dateline = readDateline(narrow)
  const text = dateline ? ' '.repeat(dateline.end) + narrow.slice(dateline.end) : narrow
  // (Themes, the headline and the summary keep the text's own characters.)
  const shown = narrow === source ? text : dateline ? ' '.repeat(dateline.end) + source.slice(dateline.end) : source
  const entities = findEntities(text)
  const dateEnd = context.dateRange?.[1]
  const placeOptions: ExtractPlacesOptions = {organizationSpans: entities.organizationSpans}
  if (context.dateRange) placeOptions.dateRange = context.dateRange
  if (context.year !== undefined) placeOptions.year = context.year
  const facts: ExtractedFacts = {
    places: dateline ? withDateline(extractPlaces(text, placeOptions), dateline) : extractPlaces(text, placeOptions),
    participants: extractParticipants(text, {year: context.year}),
    themes: extractThemes(shown),
    organizations: dateline?.source ? withSource(entities.organizations, dateline.source) : entities.organizations,
    people: entities.people,
    tags: extractTags(text),
    headline: extractHeadline(shown, dateEnd),
    summary: extractSummary(shown, dateEnd)
  }
  return context.form ? withFormFacts(facts, extractFormFacts(context.form)) : facts
}

/**
 * The facts of a form's fields, then those of its narrative not named there: a venue or a headcount the form
 * states stands for the narrative's (which may name where people came from, or a count of members).
 */
function withFormFacts(facts: ExtractedFacts, form: FormFacts): ExtractedFacts {
  const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  // A body the field names by its acronym only (`Partners: PEAYN; FCOSS`) is the one the narrative names in full with it.
  const inFull = (known: OrganizationRef) => facts.organizations.find((org) => org.acronym !== undefined && org.acronym === known.name)
  return {
    ...facts,
    places: form.places.length > 0 ? form.places : facts.places,
    participants: form.participants ?? facts.participants,
    themes: [...form.themes, ...facts.themes.filter((theme) => !form.themes.some((known) => sameName(known, theme)))],
    organizations: [
      ...form.organizations.map((known) => inFull(known) ?? known),
      // (Nor a body the narrative names in short: `Lahore Authority` after the field's `Walled City of Lahore Authority`.)
      ...facts.organizations.filter(
        (org) =>
          !form.organizations.some(
            (known) =>
              sameName(known.name, org.name) || (org.acronym !== undefined && (known.acronym === org.acronym || known.name === org.acronym)) ||
              known.acronym === org.name || known.name.toLowerCase().endsWith(` ${org.name.toLowerCase()}`)
          )
      )
    ],
    people: [...form.people, ...facts.people.filter((person) => !form.people.some((known) => sameName(known.name, person.name)))]
  }
}

/** The places read from the text, the dateline's city first (once: the text may name it too, maybe with its region). */
function withDateline(places: Place[], dateline: Dateline): Place[] {
  const key = dateline.city.toLowerCase()
  const named = places.find((place) => place.city?.toLowerCase() === key && place.country === dateline.country)
  const rest = places.filter((place) => place !== named && place.city?.toLowerCase() !== key && !(place.city === undefined && place.country === dateline.country))
  return [named ?? {city: dateline.city, country: dateline.country}, ...rest]
}

/** The bodies read from the text, after the body that sent the release when the dateline names one (once). */
function withSource(organizations: OrganizationRef[], source: string): OrganizationRef[] {
  const sender = findEntities(source).organizations.filter((org) => !organizations.some((known) => known.name === org.name || known.acronym === org.name))
  return [...sender, ...organizations]
}
