import type {OrganizationRef, Participants, PersonRef, Place} from '@sironet/model'
import {findEntities} from './extract-entities.js'
import {readCount} from './extract-participants.js'
import {readStatedPlaces} from './extract-places.js'
import type {FormRecord} from './read-form-record.js'

/** The facts a reporting form's fields state, before those of its narrative. */
export interface FormFacts {
  /** Venues from `Venue:`, `Location:`, `City/Country:` fields. */
  places: Place[]
  /** The headcount of a `Participants:` field, or `null`. */
  participants: Participants | null
  /** Themes of `Theme:` fields, without their quotation marks. */
  themes: string[]
  /** Bodies of `Organiser:`, `Partners:`, `Host:` fields. */
  organizations: OrganizationRef[]
  /** People of `Contact person:`, `Speakers:`, `Led by:` fields. */
  people: PersonRef[]
}

// One body of a list (`Osh Women Artisans Association; Kyrgyz Crafts Council`), maybe with its acronym in parentheses.
// (Or a line break, as a sheet's cell lists them: `Zambia Red Cross Society` / `Levy Mwanawasa Medical University`.)
const listSeparator = /\s*[;,\n]\s*|\s+&\s+/
const withAcronym = /^(.*?)\s*\(([\p{Lu}\d&-]{2,12})\)$/u
const withPlace = /^(.*?)\s*\(([^()]{2,40})\)$/
// Quotation marks around a whole value, or an opening one that was never closed (`“Every Drop Counts`).
const quoted = /^["“„«]\s*|\s*["”»]$/g
// A person's name alone, two to four capitalized words (`Aigerim Bekova`), when no title says it is one.
const bareName = /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}$/u

/**
 * Read the facts a reporting form's fields state (see `readFormRecord`): venues from `Venue:` and its kin, the
 * headcount of `Participants:` (`approx. 120`, `35 (incl. 10 trainers)`), themes of `Theme:` with or without
 * quotation marks, bodies listed after `Organiser:` or `Partners:` (each as written: the form says they are bodies),
 * and people after `Contact person:`.
 *
 * @param form The form.
 * @returns The facts of its fields.
 * @example
 *   extractFormFacts(readFormRecord('Forum\nVenue: Almaty, Kazakhstan\nParticipants: approx. 120')!)
 *   // {places: [{city: 'Almaty', country: 'KZ'}], participants: {value: 120, qualifier: 'about', …}, …}
 */
export function extractFormFacts(form: FormRecord): FormFacts {
  const facts: FormFacts = {places: [], participants: null, themes: [], organizations: [], people: []}
  for (const field of form.fields) {
    const value = field.value
    if (value === '') continue
    switch (field.kind) {
      case 'place': {
        for (const place of readStatedPlaces(value)) {
          if (!facts.places.some((known) => known.city === place.city && known.country === place.country)) facts.places.push(place)
        }
        break
      }
      case 'participants': {
        facts.participants ??= readCount(value)
        break
      }
      case 'theme': {
        const theme = value.replace(quoted, '').trim()
        if (theme !== '' && !facts.themes.includes(theme)) facts.themes.push(theme)
        break
      }
      case 'organizations': {
        for (const org of readBodies(value)) addBody(facts.organizations, org)
        break
      }
      case 'people': {
        for (const person of readPeople(value)) {
          if (!facts.people.some((known) => known.name === person.name)) facts.people.push(person)
        }
        break
      }
      default:
        break
    }
  }
  return facts
}

/** The bodies a field lists, each as written (`Kazakh Youth Union; UNDP (United Nations …)`). */
function readBodies(value: string): OrganizationRef[] {
  const bodies: OrganizationRef[] = []
  for (let name of value.split(listSeparator)) {
    name = name.replace(/^(?:the|and)\s+/i, '').replace(/[.\s]+$/, '')
    if (name === '' || !/\p{Lu}/u.test(name)) continue
    // (`Guests: Mr. Tom Baker`: a person, not a body.)
    const entities = findEntities(name)
    if (entities.people.length > 0 && entities.organizations.length === 0) continue
    // (`Red Crescent Society of Turkmenistan and UNICEF`: `and` between two bodies the rules read whole.)
    const read = / and /.test(name) ? entities.organizations : []
    if (read.length > 1 && read.map((org) => org.name).join(' and ') === name) {
      bodies.push(...read)
      continue
    }
    const acronym = withAcronym.exec(name)
    // (`Bukhara City Hall (Uzbekistan)`: where the body is, in parentheses, is no part of its name.)
    const located = acronym ? null : withPlace.exec(name)
    if (located && readStatedPlaces(located[2]!).length > 0) bodies.push({name: located[1]!})
    else bodies.push(acronym ? {name: acronym[1]!, acronym: acronym[2]!} : {name})
  }
  return bodies
}

function addBody(bodies: OrganizationRef[], body: OrganizationRef): void {
  const key = body.name.toLowerCase()
  if (!bodies.some((known) => known.name.toLowerCase() === key || known.acronym === body.name)) bodies.push(body)
}

/** The people a field names (`Ms. Aigerim Bekova, Programme Officer`, `Daniyar Omarov`). */
function readPeople(value: string): PersonRef[] {
  const read = findEntities(value).people
  if (read.length > 0) return read
  const first = value.split(/\s*[,;(]\s*/)[0]!.trim()
  return bareName.test(first) ? [{name: first}] : []
}
