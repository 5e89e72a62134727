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
  /**
   * Whether the value was put together from pieces on several lines (a cell of a table aligned with spaces, wrapped
   * inside its column): it is no slice of the text at `start`, and is read as it is.
   */
  joined?: true
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
  ...['venue', 'location', 'place', 'city', 'country', 'city/country', 'venue/city', 'where', 'countries visited', 'cities visited'].map(
    (label) => [label, 'place'] as const
  ),
  ...[
    'organiser', 'organizer', 'organised by', 'organized by', 'co-organiser', 'co-organizer', 'host', 'hosted by',
    'partner', 'sponsor', 'funded by', 'supported by', 'implementing partner', 'organisation', 'organization',
    'lead organisation', 'lead organization', 'implementing organisation', 'implementing organization', 'guest',
    'visiting delegation', 'counterpart'
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

// Fewer labelled lines than this make no form (`Theme: …` alone is a sentence's label).
const minFields = 2

/**
 * What a form's label, or a spreadsheet column's name, says its value is (`Venue` → `'place'`, `Participants` →
 * `'participants'`), or `undefined` for a label this reader does not know.
 *
 * @param label The label as written (`No. of participants`, `City/Country`).
 */
export function readLabelKind(label: string): FormFieldKind | undefined {
  return labelKinds.get(toLabelKey(label))
}

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
  if (!text.includes('\n') || !text.includes(':')) return undefined
  const fields: FormField[] = []
  let known = 0
  let name: string | undefined
  // The narrative field that unlabelled lines go on (`Summary: …` over several lines), if any.
  let narrative: FormField | undefined
  let lineStart = 0
  for (let index = 0; lineStart <= text.length; index++) {
    const found = text.indexOf('\n', lineStart)
    const lineEnd = found === -1 ? text.length : found
    const line = text.slice(lineStart, lineEnd)
    const label = readLabel(line)
    if (label !== undefined) {
      const kind = labelKinds.get(toLabelKey(label.label))
      narrative = undefined
      if (kind !== undefined) {
        known++
        const field: FormField = {kind, value: line.slice(label.valueAt).trim(), start: lineStart + label.valueAt}
        fields.push(field)
        if (kind === 'narrative') narrative = field
      }
    } else if (line.trim() !== '') {
      const trimmedStart = lineStart + (line.length - line.trimStart().length)
      if (narrative) narrative.value = text.slice(narrative.start, lineEnd).trim()
      // (The first line names the activity when it is short and ends no sentence; else it tells it.)
      else if (index === 0 && line.length <= maxName && !/[.!?]["”’)]?\s*$/.test(line)) name = line.trim()
      else fields.push({kind: 'narrative', value: line.trim(), start: trimmedStart})
    }
    lineStart = lineEnd + 1
  }
  if (known < minFields) return undefined
  const record: FormRecord = {fields}
  if (name !== undefined && name !== '') record.name = name
  const dated = fields.find((field) => field.kind === 'date' && field.value !== '') ?? fields.find((field) => field.kind === 'narrative' && field.value !== '')
  if (dated) record.dateAt = dated.start
  return record
}

// Most characters of an activity's name on the first line.
const maxName = 120
// A label opening a line, then its colon (not a link's `https:`).
const labelOpening = /^[ \t]*(\p{Lu}[\p{L}.()/' -]{0,32}?)[ \t]*:(?!\/\/)[ \t]*/u

/** The label a line opens with and where its value begins, or `undefined`. */
function readLabel(line: string): {label: string; valueAt: number} | undefined {
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > 40) return undefined
  const match = labelOpening.exec(line)
  return match === null ? undefined : {label: match[1]!, valueAt: match[0].length}
}

/**
 * Whether a line is a labelled line of a reporting form with a known label (`Venue: Almaty, Kazakhstan`): a text
 * block with two or more is one item, whatever its line lengths.
 *
 * @param line One line of text.
 */
export function isFormLine(line: string): boolean {
  const label = readLabel(line)
  return label !== undefined && labelKinds.has(toLabelKey(label.label))
}
