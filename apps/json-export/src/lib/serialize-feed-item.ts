import type {NewsItem} from '@sironet/model'
import {stringifyJson} from './serialize-json.js'

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
const placeholders = repeated.map((key) => `"${key}":${JSON.stringify(placeholder)}`)
// Characters a JSON string must escape (and U+2028, U+2029, which
// `serializeJson` escapes too): text without them is written as it is, a
// quicker test than `JSON.stringify`'s own escaping of long text.
const needsEscape = /["\\\u0000-\u001F\u2028\u2029\uD800-\uDFFF]/

function quote(value: string): string {
  return needsEscape.test(value) ? JSON.stringify(value) : `"${value}"`
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
      return text.includes('\u2028') || text.includes('\u2029') ? text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : text
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

// Put the JSON of each repeated field where its placeholder is, in the order
// the record's own keys come in (usually headline, summary, body, near the
// start: each search goes on from the last one, so the rest of the record is
// not read); `undefined` when a placeholder is not found.
function spliceRecord(record: string, values: string[]): string | undefined {
  const found: Array<[number, number]> = []
  let from = 0
  for (const [index, text] of placeholders.entries()) {
    let at = record.indexOf(text, from)
    if (at === -1) at = record.indexOf(text)
    // A key of the record itself follows `{` or `,`; a placeholder found twice
    // (a nested key holding that very number) leaves the choice unsure: the plain way.
    if (at === -1 || (record[at - 1] !== ',' && record[at - 1] !== '{')) return undefined
    if (record.indexOf(text) !== at || record.indexOf(text, at + 1) !== -1) return undefined
    found.push([at, index])
    from = at
  }
  found.sort((left, right) => left[0] - right[0])
  const parts: string[] = []
  let last = 0
  for (const [at, index] of found) {
    const text = placeholders[index]!
    // Keep `"key":`, drop the placeholder.
    const valueAt = at + text.indexOf(':') + 1
    parts.push(record.slice(last, valueAt), values[index]!)
    last = at + text.length
  }
  parts.push(record.slice(last))
  return parts.join('')
}
