import type {Bulletin, Diagnostic, NewsItem, Period} from '@sironet/model'
import {compareMessage} from 'vfile-sort'
import type {VFileMessage} from 'vfile-message'
import type {Block} from './block.js'
import {isDateHeading, opensWithDate} from './block-opening.js'
import {classifyBlocks, classifyInPart, looksLikeTitle, type BlockKind, type PartState} from './classify-blocks.js'
import {isItemHeadline} from './item-headline.js'
import {collapseWhiteSpace} from './collapse-white-space.js'
import {createPointReporter, type Reporter} from './create-reporter.js'
import {canonicalEncoding, sampleSize} from './decode-input.js'
import {createMojibakeScanner, createStreamDecoder, planStreamDecoding, type DecodedPiece, type StreamDecoding} from './decode-stream.js'
import {continueHash, HashTable64, startHash} from './hash-table.js'
import {createContinuationJoiner} from './join-continuations.js'
import {createLineCounter} from './line-counter.js'
import {parseBulletin, reportDecodeMessage, reportEmpty, reportSkippedHeading, type ParagraphRecord, type ParseResult} from './parse-bulletin.js'
import {
  checkParseOptions,
  countItemYear,
  findIntroYear,
  makeBulletin,
  pickCommonYear,
  readBulletinHead,
  type BulletinHead,
  type ParseOptions
} from './read-bulletin-head.js'
import {makeBaseId} from './make-item-ids.js'
import {ItemIdPlanner, toPlannedId, type ItemIdPlan} from './plan-item-ids.js'
import {readItemBlock, reportDuplicate, toNewsItem} from './read-item-block.js'
import {resolveKeyedIds, toItemIdKey, type ItemIdKey} from './resolve-item-ids.js'
import {sniffFormat} from './sniff-format.js'
import {createTextBlockSplitter} from './split-text-blocks.js'
import {toDiagnostic} from './to-diagnostic.js'

/** A piece of a bulletin: text, or bytes (a `Buffer` is a `Uint8Array`); one stream gives one kind only. */
export type BulletinChunk = string | Uint8Array

/** Where a streaming parse reads a bulletin: a Node.js stream, an async or sync iterable, or a web `ReadableStream`. */
export type BulletinStreamSource = AsyncIterable<BulletinChunk> | Iterable<BulletinChunk> | ReadableStream<BulletinChunk>

/** The bulletin’s own fields, once its title, period and intro are read; it comes before any item. */
export interface BulletinEvent {
  /** `'bulletin'`. */
  type: 'bulletin'
  /** The bulletin without `items`. */
  bulletin: Omit<Bulletin, 'items'>
}

/** One news item, as soon as it is read. */
export interface ItemEvent {
  /** `'item'`. */
  type: 'item'
  /** The item, valid under `@sironet/model`. */
  item: NewsItem
}

/** One problem, before the item it is about. */
export interface DiagnosticEvent {
  /** `'message'`. */
  type: 'message'
  /** The problem, as in `ParseResult.messages`. */
  message: Diagnostic
}

/** What one paragraph of the input became (before its item, for an item). */
export interface ParagraphEvent {
  /** `'paragraph'`. */
  type: 'paragraph'
  /** The paragraph, as in `file.data.paragraphs`. */
  paragraph: ParagraphRecord
}

/**
 * A late change of an item’s id, at the end of a stream that could be read
 * only once: an item that shares its base id with a later one gets a hash.
 */
export interface RenameEvent {
  /** `'rename'`. */
  type: 'rename'
  /** The id the item was given. */
  from: string
  /** The id `parseBulletin` gives it. */
  to: string
}

/** What {@link parseBulletinStream} yields. */
export type ParseEvent = BulletinEvent | ItemEvent | DiagnosticEvent | ParagraphEvent | RenameEvent

interface Entry {
  block: Block
  kind: BlockKind
  dateHeading: Block | undefined
  /** A headline of its own right above the item (see `isItemHeadline`). */
  headline?: Block | undefined
  /** For an item of a later part of the file, that part's period (see `readPartPeriod`). */
  partPeriod?: Period | undefined
}

