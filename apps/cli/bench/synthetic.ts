import {countryCodes, makeSlug, type NewsItem} from '@sironet/model'
import {uniformFloat64} from 'pure-rand/distribution/uniformFloat64'
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus'

/**
 * Deterministic synthetic corpora for the benchmark: records shaped like the
 * fixture's (a dated exchange, venues, organizations, people, a paragraph of
 * text), and bulletin texts in the fixture's wording for the parser.
 */

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const cities = ['Beijing', 'Chengdu', 'Xiamen', 'Kunming', 'Geneva', 'Nairobi', 'Lima', 'Hanoi', 'Cairo', 'Riga']
const topics = ['youth exchange', 'poverty reduction', 'green development', 'cultural heritage', 'public health', 'women’s empowerment']

/** Seeded numbers in [0, 1) (pure-rand's xoroshiro128+), so every run makes the same corpus. */
function random(seed: number): () => number {
  const generator = xoroshiro128plus(seed)
  return () => uniformFloat64(generator)
}

const organizations = Array.from({length: 400}, (_, index) => `Provincial Association ${index + 1} for International Exchanges`)
const people = Array.from({length: 300}, (_, index) => `Person${index + 1} Name`)

/** One synthetic event, shared by both corpus forms. */
interface Event {
  year: number
  month: number
  day: number
  endDay: number | undefined
  country: string
  city: string
  organizations: string[]
  people: string[]
  count: number
  topic: string
}

function makeEvent(next: () => number, year: number, month: number): Event {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const day = 1 + Math.floor(next() * 20)
  return {
    year,
    month,
    day,
    endDay: next() < 0.3 ? day + 1 + Math.floor(next() * 5) : undefined,
    country: pick(countryCodes.slice(0, 60)),
    city: pick(cities),
    organizations: [pick(organizations), pick(organizations)].filter((name, index, list) => list.indexOf(name) === index),
    people: [pick(people)],
    count: 10 + Math.floor(next() * 300),
    topic: pick(topics)
  }
}

function describeEvent(event: Event): {date: string; text: string} {
  const month = monthNames[event.month - 1]!
  const date = event.endDay ? `From ${month} ${event.day} to ${event.endDay}` : `On ${month} ${event.day}`
  const text =
    `${date}, a delegation of ${event.organizations[0]} led by ${event.people[0]} visited ${event.city} for talks on ${event.topic}. ` +
    `The visit was organized with ${event.organizations.at(-1)} and more than ${event.count} people took part in seminars, field visits and meetings with local partners. ` +
    `Both sides agreed to deepen people-to-people exchanges, share good practice in ${event.topic} and hold a follow-up forum next year.`
  return {date, text}
}

/**
 * Make `count` valid records spread over the years from 2000, newest last.
 *
 * @param count Number of records (example: `100_000`).
 * @param seed Seed of the generator (optional).
 */
export function makeSyntheticItems(count: number, seed = 1): NewsItem[] {
  const next = random(seed)
  const items: NewsItem[] = []
  for (let index = 0; index < count; index++) {
    const year = 2000 + Math.floor((index / count) * 25)
    const month = 1 + Math.floor(next() * 12)
    const event = makeEvent(next, year, month)
    const {date, text} = describeEvent(event)
    const start = `${year}-${String(month).padStart(2, '0')}-${String(event.day).padStart(2, '0')}`
    const headline = `${event.organizations[0]} delegation visits ${event.city} for talks on ${event.topic}`
    items.push({
      id: `${start}-${makeSlug(event.organizations[0]!, 40)}-${index}`,
      date: {
        start,
        ...(event.endDay ? {end: `${year}-${String(month).padStart(2, '0')}-${String(event.endDay).padStart(2, '0')}`} : {}),
        text: date
      },
      headline,
      summary: headline + '.',
      body: text,
      places: [{country: event.country, city: event.city}],
      participants: {value: event.count, qualifier: 'more-than', text: `more than ${event.count} people`},
      themes: [],
      organizations: event.organizations.map((name) => ({name})),
      people: event.people.map((name) => ({name})),
      tags: [],
      language: 'en',
      source: {bulletin: `synthetic-${year}.txt`, line: 1 + index * 2, column: 1, offset: 0, length: text.length}
    })
  }
  return items
}

/**
 * Make the text of `bulletins` half-yearly bulletins of `perBulletin` items
 * each, in the fixture's layout: a title with its period, an intro, then one
 * paragraph per item separated by blank lines.
 *
 * @param bulletins Number of bulletins (example: `100`).
 * @param perBulletin Items in each (example: `1000`).
 * @returns One text per bulletin.
 */
export function makeSyntheticBulletins(bulletins: number, perBulletin: number, seed = 1): string[] {
  const next = random(seed)
  const texts: string[] = []
  for (let index = 0; index < bulletins; index++) {
    const year = 1990 + Math.floor(index / 2)
    const half = index % 2
    const paragraphs = [
      `Latest News of SIRONET International Exchanges(${year}.${half ? 7 : 1}-${year}.${half ? 12 : 6})`,
      'In order to share the latest news of member organizations, we collect and publish information and stories of SIRONET member organizations.',
      'Latest News of SIRONET International Exchanges'
    ]
    for (let item = 0; item < perBulletin; item++) {
      const month = half * 6 + 1 + Math.floor((item / perBulletin) * 6)
      paragraphs.push(describeEvent(makeEvent(next, year, month)).text)
    }
    texts.push(paragraphs.join('\n\n\n') + '\n')
  }
  return texts
}
