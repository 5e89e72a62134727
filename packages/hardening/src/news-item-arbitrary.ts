import {countryCodes, daysInMonth, type EventDate, type NewsItem} from '@sironet/model'
import fc from 'fast-check'

/** Options for {@link newsItemArbitrary}. */
export interface NewsItemArbitraryOptions {
  /**
   * Characters free text is made of (optional, default {@link anyText}):
   * pass {@link plainText} where a consumer is allowed to normalize markup.
   */
  text?: (maxLength: number) => fc.Arbitrary<string>
}

// Scripts a bulletin may really hold, plus markup and quoting characters.
const ranges: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII printable, with < > & " '
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A
  [0x391, 0x3c9], // Greek
  [0x410, 0x44f], // Cyrillic
  [0x5d0, 0x5ea], // Hebrew
  [0x621, 0x64a], // Arabic
  [0x2010, 0x2027], // dashes, quotes, ellipsis
  [0x3001, 0x3011], // CJK punctuation
  [0x4e00, 0x4fff], // CJK ideographs
  [0xac00, 0xacff], // Hangul
  [0x1f600, 0x1f64f] // emoji (astral: surrogate pairs)
]
const scriptCharacter = fc.oneof(...ranges.map(([from, to]) => fc.integer({min: from, max: to}))).map((code) => String.fromCodePoint(code))

// What a careless upstream tool leaves in text: controls, non-characters,
// lone surrogates, bidi overrides, zero-width characters, line separators.
const hostileCharacter = fc.constantFrom(
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f',
  '\ufffe', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u2066', '\u200b', '\ufeff',
  '\u2028', '\u2029', '\r', '\n', '\t', ']]>', '<script>', '&amp;', '-->', '\r\n'
)

/**
 * Free text of any kind: real scripts, markup characters and, one time in
 * ten, hostile characters (controls, lone surrogates, `]]>`…).
 *
 * @param maxLength Most characters (example: `140`).
 */
export function anyText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({weight: 9, arbitrary: scriptCharacter}, {weight: 1, arbitrary: hostileCharacter}), {maxLength})
    .map((parts) => parts.join(''))
    .map((text) => (text.length > maxLength ? text.slice(0, maxLength) : text))
}

/**
 * Text a feed reader shows back unchanged: words of real scripts and markup
 * characters separated by single spaces, no controls, no lone surrogates, no
 * leading or trailing space.
 *
 * @param maxLength Most characters (example: `140`).
 */
export function plainText(maxLength: number): fc.Arbitrary<string> {
  const letter = scriptCharacter.filter((character) => character !== ' ' && character !== '\u00a0')
  const word = fc.array(letter, {minLength: 1, maxLength: 12}).map((parts) => parts.join(''))
  return fc
    .array(word, {minLength: 1, maxLength: Math.max(1, Math.floor(maxLength / 4))})
    .map((words) => words.join(' '))
    .map((text) => (text.length > maxLength ? text.slice(0, maxLength).trimEnd() : text))
    .filter((text) => text.length > 0 && !/[\ud800-\udbff]$/.test(text))
}

const slug = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,4}$/)

const month = fc.record({year: fc.integer({min: 1990, max: 2035}), month: fc.integer({min: 1, max: 12})})
const pad = (value: number): string => String(value).padStart(2, '0')

/** A valid {@link EventDate}: a day or a month, a range of either, a part of a month. */
export const eventDateArbitrary: fc.Arbitrary<EventDate> = fc
  .record({
    start: month,
    startDay: fc.option(fc.integer({min: 1, max: 31}), {nil: undefined}),
    span: fc.option(fc.integer({min: 0, max: 400}), {nil: undefined}),
    part: fc.option(fc.constantFrom('early', 'mid', 'late' as const), {nil: undefined}),
    text: anyText(40)
  })
  .map(({start, startDay, span, part, text}) => {
    const days = daysInMonth(start.year, start.month)
    const date: EventDate = {start: `${start.year}-${pad(start.month)}`, text}
    if (startDay !== undefined) {
      const first = new Date(Date.UTC(start.year, start.month - 1, Math.min(startDay, days)))
      date.start = first.toISOString().slice(0, 10)
      if (span !== undefined) date.end = new Date(first.getTime() + span * 86_400_000).toISOString().slice(0, 10)
    } else if (span !== undefined) {
      const last = new Date(Date.UTC(start.year, start.month - 1 + Math.floor(span / 30), 1))
      date.end = last.toISOString().slice(0, 7)
    } else if (part !== undefined) {
      date.part = part
    }
    return date
  })

/**
 * Build a fast-check arbitrary of {@link NewsItem} records valid under the
 * model, by hand (zod-fast-check supports only zod 3): every field, optional
 * keys absent rather than `undefined`, as `exactOptionalPropertyTypes` wants.
 *
 * @param options The kind of free text (optional).
 * @example
 *   fc.assert(fc.property(newsItemArbitrary(), (item) => validateNewsItem(item).ok))
 */
export function newsItemArbitrary(options: NewsItemArbitraryOptions = {}): fc.Arbitrary<NewsItem> {
  const text = options.text ?? anyText
  const nonEmpty = (maxLength: number): fc.Arbitrary<string> => text(maxLength).filter((value) => value.length > 0)
  return fc.record({
    id: slug,
    date: fc.option(eventDateArbitrary, {nil: null}),
    headline: nonEmpty(140),
    summary: text(200),
    body: nonEmpty(600),
    places: fc.array(
      fc.record(
        {country: fc.constantFrom(...countryCodes), city: nonEmpty(30), region: nonEmpty(30)},
        {requiredKeys: ['country']}
      ),
      {maxLength: 3}
    ),
    participants: fc.option(
      fc.record({
        value: fc.integer({min: 1, max: 1_000_000}),
        qualifier: fc.constantFrom('exact', 'more-than', 'over', 'nearly', 'about' as const),
        text: text(30)
      }),
      {nil: null}
    ),
    themes: fc.array(nonEmpty(60), {maxLength: 2}),
    organizations: fc.array(
      fc.record({name: nonEmpty(60), acronym: nonEmpty(8), role: nonEmpty(20)}, {requiredKeys: ['name']}),
      {maxLength: 3}
    ),
    people: fc.array(
      fc.record(
        {name: nonEmpty(40), titles: fc.array(nonEmpty(30), {maxLength: 2}).filter((titles) => titles.length > 0), organization: nonEmpty(40)},
        {requiredKeys: ['name']}
      ),
      {maxLength: 3}
    ),
    tags: fc.uniqueArray(slug, {maxLength: 3}),
    language: fc.constantFrom('en', 'fr', 'zh-Hans', 'ar', 'ru', 'es'),
    source: fc.record({
      bulletin: fc.constantFrom('sironet-2018-h1.txt', 'bulletin.html', 'a b/c.txt'),
      line: fc.integer({min: 1, max: 100_000}),
      column: fc.integer({min: 1, max: 1000}),
      offset: fc.nat({max: 10_000_000}),
      length: fc.nat({max: 100_000})
    })
  })
}

/**
 * A list of records with unique ids, as a corpus has them.
 *
 * @param maxLength Most records (example: `30`).
 * @param options The kind of free text (optional).
 */
export function newsItemsArbitrary(maxLength: number, options: NewsItemArbitraryOptions = {}): fc.Arbitrary<NewsItem[]> {
  return fc.uniqueArray(newsItemArbitrary(options), {maxLength, selector: (item) => item.id})
}
