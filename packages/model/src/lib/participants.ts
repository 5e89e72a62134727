import {z} from 'zod'

/** How a headcount was qualified: “More than 150” is `more-than`, “73 guests” is `exact`. */
export const ParticipantsQualifier = z
  .enum(['exact', 'more-than', 'over', 'nearly', 'about'], {
    error: (issue) =>
      `Expected one of exact, more-than, over, nearly, about, got ${JSON.stringify(issue.input)}`
  })
  .meta({description: 'How the headcount was qualified in the text.'})

/** How a headcount was qualified. */
export type ParticipantsQualifier = z.infer<typeof ParticipantsQualifier>

/** The headcount of a reported event (example: `{value: 150, qualifier: 'more-than', text: 'More than 150 people'}`). */
export const Participants = z
  .object({
    value: z
      .number({error: 'Expected a whole number of people'})
      .int({error: (issue) => `Expected a whole number of people, got ${String(issue.input)}`})
      .positive({error: (issue) => `Expected a positive number of people, got ${String(issue.input)}`}),
    qualifier: ParticipantsQualifier,
    text: z.string().describe('The wording the count was read from.')
  })
  .meta({id: 'Participants', description: 'The headcount of a reported event.'})

/** The headcount of a reported event. */
export type Participants = z.infer<typeof Participants>
