import {z} from 'zod'
import {EventDate} from './event-date.js'
import {LanguageTag} from './language.js'
import {Participants} from './participants.js'
import {Place} from './place.js'
import {OrganizationRef, PersonRef} from './refs.js'
import {Slug} from './slug.js'
import {SourceRef} from './source-ref.js'

/** The longest headline allowed, in characters. */
export const maxHeadlineLength = 140

/** One news item of a bulletin: a reported exchange, with what it says. */
export const NewsItem = z
  .object({
    id: Slug.describe('Stable, URL-safe id, unique in a corpus.'),
    date: EventDate.nullable().describe('The reported event’s date; `null` when the item states none.'),
    headline: z
      .string()
      .min(1, {error: 'Expected a headline'})
      .max(maxHeadlineLength, {
        error: (issue) =>
          `Expected a headline of at most ${maxHeadlineLength} characters, got ${String((issue.input as string).length)}`
      }),
    summary: z.string().describe('One sentence saying what happened.'),
    body: z.string().min(1, {error: 'Expected the item’s text'}).describe('The item’s full text.'),
    places: z.array(Place).describe('Venues, in order of appearance.'),
    participants: Participants.nullable(),
    themes: z.array(z.string().min(1)).describe('Themes, verbatim from the quotation marks.'),
    organizations: z.array(OrganizationRef),
    people: z.array(PersonRef),
    tags: z.array(Slug).describe('Recurring programmes and bodies (example: `belt-and-road`).'),
    language: LanguageTag,
    source: SourceRef
  })
  .meta({id: 'NewsItem', title: 'SIRONET news item', description: 'One news item of a SIRONET bulletin.'})

/** One news item of a bulletin. */
export type NewsItem = z.infer<typeof NewsItem>
