import {z} from 'zod'

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/
const monthPattern = /^(\d{4})-(\d{2})$/

/**
 * Whether `value` is a real ISO 8601 calendar date at day (`2018-01-12`) or
 * month (`2018-05`) precision: no month 13, no February 30.
 *
 * @param value Text to check (example: `"2018-02-28"`).
 * @returns `true` for a real date.
 */
export function isCalendarDate(value: string): boolean {
  const month = monthPattern.exec(value)
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12
  const day = dayPattern.exec(value)
  if (!day) return false
  const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])]
  if (m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 *
 * @param year Full year (example: `2018`).
 * @param month Month, 1 to 12.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * An ISO 8601 calendar date at day or month precision (example: `"2018-01-12"`, `"2018-05"`).
 */
export const CalendarDate = z
  .string({error: 'Expected a calendar date like 2018-01-12 or 2018-05'})
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, {
    abort: true,
    error: (issue) =>
      `Expected a calendar date like 2018-01-12 or 2018-05, got ${JSON.stringify(issue.input)}`
  })
  .refine(isCalendarDate, {
    error: (issue) =>
      `Expected a calendar date like 2018-01-12 or 2018-05, got ${JSON.stringify(issue.input)}`
  })
  .meta({
    description: 'ISO 8601 calendar date at day (YYYY-MM-DD) or month (YYYY-MM) precision.',
    examples: ['2018-01-12', '2018-05']
  })

/** An ISO 8601 calendar date at day or month precision. */
export type CalendarDate = z.infer<typeof CalendarDate>

/**
 * An ISO 8601 month (example: `"2018-01"`).
 */
export const CalendarMonth = z
  .string({error: 'Expected a month like 2018-01'})
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, {
    error: (issue) => `Expected a month like 2018-01, got ${JSON.stringify(issue.input)}`
  })
  .refine((value) => monthPattern.test(value) && isCalendarDate(value), {
    error: (issue) => `Expected a month like 2018-01, got ${JSON.stringify(issue.input)}`
  })
  .meta({description: 'ISO 8601 month (YYYY-MM).', examples: ['2018-01']})

/** An ISO 8601 month. */
export type CalendarMonth = z.infer<typeof CalendarMonth>

/**
 * Compare two calendar dates of day or month precision in time order; a month
 * sorts before the days in it.
 *
 * @returns A negative number, zero or a positive number, as for `Array#sort`.
 */
export function compareCalendarDates(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
