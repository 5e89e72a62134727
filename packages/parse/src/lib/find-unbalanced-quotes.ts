import type {TextIssue} from './text-issue.js'

// Pairs whose marks differ, so opening and closing can be told apart.
// Single curly quotes are left out: `’` is also the apostrophe (`People’s`).
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』']
]

const quoteMarks = /["“”«»「」『』]/g

const closerOf = new Map(pairs.map(([open, close]) => [open, close]))
const openerOf = new Map(pairs.map(([open, close]) => [close, open]))

/**
 * Find quotation marks without their partner: an opening `“` never closed (or
 * followed by another opening `“` before its close), a closing `”` never
 * opened, and an odd number of straight `"`.
 *
 * @param text Text of one paragraph.
 * @returns One `unbalanced-quote` issue per lone mark, in order.
 * @example
 *   findUnbalancedQuotes('namely “A”, “B and C.')[0]?.start // 12
 */
export function findUnbalancedQuotes(text: string): TextIssue[] {
  const issues: TextIssue[] = []
  const open = new Map<string, number>()
  const straight: number[] = []
  // `exec` over the shared pattern (nothing in the loop uses it) rather than `matchAll`, which copies it per call.
  quoteMarks.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = quoteMarks.exec(text)) !== null) {
    const index = match.index
    const character = match[0]
    if (character === '"') {
      straight.push(index)
      continue
    }
    const closer = closerOf.get(character)
    if (closer !== undefined) {
      const previous = open.get(character)
      if (previous !== undefined) issues.push(unclosed(text, previous, closer))
      open.set(character, index)
      continue
    }
    const opener = openerOf.get(character)
    if (opener !== undefined) {
      if (open.has(opener)) open.delete(opener)
      else {
        issues.push({
          ruleId: 'unbalanced-quote',
          reason: `Unexpected closing \`${character}\` without an opening \`${opener}\``,
          start: index,
          end: index + 1,
          actual: character,
          expected: [opener]
        })
      }
    }
  }
  for (const [opener, index] of open) issues.push(unclosed(text, index, closerOf.get(opener)!))
  if (straight.length % 2 === 1) {
    const index = straight.at(-1)!
    issues.push({
      ruleId: 'unbalanced-quote',
      reason: 'Unexpected lone `"`: straight quotation marks do not pair up',
      start: index,
      end: index + 1,
      actual: '"',
      expected: ['"']
    })
  }
  return issues.sort((a, b) => a.start - b.start)
}

function unclosed(text: string, index: number, closer: string): TextIssue {
  const rest = text.slice(index + 1)
  let quoted = rest.slice(0, 40)
  if (rest.length > 40) quoted = `${quoted.slice(0, Math.max(quoted.lastIndexOf(' '), 20)).trimEnd()}…`
  return {
    ruleId: 'unbalanced-quote',
    reason: `Expected a closing \`${closer}\` for the quotation opened at \`${text.charAt(index)}${quoted}\``,
    start: index,
    end: index + 1,
    actual: text.charAt(index),
    expected: [closer]
  }
}
