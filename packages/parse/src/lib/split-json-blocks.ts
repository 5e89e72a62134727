import {parse, type StringNode, type ValueNode} from '@humanwhocodes/momoa'
import type {Block} from './block.js'
import {toDecodedBlock} from './decoded-block.js'

// A JSON document of news: an object with a quoted key, or an array of objects.
const jsonStart = /^\s*(?:\{\s*"|\[\s*\{)/

/** A JSON value with where it stands in the source. */
type JsonNode =
  | {type: 'object'; start: number; end: number; entries: Array<[string, JsonNode]>}
  | {type: 'array'; start: number; end: number; items: JsonNode[]}
  | {type: 'string'; start: number; end: number; value: string}
  | {type: 'other'; start: number; end: number; value: number | boolean | null}

/**
 * Whether a text is a JSON document of news (a CMS's export): it opens as an
 * object with a quoted key or an array of objects.
 *
 * @param text The decoded input.
 */
export function isJsonNews(text: string): boolean {
  return jsonStart.test(text.slice(0, 256))
}

// Keys of an entry's report, headline, date, end date, place, bodies, headcount and theme, as CMS exports name them.
const textKeys = ['body', 'text', 'content', 'description', 'summary', 'excerpt']
const headlineKeys = ['title', 'headline', 'name']
const dateKeys = ['date', 'start_date', 'startDate', 'published', 'event_date']
const endKeys = ['end_date', 'endDate']
const placeKeys = ['location', 'place', 'venue', 'city']
const bodyKeys = ['partners', 'organizations', 'organisations', 'organizer', 'organiser']
const countKeys = ['participants', 'attendance', 'attendees']
const themeKeys = ['theme', 'topic']
// At least this long, a string is an entry's report.
const minReport = 40

/**
 * Split a JSON document of news into paragraphs: its `title` is the title and
 * its `description` the intro; each object of its list of entries (the array
 * whose objects hold a report: `body`, `text`, `content` …) is one item, read
 * as a form (see `readYamlEntry`) whose fields are its date, place, bodies,
 * headcount, theme and report; its `title` is the item's headline. The item's
 * text is its report as a reader has it (escapes decoded); offsets point at
 * the object, and each character of the report at its string.
 *
 * @param text The JSON.
 * @returns Paragraphs in document order; none when the JSON is not well formed.
 */
export function splitJsonBlocks(text: string): Block[] {
  let root: JsonNode
  try {
    root = readJson(text)
  } catch {
    return []
  }
  const blocks: Block[] = []
  if (root.type === 'object') {
    const title = field(root, headlineKeys)
    if (title?.type === 'string' && title.value.trim() !== '') blocks.push({...stringBlock(title), tag: 'title'})
    const about = field(root, ['description', 'intro', 'summary'])
    if (about?.type === 'string' && about.value.trim() !== '') blocks.push({...stringBlock(about), tag: 'paragraph'})
  }
  const list = findEntries(root)
  for (const entry of list?.items ?? []) {
    if (entry.type !== 'object') continue
    const block = entryBlock(entry)
    if (block) blocks.push(block)
  }
  return blocks
}

/** The array whose objects hold reports, the largest such. */
function findEntries(node: JsonNode): Extract<JsonNode, {type: 'array'}> | undefined {
  let best: Extract<JsonNode, {type: 'array'}> | undefined
  const visit = (value: JsonNode) => {
    if (value.type === 'array') {
      const reports = value.items.filter((item) => item.type === 'object' && report(item) !== undefined).length
      if (reports > 0 && reports >= (best?.items.length ?? 0)) best = value
      for (const item of value.items) visit(item)
    } else if (value.type === 'object') for (const [, child] of value.entries) visit(child)
  }
  visit(node)
  return best
}

function report(entry: Extract<JsonNode, {type: 'object'}>): Extract<JsonNode, {type: 'string'}> | undefined {
  const value = field(entry, textKeys)
  return value?.type === 'string' && value.value.length >= minReport ? value : undefined
}

function field(entry: Extract<JsonNode, {type: 'object'}>, keys: readonly string[]): JsonNode | undefined {
  for (const key of keys) {
    const found = entry.entries.find(([name]) => name === key)
    if (found && !(found[1].type === 'other' && found[1].value === null)) return found[1]
  }
  return undefined
}

/** A string's text as a paragraph at its place (its characters at the string's, escapes making it longer). */
function stringBlock(node: Extract<JsonNode, {type: 'string'}>): Block {
  return toDecodedBlock(node.value.trim(), node.start + 1, node.end - 1)
}

/** An entry as a form's text (`date: …`, `place: …`, `text: |` and its report), its report as the item's text. */
function entryBlock(entry: Extract<JsonNode, {type: 'object'}>): Block | undefined {
  const story = report(entry)
  if (!story) return undefined
  const lines: Array<[string, number]> = []
  const line = (key: string, value: string, at: number) => lines.push([`${lines.length === 0 ? '' : '    '}${key}: ${value}`, at])
  const date = field(entry, dateKeys)
  const end = field(entry, endKeys)
  if (date?.type === 'string') line('date', end?.type === 'string' ? `${date.value} to ${end.value}` : date.value, date.start + 1)
  const place = field(entry, placeKeys)
  const placeText = place?.type === 'string' ? place.value : place?.type === 'object' ? place.entries.map(([, value]) => (value.type === 'string' ? value.value : '')).filter(Boolean).join(', ') : ''
  if (place && placeText !== '') line('place', placeText, place.start)
  const bodies = field(entry, bodyKeys)
  const bodyText = bodies?.type === 'array' ? bodies.items.map((item) => (item.type === 'string' ? item.value : '')).filter(Boolean).join('; ') : bodies?.type === 'string' ? bodies.value : ''
  if (bodies && bodyText !== '') line('partners', bodyText, bodies.start)
  const count = field(entry, countKeys)
  if (count && (count.type === 'string' || (count.type === 'other' && typeof count.value === 'number'))) line('participants', String(count.value), count.start)
  const theme = field(entry, themeKeys)
  if (theme?.type === 'string' && theme.value !== '') line('theme', theme.value, theme.start)
  // (The entry's title is the item's headline: see `FormRecord.name`.)
  const headline = field(entry, headlineKeys)
  if (headline?.type === 'string' && headline.value.trim() !== '') line('title', headline.value.trim().replace(/\n/g, ' '), headline.start)
  line('text', '|', story.start)
  let text = lines.map(([written]) => written).join('\n')
  const sourceOffsets: number[] = []
  for (const [index, [written, at]] of lines.entries()) {
    for (let position = 0; position < written.length; position++) sourceOffsets.push(at)
    if (index < lines.length - 1) sourceOffsets.push(at)
  }
  // (Each character of the report at its place in the string, as near as its escapes allow.)
  const storyStart = story.start + 1
  const last = Math.max(storyStart, story.end - 2)
  let read = 0
  for (const paragraph of story.value.trim().split(/\n/)) {
    const written = `\n      ${paragraph}`
    text += written
    for (let position = 0; position < written.length; position++) sourceOffsets.push(Math.min(last, storyStart + (position < 7 ? read : read + position - 7)))
    read += paragraph.length + 1
  }
  return {text, offset: entry.start, length: entry.end - entry.start, sourceOffsets, yaml: true, tag: 'paragraph', source: story.value.trim()}
}

// A control character, which JSON's strings may not hold raw (`momoa` reads them).
const rawControl = /[\u0000-\u001f]/

/**
 * Read a JSON document with where each value stands in the source (`JSON.parse` keeps no places): the text is
 * parsed by `momoa`, held to JSON's grammar, a leading byte order mark read as white space.
 *
 * @throws {Error} When the text is no JSON.
 */
function readJson(text: string): JsonNode {
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text
  return toJsonNode(parse(source, {mode: 'json'}).body, source)
}

function toJsonNode(node: ValueNode, text: string): JsonNode {
  const start = node.loc.start.offset
  const end = node.loc.end.offset
  switch (node.type) {
    case 'Object':
      return {type: 'object', start, end, entries: node.members.map((member) => [(member.name as StringNode).value, toJsonNode(member.value, text)])}
    case 'Array':
      return {type: 'array', start, end, items: node.elements.map((element) => toJsonNode(element.value, text))}
    case 'String':
      if (rawControl.test(text.slice(start, end))) throw new SyntaxError(`Unescaped control character in the string at ${start}`)
      return {type: 'string', start, end, value: node.value}
    case 'Number':
    case 'Boolean':
      return {type: 'other', start, end, value: node.value}
    default:
      return {type: 'other', start, end, value: null}
  }
}
