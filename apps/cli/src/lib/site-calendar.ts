import {toIcs, type IcsOptions} from '@sironet/feeds'
import {sortItems, type NewsItem} from '@sironet/model'

const beginEvent = 'BEGIN:VEVENT\r\n'
const endEvent = 'END:VEVENT\r\n'
const endCalendar = 'END:VCALENDAR\r\n'

/**
 * Render `events.ics` in pieces, a few thousand events at a time, so a corpus
 * of 100,000 items never holds the whole calendar (and its tree) in memory.
 * `toIcs` builds a calendar tree of every event before serializing it; here
 * it renders each slice of the items in calendar order, and the events of
 * each slice (the text from its first `BEGIN:VEVENT` to its last
 * `END:VEVENT`) follow the header of an empty calendar. Every line `toIcs`
 * writes ends in CRLF and folded lines never start with `BEGIN:`/`END:`, so
 * the pieces joined are byte for byte what `toIcs(items)` returns (tested).
 *
 * @param items Items in any order.
 * @param options As for `toIcs`.
 * @param sliceSize Items per call of `toIcs` (optional, default `2000`).
 * @returns The calendar text, in pieces.
 */
export function* renderCalendar(items: readonly NewsItem[], options: IcsOptions, sliceSize = 2000): Generator<string, void, undefined> {
  const empty = toIcs([], options)
  yield empty.slice(0, empty.length - endCalendar.length)
  // toIcs lists events oldest first; slices of that order keep it.
  const sorted = sortItems(items)
  for (let start = 0; start < sorted.length; start += sliceSize) {
    const text = toIcs(sorted.slice(start, start + sliceSize), options)
    const first = text.indexOf(beginEvent)
    if (first >= 0) yield text.slice(first, text.lastIndexOf(endEvent) + endEvent.length)
  }
  yield endCalendar
}
