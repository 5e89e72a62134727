import type {TextIssue} from './text-issue.js'

/**
 * The English ordinal suffix of a whole number.
 *
 * @param value Whole number (example: `23`).
 * @returns `'st'`, `'nd'`, `'rd'` or `'th'` (example: `'rd'`).
 */
export function ordinalSuffix(value: number): 'st' | 'nd' | 'rd' | 'th' {
  const lastTwo = value % 100
  if (lastTwo >= 11 && lastTwo <= 13) return 'th'
  const last = value % 10
  return last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'
}

const ordinalPattern = /(?<![\p{L}\p{N}])(\d+)(st|nd|rd|th)(?![\p{L}\p{N}])/giu

/**
 * Find ordinal numbers with the wrong suffix (`23th`, `142th`, `1th`, `12nd`).
 *
 * @param text Text to check.
 * @returns One `bad-ordinal` issue per wrong ordinal, in order.
 * @example
 *   findBadOrdinals('the 23th Winter Olympic Games')[0]?.expected // ['23rd']
 */
export function findBadOrdinals(text: string): TextIssue[] {
  const issues: TextIssue[] = []
  // `exec` over the shared pattern (nothing in the loop uses it) rather than `matchAll`, which copies it per call.
  ordinalPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = ordinalPattern.exec(text)) !== null) {
    const digits = match[1]!
    const written = match[2]!
    const right = ordinalSuffix(Number(digits))
    if (written.toLowerCase() === right) continue
    const fixed = digits + (written === written.toUpperCase() ? right.toUpperCase() : right)
    issues.push({
      ruleId: 'bad-ordinal',
      reason: `Expected \`${fixed}\`, not \`${match[0]}\``,
      start: match.index,
      end: match.index + match[0].length,
      actual: match[0],
      expected: [fixed]
    })
  }
  return issues
}
