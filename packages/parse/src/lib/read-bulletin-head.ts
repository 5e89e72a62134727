import {isLanguageTag, makeSlug, validateBulletin, type Bulletin, type Period} from '@sironet/model'
import {toSourceOffset, type Block} from './block.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import type {Reporter} from './create-reporter.js'
import {findSentenceEnd} from './find-sentence-end.js'
import {readEventDate} from './read-event-date.js'
import {readPeriod, readTitleYear} from './read-period.js'

/** Options shared by `parseBulletin` and `parseBulletinStream`. */
export interface ParseOptions {
  /** Year for dates that state none; by default the year that puts the date inside the title’s period (optional, example: `2018`). */
  year?: number | undefined
  /** BCP 47 language of the bulletin, set on every item (optional, default `'en'`). */
  language?: string | undefined
  /**
   * File name or bulletin id: names the file in messages, and (its base name
   * without extension) becomes the bulletin id and `source.bulletin` of items
   * (optional, example: `'fixtures/sironet-2018-h1.txt'`; default: the VFile’s path, else a slug of the title).
   */
  source?: string | undefined
  /** Whether the input is plain text or an HTML page (optional, default `'auto'`: HTML when it starts with or holds HTML tags). */
  format?: 'text' | 'html' | 'auto' | undefined
  /** Encoding of bytes, instead of detecting it (optional, example: `'windows-1252'`). */
  encoding?: string | undefined
}

const formats = new Set(['text', 'html', 'auto'])

/**
 * Check the options of a parse, throwing a `TypeError` that names the bad one.
 *
 * @param options What the caller passed.
 * @param name Function name for the message (example: `'parseBulletin'`).
 * @returns The options.
 */
export function checkParseOptions(options: unknown, name: string): ParseOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(`Cannot call \`${name}\` with these options. Pass an object such as \`{year: 2018}\`, or nothing.`)
  }
  const value = options as ParseOptions
  if (value.year !== undefined && (!Number.isInteger(value.year) || value.year < 1000 || value.year > 9999)) {
    throw new TypeError(`Cannot use \`year\` ${JSON.stringify(value.year)}. Pass a four-digit year such as \`2018\`.`)
  }
  if (value.language !== undefined && (typeof value.language !== 'string' || !isLanguageTag(value.language))) {
    throw new TypeError(`Cannot use \`language\` ${JSON.stringify(value.language)}. Pass a BCP 47 language tag such as \`'en'\`.`)
  }
  if (value.source !== undefined && (typeof value.source !== 'string' || value.source.length === 0)) {
    throw new TypeError(`Cannot use \`source\` ${JSON.stringify(value.source)}. Pass a file name or bulletin id such as \`'sironet-2018-h1.txt'\`.`)
  }
  if (value.format !== undefined && !formats.has(value.format)) {
    throw new TypeError(`Cannot use \`format\` ${JSON.stringify(value.format)}. Pass \`'text'\`, \`'html'\` or \`'auto'\`.`)
  }
  if (value.encoding !== undefined && typeof value.encoding !== 'string') {
    throw new TypeError(`Cannot use \`encoding\` ${JSON.stringify(value.encoding)}. Pass an encoding label such as \`'windows-1252'\`.`)
  }
  return value
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path
  return name.replace(/\.[^.]*$/, '') || name
}

/** The title without a period in brackets glued to it: `Latest News(2018.1-2018.6)` → `Latest News`. */
function tidyTitle(title: string): string {
  const reading = readPeriod(title)
  if (!reading) return title
  const before = title.slice(0, reading.offset)
  const after = title.slice(reading.offset + reading.length)
  if (/[(（[]\s*$/.test(before) && /^\s*[)）\]]\s*$/.test(after)) {
    const rest = before.replace(/[(（[]\s*$/, '').trim()
    if (rest.length > 0) return rest
  }
  return title
}

/** What the first paragraphs say of the bulletin. */
export interface BulletinHead {
  /** The title (tidied), or a stand-in when there is none. */
  title: string
  /** The period the title states, or `null`. */
  period: Period | null
  /** A year the title states without a period (optional). */
  titleYear: number | undefined
  /** The bulletin id. */
  id: string
}

/**
 * Read the title, period and id of a bulletin, reporting a missing title.
 *
 * @param title The title paragraph (optional).
 * @param first The first paragraph (optional).
 * @param sourceName File name or bulletin id (optional).
 * @param report Adds a message.
 * @param periodLine A line under the title that states the period the title does not (optional).
 * @returns The head.
 */
export function readBulletinHead(title: Block | undefined, first: Block | undefined, sourceName: string | undefined, report: Reporter['report'], periodLine?: Block): BulletinHead {
  let text = title ? tidyTitle(collapseWhiteSpace(title.text)) : ''
  const period = title ? (readPeriod(title.text)?.period ?? (periodLine && readPeriod(periodLine.text)?.period) ?? null) : null
  const titleYear = title && !period ? readTitleYear(title.text) : undefined
  if (!title) {
    report('missing-title', 'Expected a title on the first line, such as `Latest News (2018.1-2018.6)`', first?.offset ?? 0, first ? Math.min(first.offset + first.length, toSourceOffset(first, findSentenceEnd(first.text))) : 0)
    text = sourceName ? baseName(sourceName) : 'Untitled bulletin'
  }
  const id = makeSlug(sourceName ? baseName(sourceName) : `${text} ${period?.start ?? ''}`)
  return {title: text, period, titleYear, id}
}

/**
 * Make the bulletin (items to be added), with a readable title when the one
 * read is not valid under the model.
 *
 * @param head The head.
 * @param language BCP 47 language.
 * @param intro The intro paragraphs.
 * @param sourceName File name or bulletin id (optional).
 * @returns The bulletin, with no items.
 */
export function makeBulletin(head: BulletinHead, language: string, intro: readonly Block[], sourceName: string | undefined): Bulletin {
  const bulletin: Bulletin = {
    id: head.id,
    title: head.title,
    period: head.period,
    language,
    intro: intro.map((block) => collapseWhiteSpace(block.text)).join('\n\n'),
    items: []
  }
  if (!validateBulletin(bulletin).ok) {
    // Only a title made of white space or symbols can get here: keep a readable one.
    bulletin.title = sourceName ? baseName(sourceName) : 'Untitled bulletin'
  }
  return bulletin
}

/**
 * The first year the intro of a bulletin names (for a title that states none).
 *
 * @param intro The intro paragraphs.
 * @returns The year, if any.
 */
export function findIntroYear(intro: readonly Block[]): number | undefined {
  for (const block of intro) {
    const match = /(?<![\d.\-/])(19[89]\d|20\d\d)(?![\d.\-/])/.exec(block.text)
    if (match) return Number(match[1])
  }
  return undefined
}

/**
 * Count the years items state (`On 13 June 2017`), for {@link pickCommonYear}.
 *
 * @param block An item paragraph.
 * @param counts Counts so far, by year.
 */
export function countItemYear(block: Block, counts: Map<number, number>): void {
  const date = readEventDate(block.text)?.date
  if (!date) return
  const stated = Number(date.start.slice(0, 4))
  counts.set(stated, (counts.get(stated) ?? 0) + 1)
}

/**
 * The year items state most often (the earliest on a tie).
 *
 * @param counts Counts by year.
 * @returns The year, if any.
 */
export function pickCommonYear(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value
  return best
}