interface AssemblerOptions {
  /** `'ids'` reads only what ids need and yields nothing; `'full'` yields the events. */
  mode: 'ids' | 'full'
  /** How to make final ids, from an earlier `'ids'` pass over the same input, and that pass’s digest of the keys (optional). */
  ids?: {plan: ItemIdPlan; digest: string} | undefined
}

interface Assembler {
  push(piece: DecodedPiece): ParseEvent[]
  end(): ParseEvent[]
  planner: ItemIdPlanner
  /** A hash of every item’s id key, in order: two reads of the same input give the same. */
  digest(): string
}

const noReport: Reporter = {report() {}, reportIn() {}, toPoint: () => ({line: 1, column: 1})}

/** Bulletin fields without `items`. */
function toHead(bulletin: Bulletin): Omit<Bulletin, 'items'> {
  return {id: bulletin.id, title: bulletin.title, period: bulletin.period, language: bulletin.language, intro: bulletin.intro}
}

/** Turns decoded text of a plain-text bulletin into events, paragraph by paragraph. */
function createAssembler(settings: ParseOptions, options: AssemblerOptions): Assembler {
  const full = options.mode === 'full'
  const sourceName = settings.source
  const language = settings.language ?? 'en'
  const lines = createLineCounter()
  // The first two characters place `empty-bulletin` (offsets 0 and 1) after the lines are forgotten.
  const firstLines = createLineCounter()
  let firstChars = ''
  const splitter = createTextBlockSplitter()
  const joiner = createContinuationJoiner()
  const pending: Array<{start: number; message: VFileMessage}> = []
  const add = (message: VFileMessage, start: number): void => {
    pending.push({start, message})
  }
  const reporter = full ? createPointReporter((offset) => lines.toPoint(Math.max(0, offset)), add, sourceName) : noReport
  let out: ParseEvent[] = []

  let phase: 'head' | 'items' | 'guess' = 'head'
  let headBlocks: Block[] = []
  let head: BulletinHead | undefined
  let intro: Block[] = []
  let year: number | undefined
  let period: Period | null = null
  let currentHeading: Block | undefined
  // The last paragraph when it was a heading after the first item, not yet reported; and the title paragraph.
  let lastHeading: Block | undefined
  // Where the reading of the file's parts is (see `classifyInPart`).
  let part: PartState = {opening: false}
  let title: Block | undefined
  let waiting: Entry[] = []
  const yearCounts = new Map<number, number>()
  // Items seen, by hash and length of their collapsed text: where each starts, for `duplicate-item`.
  let seen = new HashTable64(2)
  const hash = new Uint32Array(2)
  const planner = new ItemIdPlanner()
  // Read once, ids are given as they come and fixed at the end: that needs every item’s key.
  const keys: ItemIdKey[] = []
  let digestFirst = 0x811c9dc5
  let digestSecond = 0x5bd1e995
  let keyCount = 0
  const assigned: string[] = []
  const baseCounts = new Map<string, number>()
  const used = new Set<string>()
  let itemCount = 0

  function flush(until: number): void {
    if (pending.length === 0) return
    const ready = until === Infinity ? pending.splice(0) : takeReady(until)
    ready.sort((a, b) => compareMessage(a.message, b.message))
    for (const {message} of ready) out.push({type: 'message', message: detach(toDiagnostic(message, sourceName))})
  }

  function takeReady(until: number): Array<{start: number; message: VFileMessage}> {
    const ready: Array<{start: number; message: VFileMessage}> = []
    let kept = 0
    for (const entry of pending) {
      if (entry.start <= until) ready.push(entry)
      else pending[kept++] = entry
    }
    pending.length = kept
    return ready
  }

  function emitBulletin(): void {
    if (!full) return
    out.push({type: 'bulletin', bulletin: toHead(makeBulletin(head!, language, intro, sourceName))})
  }

  // A running hash of every item’s base id and text, to tell whether a second read saw the same input.
  function mix(base: string, text: string): void {
    for (const part of [base, text]) {
      for (let index = 0; index < part.length; index++) {
        const code = part.charCodeAt(index)
        digestFirst = Math.imul(digestFirst ^ code, 0x01000193)
        digestSecond = Math.imul(digestSecond ^ code, 0x01000193) ^ (digestSecond >>> 15)
      }
    }
    keyCount++
  }

  function digest(): string {
    return `${keyCount}:${(digestFirst >>> 0).toString(16)}${(digestSecond >>> 0).toString(16)}`
  }

  function provisionalId(key: ItemIdKey): string {
    const count = (baseCounts.get(key.base) ?? 0) + 1
    baseCounts.set(key.base, count)
    let id = count > 1 ? `${key.base}-${key.hash.slice(0, 6)}` : key.base
    const stem = id
    let number = 2
    while (used.has(id)) id = `${stem}-${number++}`
    used.add(id)
    return id
  }

  function processItem(block: Block, dateHeading: Block | undefined, headline: Block | undefined, partPeriod?: Period): void {
    const end = block.offset + block.length
    const normalized = collapseWhiteSpace(block.text)
    hash.set(startHash())
    continueHash(hash, normalized)
    const {slot, added} = seen.add(hash[0]!, hash[1]! ^ Math.imul(normalized.length, 0x9e3779b1))
    if (!added) {
      if (!full) return
      reportDuplicate(block, {line: seen.get(slot, 0), column: seen.get(slot, 1)}, reporter.reportIn)
      flush(end)
      out.push({type: 'paragraph', paragraph: {kind: 'duplicate', offset: block.offset, length: block.length}})
      return
    }
    const start = lines.toPoint(block.offset)
    seen.set(slot, start.line, 0)
    seen.set(slot, start.column, 1)
    // (An item of a later part of the file is dated by that part's period.)
    const context = partPeriod ? {year: settings.year, period: partPeriod} : {year, period}
    const draft = readItemBlock(block, normalized, dateHeading, {...context, language, reportIn: reporter.reportIn, facts: full}, headline)
    const base = makeBaseId({date: draft.date, text: block.text, after: draft.after})
    mix(base, block.text)
    if (!full) {
      planner.add(base, block.text)
      return
    }
    let id: string
    if (options.ids) id = toPlannedId(options.ids.plan, itemCount, base, block.text)
    else {
      const idKey = toItemIdKey(base, block.text)
      keys.push(idKey)
      id = provisionalId(idKey)
      assigned.push(id)
    }
    itemCount++
    flush(end)
    out.push({type: 'paragraph', paragraph: {kind: 'item', offset: block.offset, length: block.length, id}})
    out.push({type: 'item', item: toNewsItem(draft, id, head!.id, language, start)})
  }

  function process(entry: Entry): void {
    if (entry.kind === 'item') processItem(entry.block, entry.dateHeading, entry.headline, entry.partPeriod)
    else if (full) {
      flush(entry.block.offset + entry.block.length)
      out.push({type: 'paragraph', paragraph: {kind: entry.kind, offset: entry.block.offset, length: entry.block.length}})
    }
  }

  // The paragraphs up to the first dated one (or all, at the end) decide the title, intro and year.
  function start(): void {
    const classified = classifyBlocks(headBlocks)
    head = readBulletinHead(classified.title, headBlocks[0], sourceName, reporter.report, classified.periodLine)
    intro = classified.intro
    period = head.period
    year = settings.year ?? head.titleYear
    let guess = false
    if (year === undefined && !period) {
      year = findIntroYear(classified.intro)
      guess = year === undefined
    }
    for (const block of classified.skippedHeadings) reportSkippedHeading(block, reporter.reportIn)
    title = classified.title
    const entries = headBlocks.map((block, index): Entry => ({
      block,
      kind: classified.kinds[index]!,
      dateHeading: classified.dateHeadings.get(block),
      headline: classified.headlines.get(block),
      partPeriod: classified.partPeriods.get(block)
    }))
    part = classified.part
    lastHeading = entries.at(-1)?.kind === 'heading' ? entries.at(-1)!.block : undefined
    for (const entry of entries) if (entry.kind === 'heading') currentHeading = isDateHeading(entry.block) ? entry.block : undefined
    headBlocks = []
    if (guess) {
      // Only every item’s stated year can date the others: wait for the end.
      for (const entry of entries) if (entry.kind === 'item') countItemYear(entry.block, yearCounts)
      waiting = entries
      phase = 'guess'
      return
    }
    phase = 'items'
    emitBulletin()
    for (const entry of entries) process(entry)
  }

  function pushBlock(block: Block): void {
    if (phase === 'head') {
      headBlocks.push(block)
      const isTitle = headBlocks.length === 1 && looksLikeTitle(block)
      if (!isTitle && opensWithDate(block)) start()
      return
    }
    const reading = classifyInPart(part, block)
    const kind: BlockKind = reading.kind
    part = reading.part
    const partPeriod = kind === 'item' ? part.period : undefined
    let dateHeading: Block | undefined
    // A heading is reported as skipped once the next paragraph shows it is no item's headline.
    const above = lastHeading
    const headline = kind === 'item' && above && isItemHeadline(above, block, title) ? above : undefined
    if (above && !headline) reportSkippedHeading(above, reporter.reportIn)
    lastHeading = kind === 'heading' ? block : undefined
    if (kind === 'heading') {
      currentHeading = isDateHeading(block) ? block : undefined
    } else dateHeading = currentHeading
    if (phase === 'guess') {
      if (kind === 'item') countItemYear(block, yearCounts)
      waiting.push({block, kind, dateHeading, headline, partPeriod})
      return
    }
    process({block, kind, dateHeading, headline, partPeriod})
    // A heading's lines are kept until the next paragraph: only then is it reported as skipped, or not.
    if (kind !== 'heading') lines.forget(block.offset + block.length)
  }

  function drain(): ParseEvent[] {
    const events = out
    out = []
    return events
  }

  return {
    planner,
    digest,
    push(piece) {
      lines.push(piece.text)
      if (firstChars.length < 2) {
        const more = piece.text.slice(0, 2 - firstChars.length)
        firstChars += more
        firstLines.push(more)
      }
      for (const message of piece.messages) reportDecodeMessage(message, reporter.report)
      for (const block of splitter.push(piece.text)) for (const joined of joiner.push(block)) pushBlock(joined)
      return drain()
    },
    end() {
      for (const block of splitter.end()) for (const joined of joiner.push(block)) pushBlock(joined)
      for (const block of joiner.end()) pushBlock(block)
      if (phase === 'head') start()
      else if (lastHeading) reportSkippedHeading(lastHeading, reporter.reportIn)
      lastHeading = undefined
      if (phase === 'guess') {
        year = pickCommonYear(yearCounts)
        phase = 'items'
        emitBulletin()
        for (const entry of waiting) process(entry)
        waiting = []
      }
      if (!full) {
        // The first read ends here: let the duplicates table go before the ids are worked out.
        seen = new HashTable64(2)
        return []
      }
      if (itemCount === 0) reportEmpty(firstChars, createPointReporter(firstLines.toPoint, add, sourceName).report)
      flush(Infinity)
      if (options.ids) {
        if (digest() !== options.ids.digest) {
          throw new Error('Cannot finish reading the bulletin: it changed between the two reads. Read it again once it is no longer being written.')
        }
        return drain()
      }
      const ids = resolveKeyedIds(keys)
      for (const [index, id] of ids.entries()) {
        if (assigned[index] !== id) out.push({type: 'rename', from: assigned[index]!, to: id})
      }
      return drain()
    }
  }
}

