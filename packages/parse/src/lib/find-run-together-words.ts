import {camelCaseNames} from './camel-case-names.js'
import {getEnglishWords, isEnglishWord} from './english-words.js'
import type {TextIssue} from './text-issue.js'

/** Options for {@link findRunTogetherWords}. */
export interface FindRunTogetherWordsOptions {
  /** BCP 47 language of the text; the dictionary checks run for English only (optional, default `'en'`). */
  language?: string
}

// Whole-text scans over Latin letters (these checks are for English; Unicode
// property classes would make the scan several times slower). Lower case is `[a-z\u00df-\u00f6\u00f8-\u00ff]`,
// upper case `[A-Z\u00c0-\u00d6\u00d8-\u00de]`.
// A long lower-case word is a run of at least this many lower-case letters.
const minimumLongWord = 8

function isLatinLower(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

const letter = /\p{L}/u
// Characters that make a word part of a compound (`non-governmental`, `People’s`, `G20s`), or a longer word.
const joiner = /[\p{L}\p{N}'’\-‐]/u
const letterOrNumber = /[\p{L}\p{N}]/u
// A double quotation mark, glued to a word when a letter stands on its outer side: `Forum”a bilateral`, `the“Belt`.
const quotePattern = /[“”]/g
// Addresses and handles, where capitals inside words are normal.
const addressPattern = /[@/#_]|\.\p{L}{2,}|\p{N}/u
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
const capitalizedStart = /^\p{Lu}\p{Ll}*/u

const minimumPart = 4

function chunkAround(text: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--
  while (to < text.length && !/\s/.test(text.charAt(to))) to++
  return text.slice(from, to)
}

function issue(text: string, start: number, end: number, split: number, expected: string): TextIssue {
  return {
    ruleId: 'run-together-words',
    reason: `Expected a space between \`${text.slice(start, split)}\` and \`${text.slice(split, end)}\``,
    start,
    end,
    actual: text.slice(start, end),
    expected: [expected]
  }
}

// A lower-case letter before a capital (`RussiaDunhuang`): rare, and a regular expression finds it fastest.
const camelPattern = /[a-z\u00df-\u00f6\u00f8-\u00ff][A-Z\u00c0-\u00d6\u00d8-\u00de]/g

/**
 * Where a lower-case letter is followed by a capital (`RussiaDunhuang`,
 * `EraChallenges`, `fingerInternational`), and the start and end of each long
 * lower-case run. Long runs are found by probing the last letter a run would
 * need and reading back from it, so most characters are never read.
 *
 * @param text Text of one paragraph.
 * @param camelIndexes Receives the offset of each such lower-case letter.
 * @param longWords Receives the start and end of each long run, flat.
 */
function scanLowerCaseRuns(text: string, camelIndexes: number[], longWords: number[]): void {
  camelPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = camelPattern.exec(text)) !== null) camelIndexes.push(match.index)
  const length = text.length
  // Where a run may start: the start of the text or just after a character that is not lower case.
  let start = 0
  while (start + minimumLongWord <= length) {
    // The last character that is not lower case among the `minimumLongWord` from `start`.
    let last = start + minimumLongWord - 1
    while (last >= start && isLatinLower(text.charCodeAt(last))) last--
    if (last >= start) {
      start = last + 1
      continue
    }
    let end = start + minimumLongWord
    while (end < length && isLatinLower(text.charCodeAt(end))) end++
    longWords.push(start, end)
    start = end + 1
  }
}

/** Whether the character at `index` joins the word to a longer one (ASCII checked without a regular expression). */
function isJoiner(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (Number.isNaN(code)) return false
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2d
  }
  return joiner.test(text.charAt(index))
}

// A capitalized word of six letters or more with `and` or `the` glued to its end (`Foundationand`; not `Marchand`).
const gluedAfterName = /\b[A-Z][a-z]{5,}(?:and|the)\b/g

// Short lower-case words that bulletins glue to the name after them (`inSuva`, `toBeijing`).
const gluedShortWords: ReadonlySet<string> = new Set(['in', 'at', 'of', 'to', 'on', 'by', 'a', 'an'])

/** Where a word with a capital inside splits (`Russia|Dunhuang`), or `undefined` for names such as `McDonald`. */
function findCamelSplit(text: string, word: string, start: number): number | undefined {
  if (camelCaseNames.has(word)) return undefined
  if (addressPattern.test(chunkAround(text, start, start + word.length))) return undefined
  // A name written so on purpose is written so each time (`WaterAid … WaterAid’s`); two words joined by mistake, once.
  if (text.indexOf(word) !== start || text.includes(word, start + word.length)) return undefined
  for (let index = 1; index < word.length; index++) {
    const before = word.charAt(index - 1)
    const here = word.charAt(index)
    if (before === before.toUpperCase() || here === here.toLowerCase()) continue
    const right = capitalizedStart.exec(word.slice(index))![0]
    // `inSuva`, `ofChina`: a short word glued to a name counts only when it is a preposition or article.
    if ((index < 3 && !gluedShortWords.has(word.slice(0, index))) || right.length < 3 || word.slice(0, index) === 'Mac') continue
    return index
  }
  return undefined
}

