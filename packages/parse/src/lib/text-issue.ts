import type {RuleId} from './rules.js'

/** A problem found in a piece of text, before it is placed in the file. */
export interface TextIssue {
  /** Rule that found it (example: `'bad-ordinal'`). */
  ruleId: RuleId
  /** What is wrong, in one sentence (example: ``Expected `23rd`, not `23th` ``). */
  reason: string
  /** Offset in the text where the problem starts. */
  start: number
  /** Offset in the text just after the problem. */
  end: number
  /** The text as written (optional). */
  actual?: string
  /** What was expected instead (optional). */
  expected?: string[]
}
