/** What a labelled line of a reporting form tells about its event. */
export type FormFieldKind = 'date' | 'place' | 'organizations' | 'participants' | 'theme' | 'people' | 'narrative'

/** One labelled line of a form (`Venue: Almaty, Kazakhstan`). */
export interface FormField {
  /** What the label says the value is. */
  kind: FormFieldKind
  /** The value after the label and its colon, without white space at its ends. */
  value: string
  /** Offset of the value in the record's text. */
  start: number
}

/** A news item written as a filled-in reporting form: an activity's name, then labelled lines. */
export interface FormRecord {
  /** The activity's name, when the first line is no labelled one (`Regional Water Users' Forum`). */
  name?: string
  /** The labelled lines whose labels are known, in order. */
  fields: FormField[]
  /**
   * Offset in the text where the item's date is read: the first date field's value, else the first narrative
   * field's (`Summary: On January 10, …`); unset when the form has neither.
   */
  dateAt?: number
}

// Labels, in lower case, with `(s)` and a final `s` of the plural taken off (see `toLabelKey`).
const labelKinds: ReadonlyMap<string, FormFieldKind> = new Map([
  ...['date', 'when', 'period', 'event date'].map((label) => [label, 'date'] as const),
  ...['venue', 'location', 'place', 'city', 'country', 'city/country', 'venue/city', 'where'].map((label) => [label, 'place'] as const),
  ...[
    'organiser', 'organizer', 'organised by', 'organized by', 'co-organiser', 'co-organizer', 'host', 'hosted by',
    'partner', 'sponsor', 'funded by', 'supported by', 'implementing partner', 'organisation', 'organization',
    'lead organisation', 'lead organization', 'implementing organisation', 'implementing organization'
  ].map((label) => [label, 'organizations'] as const),
  ...[
    'participant', 'no. of participant', 'no of participant', 'number of participant', 'attendance', 'attendee',
    'headcount', 'participants (number)'
  ].map((label) => [label, 'participants'] as const),
  ['theme', 'theme'],
  ...[
    'contact person', 'contact', 'speaker', 'led by', 'facilitator', 'trainer', 'head of delegation', 'delegation leader',
    'moderator', 'guest of honour', 'guest of honor', 'reported by', 'focal point'
  ].map((label) => [label, 'people'] as const),
  ...['summary', 'description', 'detail', 'note', 'report', 'outcome', 'highlight', 'activity description', 'short description'].map(
    (label) => [label, 'narrative'] as const
  )
])

// A labelled line: a short label opening with a capital, a colon, then the value (maybe empty).
const labelledLine = /^[ \t]*(\p{Lu}[\p{L}.()/' -]{0,32}?)[ \t]*:(?!\/\/)[ \t]*(.*)$/gmu
// Fewer labelled lines than this make no form (`Theme: …` alone is a sentence's label).
const minFields = 2

/** A label in the form the table above keys it by: lower case, without `(s)` or the plural's `s`. */
function toLabelKey(label: string): string {
  return label.toLowerCase().replace(/\(s\)/g, '').replace(/\s+/g, ' ').trim().replace(/s$/, '')
}

/**
 * Read a news item written as a filled-in reporting form: lines with known labels (`Date: 10/01/2025`, `Venue:
 * Almaty, Kazakhstan`, `Organiser: …`, `Participants: approx. 120`, `Theme: …`, `Contact person: …`, `Summary: …`),
 * two or more of them, each opening its own line, under the activity's name. Lines with other labels (`Venu:`, a
 * typo) stay in the text and are read as no field.
 *
 * @param text The item's text, with its line breaks.
 * @returns The form, or `undefined` when the text is no form.
 * @example
 *   readFormRecord('Water Forum\nDate: 10/01/2025\nVenue: Almaty, Kazakhstan')
 *   // {name: 'Water Forum', fields: [{kind: 'date', value: '10/01/2025', start: 18}, {kind: 'place', …}], dateAt: 18}
 */
export function readFormRecord(text: string): FormRecord | undefined {
  // (Most items hold no line break or no colon: they are no form, and are not scanned.)
  const firstBreak = text.indexOf('\n')
  if (firstBreak === -1 || !text.includes(':')) return undefined
  const fields: FormField[] = []
  // Where each labelled line begins, known label or not: a narrative field's value runs on to the next one.
  const lineStarts: number[] = []
  labelledLine.lastIndex = 0
  for (let match = labelledLine.exec(text); match !== null; match = labelledLine.exec(text)) {
    lineStarts.push(match.index)
    const kind = labelKinds.get(toLabelKey(match[1]!))
    if (kind === undefined) continue
    const raw = match[2]!
    const start = match.index + match[0].length - raw.length + (raw.length - raw.trimStart().length)
    fields.push({kind, value: raw.trim(), start})
  }
  if (fields.length < minFields) return undefined
  for (const field of fields) {
    if (field.kind !== 'narrative') continue
    const next = lineStarts.find((lineStart) => lineStart > field.start)
    field.value = text.slice(field.start, next ?? text.length).trim()
  }
  const record: FormRecord = {fields}
  const firstLine = text.slice(0, firstBreak).trim()
  if (fields[0]!.start > firstBreak && firstLine !== '') record.name = firstLine
  const dated = fields.find((field) => field.kind === 'date' && field.value !== '') ?? fields.find((field) => field.kind === 'narrative' && field.value !== '')
  if (dated) record.dateAt = dated.start
  return record
}

/**
 * Whether a line is a labelled line of a reporting form with a known label (`Venue: Almaty, Kazakhstan`): a text
 * block with two or more is one item, whatever its line lengths.
 *
 * @param line One line of text.
 */
export function isFormLine(line: string): boolean {
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > 40) return false
  labelledLine.lastIndex = 0
  const match = labelledLine.exec(line)
  return match !== null && match.index === 0 && labelKinds.has(toLabelKey(match[1]!))
}
