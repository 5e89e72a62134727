import {daysInMonth, type EventDate} from '@sironet/model'

// `On the 18th,`, `On 18,`, `From 21 to 23,`, `From the 21st to the 23rd,`: the days of an item under a heading that
// names only its month (`<h2>March</h2>`).
const dayOnly =
  /^(?:On|From)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:to|–|-|—|until|till)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?)?(?=\s*,)/

/**
 * The date of an item that states only its days (`On the 18th,`, `From 21 to 23,`) under a heading that dates it to a
 * month (`January`): that month's days. Else `undefined`.
 *
 * @param headingDate The date the heading gives (month precision: `2023-01`).
 * @param body The item's text.
 * @returns The date of those days, or `undefined` when the item opens with no such days or they are no days of the month.
 * @example
 *   readDaysOfHeadingMonth({start: '2023-01', text: 'January'}, 'On the 18th, the fair opened.')
 *   // {start: '2023-01-18', text: 'On the 18th'}
 */
export function readDaysOfHeadingMonth(headingDate: EventDate, body: string): EventDate | undefined {
  if (headingDate.start.length !== 7 || headingDate.end !== undefined) return undefined
  const match = dayOnly.exec(body)
  if (match === null) return undefined
  const [year, month] = headingDate.start.split('-').map(Number) as [number, number]
  const days = daysInMonth(year, month)
  const first = Number(match[1])
  const last = match[2] === undefined ? undefined : Number(match[2])
  if (first < 1 || first > days || (last !== undefined && (last <= first || last > days))) return undefined
  const day = (value: number) => `${headingDate.start}-${String(value).padStart(2, '0')}`
  return last === undefined ? {start: day(first), text: match[0]} : {start: day(first), end: day(last), text: match[0]}
}
