// Deterministic synthetic news items for the benchmark: the same seed gives
// the same records, so every run and every library renders the same input.

import {uniformFloat64} from 'pure-rand/distribution/uniformFloat64'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'

const countries = ['CN', 'FI', 'LV', 'RU', 'SC', 'NP', 'TH', 'KE', 'BR', 'FR', 'DE', 'EG', 'IN', 'ZA', 'MX']
const cities = ['Beijing', 'Xiamen', 'Chengdu', 'Helsinki', 'Riga', 'Moscow', 'Kathmandu', 'Bangkok', 'Nairobi', 'Paris']
const organizations = [
  'All-China Youth Federation',
  'China NGO Network for International Exchanges',
  'Amity Foundation',
  'China Enterprise Confederation',
  'Gansu Provincial UNESCO Association',
  'China Foundation for Peace and Development'
]
const words =
  'exchange delegation cooperation volunteers forum dialogue youth culture health education poverty development partnership seminar visit training program community network friendship'.split(
    ' '
  )

/** Seeded numbers in [0, 1) (pure-rand's xoroshiro128+): the same seed gives the same records. */
function random(seed) {
  const generator = xoroshiro128plus(seed)
  return () => uniformFloat64(generator)
}

/**
 * Make `count` valid news items with realistic sizes (about 700 characters of
 * text, two places, two organizations, a person and a theme each).
 */
export function makeItems(count, seed = 2018) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const sentence = (length) => Array.from({length}, () => pick(words)).join(' ')
  const items = []
  for (let index = 0; index < count; index++) {
    const year = 2000 + Math.floor(next() * 25)
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0')
    const monthOnly = next() < 0.2
    const start = monthOnly ? `${year}-${month}` : `${year}-${month}-${day}`
    const headline = `${sentence(8)} in ${pick(cities)}`
    const summary = `${headline[0].toUpperCase()}${headline.slice(1)} & ${sentence(10)}.`
    items.push({
      id: `${start}-item-${index}`,
      date: {start, text: monthOnly ? `In ${month}/${year}` : `On ${day}/${month}/${year}`},
      headline,
      summary,
      body: `${summary} ${sentence(40)}. ${sentence(40)}. ${sentence(20)} <${sentence(2)}>.`,
      places: [{country: pick(countries), city: pick(cities)}, {country: pick(countries)}],
      participants: next() < 0.5 ? {value: 10 + Math.floor(next() * 500), qualifier: 'more-than', text: 'more than 120 people'} : null,
      themes: [sentence(3)],
      organizations: [{name: pick(organizations)}, {name: pick(organizations)}],
      people: [{name: `Person ${index % 97}`}],
      tags: ['belt-and-road'],
      language: 'en',
      source: {bulletin: 'synthetic.txt', line: index + 1, column: 1, offset: index * 800, length: 700}
    })
  }
  return items
}