/** Where a lower-case word missing from the word list splits into two listed words, the most even split first. */
// Long words recur; a small map of those seen answers faster than the word list of 275,000, and an unknown
// word (a name, jargon) costs up to 2 × its length look-ups there: remember each answer (bounded).
// `-1` stands for “no split”, so one look-up answers.
const splitCache = new Map<string, number>()
const maxCachedSplits = 10_000

function findDictionarySplit(word: string): number | undefined {
  const cached = splitCache.get(word)
  if (cached !== undefined) return cached === -1 ? undefined : cached
  const known = getEnglishWords()
  const best = known.has(word) ? undefined : findBestSplit(known, word)
  if (splitCache.size >= maxCachedSplits) splitCache.clear()
  splitCache.set(word, best ?? -1)
  return best
}

function findBestSplit(known: ReadonlySet<string>, word: string): number | undefined {
  let best: number | undefined
  for (let index = minimumPart; index <= word.length - minimumPart; index++) {
    if (!known.has(word.slice(0, index)) || !known.has(word.slice(index))) continue
    if (best === undefined || Math.min(index, word.length - index) > Math.min(best, word.length - best)) best = index
  }
  return best
}

/**
 * Find words written together without a space: a capital inside a word after
 * three or more letters (`RussiaDunhuang`, not `McDonald` or known brands), a
 * long lower-case word that is not in an English word list but splits into two
 * words that are (`villagesimproving`), and a `“` or `”` glued to a word.
 *
 * @param text Text of one paragraph.
 * @param options Language of the text (optional).
 * @returns One `run-together-words` issue per place, in order.
 * @example
 *   findRunTogetherWords('from nine nearby villagesimproving their')[0]?.expected // ['villages improving']
 */
export function findRunTogetherWords(text: string, options: FindRunTogetherWordsOptions = {}): TextIssue[] {
  const issues: TextIssue[] = []
  const english = (options.language ?? 'en').toLowerCase().startsWith('en')

  if (english) {
    let reachedEnd = -1
    const camelIndexes: number[] = []
    // Start and end of each long lower-case run, flat.
    const longWords: number[] = []
    scanLowerCaseRuns(text, camelIndexes, longWords)
    let camelEnd = -1
    for (const index of camelIndexes) {
      // Matches do not overlap: the one after `xY` is searched from after the `Y`.
      if (index < camelEnd) continue
      camelEnd = index + 2
      if (index < reachedEnd) continue
      let start = index
      let end = index + 2
      while (start > 0 && letter.test(text.charAt(start - 1))) start--
      while (end < text.length && letter.test(text.charAt(end))) end++
      reachedEnd = end
      const word = text.slice(start, end)
      // (A hashtag or a handle is written as one word on purpose: `#SilkRoadFriends`, `@ChinaNGONetwork`.)
      if (text.charAt(start - 1) === '#' || text.charAt(start - 1) === '@') continue
      const found = findCamelSplit(text, word, start)
      if (found !== undefined) issues.push(issue(text, start, end, start + found, `${word.slice(0, found)} ${word.slice(found)}`))
    }
    // `Amity Foundationand Milica`: a capitalized word glued to the `and` or `the` after it.
    gluedAfterName.lastIndex = 0
    for (let match = gluedAfterName.exec(text); match !== null; match = gluedAfterName.exec(text)) {
      const word = match[0]
      const stem = word.slice(0, -3)
      if (!isEnglishWord(stem) || isEnglishWord(word)) continue
      issues.push(issue(text, match.index, match.index + word.length, match.index + stem.length, `${stem} ${word.slice(-3)}`))
    }
    for (let at = 0; at < longWords.length; at += 2) {
      const start = longWords[at]!
      const end = longWords[at + 1]!
      if (isJoiner(text, start - 1) || isJoiner(text, end)) continue
      const word = text.slice(start, end)
      const found = findDictionarySplit(word)
      // (Not a part of an address: `secretaria@reladi.org.pe`; looked at only for a word that splits.)
      if (found !== undefined && !addressPattern.test(chunkAround(text, start, end))) {
        issues.push(issue(text, start, end, start + found, `${word.slice(0, found)} ${word.slice(found)}`))
      }
    }
  }

  // `exec` over the shared pattern (nothing in the loop uses it) rather than `matchAll`, which copies it per call.
  quotePattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = quotePattern.exec(text)) !== null) {
    const mark = match[0]
    const start = match.index
    const opening = mark === '“'
    if (!letterOrNumber.test(opening ? text.charAt(start - 1) : text.charAt(start + 1))) continue
    issues.push({
      ruleId: 'run-together-words',
      reason: opening ? `Expected a space before \`${mark}\`` : `Expected a space after \`${mark}\``,
      start: opening ? start - 1 : start,
      end: opening ? start + 1 : start + 2,
      actual: opening ? text.slice(start - 1, start + 1) : text.slice(start, start + 2),
      expected: [opening ? `${text.charAt(start - 1)} ${mark}` : `${mark} ${text.charAt(start + 1)}`]
    })
  }

  return issues.sort((a, b) => a.start - b.start)
}
