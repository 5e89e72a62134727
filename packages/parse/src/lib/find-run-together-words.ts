import words from 'an-array-of-english-words/index.json' with {type: 'json'}
import {camelCaseNames} from './camel-case-names.js'
import type {TextIssue} from './text-issue.js'

let dictionary: ReadonlySet<string> | undefined

function getDictionary(): ReadonlySet<string> {
  dictionary ??= new Set(words)
  return dictionary
}

/** Options for {@link findRunTogetherWords}. */
export interface FindRunTogetherWordsOptions {
  /** BCP 47 language of the text; the dictionary checks run for English only (optional, default `'en'`). */
  language?: string
}

// A capital inside a word: `RussiaDunhuang`, `EraChallenges`, `fingerInternational`.
const camelPattern = /\p{L}*\p{Ll}\p{Lu}\p{L}*/gu
// A long lower-case word standing alone (not part of `non-governmental` or `People’s`).
const lowerPattern = /(?<![\p{L}\p{N}'’\-‐])\p{Ll}{8,}(?![\p{L}\p{N}'’\-‐])/gu
// A double quotation mark glued to a word: `Forum”a bilateral`, `the“Belt`.
const gluedQuotePattern = /(?<=[\p{L}\p{N}])“|”(?=[\p{L}\p{N}])/gu
// Addresses and handles, where capitals inside words are normal.
const addressPattern = /[@/#_]|\.\p{L}{2,}|\p{N}/u

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
    for (const match of text.matchAll(camelPattern)) {
      const word = match[0]
      if (camelCaseNames.has(word)) continue
      if (addressPattern.test(chunkAround(text, match.index, match.index + word.length))) continue
      for (let index = 1; index < word.length; index++) {
        const before = word.charAt(index - 1)
        const here = word.charAt(index)
        if (before === before.toUpperCase() || here === here.toLowerCase()) continue
        const left = /\p{L}*$/u.exec(word.slice(0, index))![0]
        const right = /^\p{Lu}\p{Ll}*/u.exec(word.slice(index))![0]
        if (left.length < 3 || right.length < 3 || left === 'Mac') continue
        const start = match.index
        issues.push(issue(text, start, start + word.length, start + index, `${word.slice(0, index)} ${word.slice(index)}`))
        break
      }
    }

    const known = getDictionary()
    for (const match of text.matchAll(lowerPattern)) {
      const word = match[0]
      if (known.has(word)) continue
      let best = -1
      for (let index = minimumPart; index <= word.length - minimumPart; index++) {
        if (!known.has(word.slice(0, index)) || !known.has(word.slice(index))) continue
        if (best < 0 || Math.min(index, word.length - index) > Math.min(best, word.length - best)) best = index
      }
      if (best < 0) continue
      const start = match.index
      issues.push(issue(text, start, start + word.length, start + best, `${word.slice(0, best)} ${word.slice(best)}`))
    }
  }

  for (const match of text.matchAll(gluedQuotePattern)) {
    const mark = match[0]
    const start = match.index
    const opening = mark === '“'
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
