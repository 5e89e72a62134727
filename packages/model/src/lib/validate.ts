import type {z} from 'zod'
import {Bulletin} from './bulletin.js'
import {formatIssues} from './format-issues.js'
import {NewsItem} from './news-item.js'

/** What a validator returns: the parsed value, or every problem as a readable line. */
export type ValidationResult<T> = {ok: true; value: T; issues: []} | {ok: false; value: undefined; issues: string[]}

/**
 * Thrown by the `assert*` validators; `issues` holds one readable line per problem.
 */
export class ValidationError extends TypeError {
  /** One `path: message` line per problem. */
  readonly issues: string[]

  /**
   * @param what What was validated (example: `NewsItem`).
   * @param issues One line per problem.
   */
  constructor(what: string, issues: string[]) {
    super(`Invalid ${what}:\n${issues.map((line) => `  ${line}`).join('\n')}`)
    this.name = 'ValidationError'
    this.issues = issues
  }
}

function validateWith<S extends z.ZodType>(schema: S, value: unknown): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(value)
  if (result.success) return {ok: true, value: result.data, issues: []}
  return {ok: false, value: undefined, issues: formatIssues(result.error)}
}

/**
 * Check a value against {@link NewsItem}, reporting every problem at once.
 *
 * @param value Anything, such as parsed JSON.
 * @returns `{ok, value, issues}`; `issues` lines read `date.start: Expected …`.
 * @example
 *   const result = validateNewsItem(JSON.parse(text))
 *   if (!result.ok) console.error(result.issues.join('\n'))
 */
export function validateNewsItem(value: unknown): ValidationResult<NewsItem> {
  return validateWith(NewsItem, value)
}

/**
 * Check a value against {@link Bulletin}, reporting every problem at once.
 *
 * @param value Anything, such as parsed JSON.
 * @returns `{ok, value, issues}`; `issues` lines read `items[3].date.start: Expected …`.
 */
export function validateBulletin(value: unknown): ValidationResult<Bulletin> {
  return validateWith(Bulletin, value)
}

/**
 * Return `value` as a {@link NewsItem}, or throw a {@link ValidationError} listing every problem.
 *
 * @param value Anything, such as parsed JSON.
 */
export function assertNewsItem(value: unknown): NewsItem {
  const result = validateNewsItem(value)
  if (!result.ok) throw new ValidationError('NewsItem', result.issues)
  return result.value
}

/**
 * Return `value` as a {@link Bulletin}, or throw a {@link ValidationError} listing every problem.
 *
 * @param value Anything, such as parsed JSON.
 */
export function assertBulletin(value: unknown): Bulletin {
  const result = validateBulletin(value)
  if (!result.ok) throw new ValidationError('Bulletin', result.issues)
  return result.value
}