/** The events of a whole-input parse: messages, the bulletin, then each paragraph (and its item). */
function* toEvents(result: ParseResult): Generator<ParseEvent> {
  for (const message of result.messages) yield {type: 'message', message}
  yield {type: 'bulletin', bulletin: toHead(result.bulletin)}
  let index = 0
  for (const paragraph of result.file.data.paragraphs ?? []) {
    yield {type: 'paragraph', paragraph}
    if (paragraph.kind === 'item') yield {type: 'item', item: result.items[index++]!}
  }
}

function isReadableStream(value: unknown): value is ReadableStream<BulletinChunk> {
  return typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function'
}

function checkSource(source: unknown): BulletinStreamSource {
  if (
    isReadableStream(source) ||
    (typeof source === 'object' && source !== null && (Symbol.asyncIterator in source || Symbol.iterator in source))
  ) {
    return source as BulletinStreamSource
  }
  throw new TypeError(
    `Cannot call \`parseBulletinStream\` with ${source === undefined || source === null ? 'no source' : `a ${typeof source}`}. Pass a stream or an (async) iterable of strings or bytes, such as \`fs.createReadStream(path)\`, or a function that opens one.`
  )
}

async function* readChunks(source: BulletinStreamSource): AsyncGenerator<BulletinChunk> {
  if (isReadableStream(source)) {
    const reader = source.getReader()
    try {
      for (;;) {
        const {done, value} = await reader.read()
        if (done) return
        yield value
      }
    } finally {
      reader.releaseLock()
    }
  } else {
    yield* source
  }
}

