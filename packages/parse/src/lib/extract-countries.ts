import en from 'i18n-iso-countries/langs/en.json' with {type: 'json'}
import {foldName} from './extract-fold.js'

/**
 * Names bulletins use for countries that the ISO 3166 English names lack:
 * historical names (`Burma`), short forms (`Laos`, `Czech`), and the misspelling
 * `Columbia`, which in a bulletin about venues means Colombia. Keys are folded names.
 */
export const countryAliases: Readonly<Record<string, string>> = Object.freeze({
  burma: 'MM',
  columbia: 'CO',
  czech: 'CZ',
  laos: 'LA',
  syria: 'SY',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  holland: 'NL',
  macau: 'MO',
  'cape verde': 'CV',
  swaziland: 'SZ',
  'east timor': 'TL',
  brunei: 'BN',
  moldova: 'MD',
  vatican: 'VA',
  'mainland china': 'CN',
  'the mainland of china': 'CN',
  "people's republic of china": 'CN',
  'the united states': 'US',
  'the united kingdom': 'GB',
  'the philippines': 'PH',
  'the netherlands': 'NL',
  'the czech republic': 'CZ',
  'the russian federation': 'RU',
  'republic of korea': 'KR',
  // (Alone, `Korea` is the Republic of Korea in bulletins: the North is `DPRK` or `North Korea`.)
  korea: 'KR',
  'the republic of korea': 'KR',
  'democratic republic of congo': 'CD',
  'kyrgyzstan': 'KG',
  // (Official short names that the ISO English names lack.)
  'kyrgyz republic': 'KG',
  'slovak republic': 'SK',
  'ivory coast': 'CI'
})

const countries = new Map<string, string>()
for (const [code, names] of Object.entries(en.countries as Record<string, string | string[]>)) {
  for (const name of Array.isArray(names) ? names : [names]) {
    // `Congo` names two countries: leave the bare name out rather than guess.
    if (name === 'Congo') continue
    const key = foldName(name)
    if (!countries.has(key)) countries.set(key, code)
    if (name.includes(',')) {
      // `Korea, Republic of` → `Republic of Korea`.
      const [head, tail] = name.split(/,\s*/)
      if (head && tail) countries.set(foldName(`${tail} ${head}`), code)
    }
  }
}
for (const [name, code] of Object.entries(countryAliases)) countries.set(name, code)

// The last word before `and` in countries' names (`trinidad`, `bosnia`, `kitts`), folded.
const wordsBeforeAnd = new Set<string>()
for (const key of countries.keys()) {
  const words = key.split(' ')
  for (let index = 1; index < words.length; index++) if (words[index] === 'and') wordsBeforeAnd.add(words[index - 1]!)
}

/**
 * Whether a word comes right before `and` in some country's name
 * (`Trinidad`, `Bosnia`, `Kitts`): a cheap test before looking the whole name up.
 *
 * @param word The word as written (example: `"Trinidad"`).
 * @returns `true` when some country's name has it before `and`.
 */
export function precedesAndInCountryName(word: string): boolean {
  return wordsBeforeAnd.has(foldName(word))
}

/**
 * Find the ISO 3166-1 alpha-2 code of a country name as bulletins write it,
 * ISO English names and their variants (`South Korea`, `Russia`) plus
 * {@link countryAliases}.
 *
 * @param name Country name (example: `"Burma"`).
 * @returns The code (example: `"MM"`), or `undefined` when it names no country.
 * @example
 *   findCountryCode('the United Kingdom') // 'GB'
 */
export function findCountryCode(name: string): string | undefined {
  // Names recur (every capitalized word is asked about): remember each answer, `''` for none (bounded).
  const cached = countryCache.get(name)
  if (cached !== undefined) return cached === '' ? undefined : cached
  const key = foldName(name).replace(/[.,;:]+$/, '')
  // (And a country's official long form: `the Republic of Maldives`, `Kingdom of Thailand`, `State of Qatar`.)
  const short = officialForm.exec(key)
  const found = countries.get(key) ?? countries.get(key.replace(/^the /, '')) ?? (short ? countries.get(key.slice(short[0].length)) : undefined)
  if (countryCache.size > 50_000) countryCache.clear()
  countryCache.set(name, found ?? '')
  return found
}

const countryCache = new Map<string, string>()
const officialForm = /^(?:the )?(?:republic|kingdom|state|sultanate|principality|grand duchy|federal republic|islamic republic|democratic republic|people's republic|commonwealth) of (?:the )?/
