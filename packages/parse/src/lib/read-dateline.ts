import {findCountryCode} from './extract-countries.js'
import {findCityCountry, findRegionCountry} from './extract-gazetteer.js'

/** A dateline that opens an item: the city the report comes from, in capitals, before a dash. */
export interface Dateline {
  /** The city, written with a capital and small letters (example: `'Santa Fe'`). */
  city: string
  /** ISO 3166-1 alpha-2 code of its country, from the state or country after it, else from the gazetteer. */
  country: string
  /** Offset just after the dash and the space after it: where the item's own text begins. */
  end: number
  /** Who sent the release, as the dateline names it (`/Silk Road Culture Network/`), if it does. */
  source?: string
}

// `SEATTLE — `, `NAIROBI, Kenya — `, `SANTA FE, N.M. — `, `PORTLAND, Ore. – `: a city in capitals, maybe a state or
// a country after a comma, then a dash; a release's day and source may stand before the dash (`ALMATY, Kazakhstan,
// Jan. 10, 2025 -- `, `XI'AN, China, March 3, 2025 /Silk Road Culture Network/ -- `, `NAIROBI, July 10 – `).
const opening =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(?:,\s+(\p{Lu}[\p{L}\p{M}]*\.?(?:\s?\p{Lu}\.)?(?: \p{Lu}[\p{L}\p{M}]+){0,2}))?(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,\s*\d{4})?)?(?:\s+[/(]([^/()\n]{1,60})[/)])?\s+(?:--|[—–-])\s+/u

// The abbreviations of U.S. states that AP style writes after a city (`Ore.`, `N.M.`).
const stateAbbreviations: ReadonlySet<string> = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.',
  'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.',
  'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.'
])

/**
 * Read the dateline that opens an item as a wire story does (`SEATTLE — On May
 * 22-24, …`, `SANTA FE, N.M. — Twelve teachers …`): the city the report is
 * filed from, which names where the event happened.
 *
 * @param text Item text.
 * @returns The dateline, or `undefined` when the item opens otherwise.
 * @example
 *   readDateline('NAIROBI, Kenya — From January 12 to 16, …') // {city: 'Nairobi', country: 'KE', end: 17}
 */
export function readDateline(text: string): Dateline | undefined {
  // Most items open with a capital and a small letter: one look at the second character.
  const second = text.charCodeAt(1)
  if (!(second >= 65 && second <= 90) && second < 128) return undefined
  const match = opening.exec(text)
  if (!match) return undefined
  const written = match[1]!
  // Capitals of a name, not an acronym's: a vowel in each word, and no word of one letter (`UN — …`).
  if (!written.split(' ').every((word) => word.length >= 2 && /[AEIOUYÀ-ÖØ-Ý]/u.test(word))) return undefined
  // (A capital after a space, a hyphen or a period: `Santa Fe`, `Xi'an`.)
  const city = written.toLowerCase().replace(/(^|[ .-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
  const after = match[2]
  const country = after === undefined ? findCityCountry(city) : stateAbbreviations.has(after) ? 'US' : (findCountryCode(after) ?? findRegionCountry(after))
  if (country === undefined) return undefined
  const source = match[3]?.trim()
  return source ? {city, country, end: match[0].length, source} : {city, country, end: match[0].length}
}