/** Reads chunks of one kind, failing on a chunk that is neither text nor bytes or of the other kind. */
function createChunkReader(source: BulletinStreamSource): {next(): Promise<BulletinChunk | undefined>; kind: () => 'text' | 'bytes' | undefined} {
  const iterator = readChunks(source)
  let kind: 'text' | 'bytes' | undefined
  return {
    kind: () => kind,
    async next() {
      for (;;) {
        const result = await iterator.next()
        if (result.done) return undefined
        const chunk: unknown = result.value
        const chunkKind = typeof chunk === 'string' ? 'text' : chunk instanceof Uint8Array ? 'bytes' : undefined
        if (chunkKind === undefined || (kind !== undefined && chunkKind !== kind)) {
          await iterator.return(undefined)
          throw new TypeError(
            `Cannot read a stream chunk that is ${chunkKind === undefined ? `a ${typeof chunk}` : `${chunkKind} after ${kind}`}. Pass a stream of strings only, or of bytes (\`Uint8Array\`, \`Buffer\`) only.`
          )
        }
        kind = chunkKind
        if ((chunk as BulletinChunk).length > 0) return chunk as BulletinChunk
      }
    }
  }
}

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0
  for (const chunk of chunks) length += chunk.length
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

interface Opened {
  reader: ReturnType<typeof createChunkReader>
  /** The chunks read before deciding how to parse. */
  head: BulletinChunk[]
  ended: boolean
}

