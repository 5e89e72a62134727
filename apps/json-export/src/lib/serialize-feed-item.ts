import type {NewsItem} from '@sironet/model'
import {escapeLineSeparators, stringifyJson} from './serialize-json.js'

/** The fields of a JSON Feed item besides its record, as `toJsonFeed` makes them. */
export interface FeedItemFields {
  /** The item's URL, also its `id`. */
  url: string
  /** `date_published`, if the item is dated. */
  published: string | undefined
}

// The text fields a JSON Feed item repeats from its record: JSON of each is
// made once and written in both places.
const repeated = ['headline', 'summary', 'body'] as const
// What stands for a repeated field in the record while it is serialized: a
// number no record field holds, found after its key (a `"` inside a JSON
// string is always escaped, so no string value can hold this sequence).
const placeholder = -1.2345678901234568e-300
// Characters a JSON string must escape (and U+2028, U+2029, which
// `serializeJson` escapes too): text without them is written as it is, a
// quicker test than `JSON.stringify`'s own escaping of long text. Written as
// the class of every other character (`"`, `\\`, U+0000–U+001F, U+2028, U+2029
// and surrogates are left out), which V8 runs about a fifth faster than the
// class of those characters on item text (the same set, tested on every code unit).
const needsEscape = /[^ !#-[\]-\u2027\u202A-\uD7FF\uE000-\uFFFF]/

// The record's string is read through a copy of its own: a string made by
// concatenation (a rope) scanned in place is flattened in place, and V8 ties
// the flat copy to the record, moving a copy of every long text to the old
// generation (about 1 s of CPU time at 100,000 such records, mostly garbage
// collection); the short-lived copy dies young. Concatenating makes a new
// rope, slicing flattens that one.
function quote(value: string): string {
  const text = (value + ' ').slice(0, -1)
  return needsEscape.test(text) ? JSON.stringify(text) : `"${text}"`
}

/**
 * Serialize one JSON Feed item with its record under `_sironet`: the same text
 * as `stringifyJson` of the item object `toJsonFeed` makes (`id`, `url`,
 * `title`, `summary`, `content_text`, `date_published`, `tags`, `language`,
 * `_sironet`), but the headline, summary and body, which the item holds twice
 * (as `title`, `summary` and `content_text`, and in the record), are turned
 * into JSON once, which is most of the work on large feeds.
 *
 * @param item The record.
 * @param fields The item's URL and date.
 * @returns Compact JSON text of the item, U+2028 and U+2029 escaped.
 */
export function serializeFeedItem(item: NewsItem, fields: FeedItemFields): string {
  const {headline, summary, body} = item
  const url = JSON.stringify(fields.url)
  const common = `{"id":${url},"url":${url},"title":`
  const dated = fields.published === undefined ? '' : `,"date_published":${JSON.stringify(fields.published)}`
  const tags = item.tags.length > 0 ? `,"tags":${JSON.stringify(item.tags)}` : ''
  const language = `,"language":${JSON.stringify(item.language)},"_sironet":`
  if (typeof headline === 'string' && typeof summary === 'string' && typeof body === 'string' && typeof item.language === 'string') {
    const values = [quote(headline), quote(summary), quote(body)]
    const record = spliceRecord(JSON.stringify({...item, headline: placeholder, summary: placeholder, body: placeholder}), values)
    if (record !== undefined) {
      const text = [common, values[0], ',"summary":', values[1], ',"content_text":', values[2], dated, tags, language, record, '}'].join('')
      return escapeLineSeparators(text)
    }
  }
  // A record not shaped as the model says (a text field missing or not a
  // string, or a nested key holding a placeholder): the plain way.
  return stringifyJson({
    id: fields.url,
    url: fields.url,
    title: headline,
    summary,
    content_text: body,
    ...(fields.published === undefined ? {} : {date_published: fields.published}),
    ...(item.tags.length > 0 ? {tags: [...item.tags]} : {}),
    language: item.language,
    _sironet: item
  })
}

// Put the JSON of each repeated field where its placeholder is. The
// placeholder number is looked for once over the whole record (one scan, not
// one per field): the record holds it exactly once per repeated field, each
// after that field's key at the record's own level (after `{` or `,`), or the
// choice is unsure (a nested key holding that very number) and the result is
// `undefined`, the plain way.
const placeholderText = JSON.stringify(placeholder)
const keyTexts = repeated.map((key) => `"${key}":`)

function spliceRecord(record: string, values: string[]): string | undefined {
  let result = ''
  let last = 0
  let seen = 0
  let count = 0
  for (let at = record.indexOf(placeholderText); at !== -1; at = record.indexOf(placeholderText, at + placeholderText.length)) {
    if (++count > repeated.length) return undefined
    const index = keyTexts.findIndex((key) => record.startsWith(key, at - key.length))
    const before = index === -1 ? '' : record[at - keyTexts[index]!.length - 1]
    // Each field once, after its key, at the start of a member.
    if (index === -1 || (seen & (1 << index)) !== 0 || (before !== ',' && before !== '{')) return undefined
    seen |= 1 << index
    result += record.slice(last, at) + values[index]!
    last = at + placeholderText.length
  }
  return count === repeated.length ? result + record.slice(last) : undefined
}
