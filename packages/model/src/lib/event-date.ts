import {z} from 'zod'
import {CalendarDate, compareCalendarDates} from './calendar-date.js'

/** When in a month an event took place, for month-precision dates (`"late"` for “Late May”). */
export const DatePart = z.enum(['early', 'mid', 'late']).meta({
  description: 'Part of the month, for month-precision dates such as “Late May”.'
})

/** When in a month an event took place. */
export type DatePart = z.infer<typeof DatePart>

/**
 * The date of a reported event: a day, a month, or a range of either, with the
 * wording it came from.
 */
export const EventDate = z
  .object({
    start: CalendarDate.describe('First day (or month) of the event.'),
    end: CalendarDate.optional().describe('Last day (or month) of the event, for ranges.'),
    part: DatePart.optional(),
    text: z.string().describe('The wording the date was read from (example: “From January 12 to 16”).')
  })
  .superRefine((value, context) => {
    if (value.end !== undefined && compareCalendarDates(value.end, value.start) < 0) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        input: value.end,
        message: `Expected \`end\` (${value.end}) not to be before \`start\` (${value.start})`
      })
    }
  })
  .meta({id: 'EventDate', description: 'The date of a reported event.'})

/** The date of a reported event. */
export type EventDate = z.infer<typeof EventDate>