async function open(source: BulletinStreamSource, limit: (kind: 'text' | 'bytes') => number): Promise<Opened> {
  const reader = createChunkReader(source)
  const head: BulletinChunk[] = []
  let size = 0
  for (;;) {
    const kind = reader.kind()
    if (kind !== undefined && size >= limit(kind)) return {reader, head, ended: false}
    const chunk = await reader.next()
    if (chunk === undefined) return {reader, head, ended: true}
    head.push(chunk)
    size += chunk.length
  }
}

async function readAll(opened: Opened): Promise<string | Uint8Array> {
  const chunks = [...opened.head]
  if (!opened.ended) for (let chunk = await opened.reader.next(); chunk !== undefined; chunk = await opened.reader.next()) chunks.push(chunk)
  if (chunks.length === 0) return ''
  return opened.reader.kind() === 'text' ? (chunks as string[]).join('') : concatBytes(chunks as Uint8Array[])
}

/** The decoded pieces of an opened stream, from its head on. */
async function* decodePieces(opened: Opened, decoding: StreamDecoding | undefined): AsyncGenerator<DecodedPiece> {
  if (decoding) {
    const decoder = createStreamDecoder(decoding)
    for (const chunk of opened.head) yield decoder.push(chunk as Uint8Array)
    for (let chunk = await opened.reader.next(); chunk !== undefined; chunk = await opened.reader.next()) yield decoder.push(chunk as Uint8Array)
    yield decoder.end()
  } else {
    const scanner = createMojibakeScanner()
    for (const chunk of opened.head) yield {text: chunk as string, messages: scanner.push(chunk as string)}
    for (let chunk = await opened.reader.next(); chunk !== undefined; chunk = await opened.reader.next()) {
      yield {text: chunk as string, messages: scanner.push(chunk as string)}
    }
    yield {text: '', messages: scanner.end()}
  }
}

