import {z} from 'zod'
import {CalendarMonth, compareCalendarDates} from './calendar-date.js'
import {LanguageTag} from './language.js'
import {NewsItem} from './news-item.js'
import {Slug} from './slug.js'

/** The months a bulletin covers (example: `{start: '2018-01', end: '2018-06'}`). */
export const Period = z
  .object({start: CalendarMonth, end: CalendarMonth})
  .superRefine((value, context) => {
    if (compareCalendarDates(value.end, value.start) < 0) {
      context.addIssue({
        code: 'custom',
        path: ['end'],
        input: value.end,
        message: `Expected \`end\` (${value.end}) not to be before \`start\` (${value.start})`
      })
    }
  })
  .meta({id: 'Period', description: 'The months a bulletin covers.'})

/** The months a bulletin covers. */
export type Period = z.infer<typeof Period>

/** A half-yearly bulletin of members’ international exchanges. */
export const Bulletin = z
  .object({
    id: Slug,
    title: z.string().min(1, {error: 'Expected a title'}),
    period: Period.nullable().describe('Months covered; `null` when the title states none.'),
    language: LanguageTag,
    intro: z.string(),
    items: z.array(NewsItem)
  })
  .superRefine((value, context) => {
    const seen = new Map<string, number>()
    value.items.forEach((item, index) => {
      const first = seen.get(item.id)
      if (first === undefined) seen.set(item.id, index)
      else
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          input: item.id,
          message: `Expected a unique id, got ${JSON.stringify(item.id)} again (first at items[${first}])`
        })
    })
  })
  .meta({id: 'Bulletin', title: 'SIRONET bulletin', description: 'A bulletin of SIRONET members’ international exchanges.'})

/** A half-yearly bulletin of members’ international exchanges. */
export type Bulletin = z.infer<typeof Bulletin>