/**
 * Read a bulletin from a stream in bounded memory: events come as the input
 * is read — the bulletin’s fields, then for each paragraph its messages, what
 * it became and its item — with the same items, ids, messages and positions
 * (line, column and offset in the whole input) as {@link parseBulletin} gives
 * for the whole input. Bytes are decoded piece by piece (UTF-8 with or
 * without BOM; Windows-1252 when passed as `encoding`). The input is held
 * whole only where it must be: HTML pages, UTF-16, GB18030 and guessed
 * legacy encodings (and a bulletin whose year can only
 * be guessed from all its items keeps its paragraphs until the end).
 *
 * Ids: an item whose base id (date and key words) a later item shares gets a
 * hash, so a stream read once ends with `rename` events for such items. Pass
 * a function that opens the input again instead: it is then read twice (the
 * first time only for ids, which is quicker) and no item is renamed.
 *
 * @param source The bulletin: a Node.js stream, a web `ReadableStream`, an (async) iterable of strings or of bytes, or a function that opens one (called once per pass).
 * @param options Year, language, source name, format, encoding (optional; as for `parseBulletin`).
 * @returns An async iterable of {@link ParseEvent}s.
 * @example
 *   for await (const event of parseBulletinStream(() => fs.createReadStream('big.txt'), {source: 'big.txt'})) {
 *     if (event.type === 'item') console.log(event.item.id)
 *   }
 */
export function parseBulletinStream(source: BulletinStreamSource | (() => BulletinStreamSource), options?: ParseOptions): AsyncIterable<ParseEvent> {
  const settings = checkParseOptions(options, 'parseBulletinStream')
  if (settings.encoding !== undefined) canonicalEncoding(settings.encoding)
  const reopen = typeof source === 'function' ? () => checkSource(source()) : undefined
  const first = reopen ? undefined : checkSource(source)
  return run(first, reopen, settings)
}

/** The first of two reads: only what ids need, for the final ids. */
async function readIds(opened: Opened, decoding: StreamDecoding | undefined, settings: ParseOptions): Promise<{plan: ItemIdPlan; digest: string}> {
  const pass = createAssembler(settings, {mode: 'ids'})
  for await (const piece of decodePieces(opened, decoding)) pass.push(piece)
  pass.end()
  return {plan: pass.planner.resolve(), digest: pass.digest()}
}

async function* run(first: BulletinStreamSource | undefined, reopen: (() => BulletinStreamSource) | undefined, settings: ParseOptions): AsyncGenerator<ParseEvent> {
  // Text needs 4096 characters to tell HTML; bytes need the sample encoding detection reads.
  const limit = (kind: 'text' | 'bytes'): number => (kind === 'text' ? 4096 : sampleSize)
  const opened = await open(first ?? reopen!(), limit)
  let decoding: StreamDecoding | undefined
  let streaming = settings.format !== 'html'
  if (streaming && opened.reader.kind() === 'bytes') {
    const headBytes = concatBytes(opened.head as Uint8Array[])
    decoding = planStreamDecoding(headBytes, settings.encoding)
    if (decoding && settings.format !== 'text') {
      // Decode a copy of the head to tell HTML; the head is decoded again as the stream’s start.
      streaming = sniffFormat(createStreamDecoder(decoding).push(headBytes.subarray(0, 4 * 4096)).text) === 'text'
    }
    streaming &&= decoding !== undefined
  } else if (streaming && settings.format !== 'text') {
    streaming = sniffFormat((opened.head as string[]).join('')) === 'text'
  }
  if (!streaming) {
    yield* toEvents(parseBulletin(await readAll(opened), settings))
    return
  }

  let ids: {plan: ItemIdPlan; digest: string} | undefined
  let current = opened
  if (reopen) {
    ids = await readIds(current, decoding, settings)
    current = await open(reopen(), () => 0)
  }
  const assembler = createAssembler(settings, {mode: 'full', ids})
  for await (const piece of decodePieces(current, decoding)) yield* assembler.push(piece)
  yield* assembler.end()
}

/**
 * A copy of a diagnostic whose strings share no memory with the input: a
 * reason or `actual` quoting a few words is otherwise a cut of the 64 KiB
 * chunk it was read from, and V8 keeps the whole chunk alive as long as the
 * message is kept (a consumer keeping every message of a huge bulletin would
 * keep the bulletin). Valid JSON values only, so the round trip is exact.
 */
function detach(diagnostic: Diagnostic): Diagnostic {
  return JSON.parse(JSON.stringify(diagnostic)) as Diagnostic
}
