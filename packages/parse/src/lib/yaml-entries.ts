import {readLabelKind, type FormField, type FormFieldKind, type FormRecord} from './read-form-record.js'

// `  - date: 2021-07-05`: an entry of a YAML list of mappings (a static site's data file), opened by a key.
const entryLine = /^(\s*)- ([a-z][\w-]*):(?:\s|$)/
// `    place: Almaty, Kazakhstan`: a key of the entry and its value.
const keyLine = /^(\s*)([a-z][\w-]*):(?:\s+(.*))?$/
// Keys of an entry's report and of its headline, besides a form's labels.
const narrativeKeys = new Set(['text', 'body', 'content', 'description', 'summary', 'report', 'details', 'excerpt'])
const nameKeys = new Set(['headline', 'title', 'name'])

/**
 * Whether a line opens an entry of a YAML list of news (`- date: 2021-07-05`,
 * `- title: …`): a list item whose first key is a known one.
 *
 * @param line The line, without its break.
 * @returns The indent of its `-`, or `undefined` for another line.
 */
export function readYamlEntryStart(line: string): number | undefined {
  const match = entryLine.exec(line)
  if (!match || !isKnownKey(match[2]!)) return undefined
  return match[1]!.length
}

function isKnownKey(key: string): boolean {
  return narrativeKeys.has(key) || nameKeys.has(key) || readLabelKind(key) !== undefined
}

/**
 * Read an entry of a YAML list of news as a reporting form: its keys are the
 * labels (`date`, `place`, `partners`, `participants`, `theme`), its `text`
 * (`|` or `>` block, over its indented lines and blank ones) the narrative, its
 * `headline` the name; a flow list (`[A, B]`) or a block list (`- A` lines)
 * lists its values; quotes around a value, an anchor (`&home`) are left out.
 *
 * @param text The entry's text, from its first key (after `- `) to its last line.
 * @returns The form, or `undefined` when it holds no known key.
 */
export function readYamlEntry(text: string): FormRecord | undefined {
  const fields: FormField[] = []
  let name: string | undefined
  const lines = text.split('\n')
  let lineStart = 0
  let current: {field: FormField | undefined; indent: number; pieces: string[]; block: boolean} | undefined
  const close = () => {
    if (current?.field && current.pieces.length > 0) {
      current.field.value = current.block ? current.pieces.join('\n').trim() : current.pieces.join(', ')
      current.field.joined = true
    }
    current = undefined
  }
  // (The first line's `- ` and indent are not in the text: its key stands where the next lines' keys do.)
  const next = lines.slice(1).find((line) => keyLine.test(line))
  const keyIndent = next ? next.length - next.trimStart().length : 0
  for (const [index, line] of lines.entries()) {
    const key = keyLine.exec(line)
    const indent = index === 0 ? keyIndent : line.length - line.trimStart().length
    if (key && (!current || indent <= current.indent)) {
      close()
      const label = key[2]!
      const raw = (key[3] ?? '').replace(/^&\w+\s+/, '')
      const kind: FormFieldKind | undefined = narrativeKeys.has(label) ? 'narrative' : readLabelKind(label)
      // (Where the value starts: after a quotation mark or an anchor, as the date is read there.)
      const written = key[3] ?? ''
      const valueAt = lineStart + (line.length - written.length) + (written.length - written.replace(/^&\w+\s+/, '').replace(/^["']/, '').length)
      if (nameKeys.has(label)) name = unquote(raw)
      else if (kind !== undefined) {
        const block = /^[|>][+-]?$/.test(raw)
        const value = block ? '' : unquote(raw.replace(/^\[(.*)\]$/, '$1'))
        const field: FormField = {kind, value, start: block ? lineStart + line.length + 1 : valueAt}
        if (value !== raw) field.joined = true
        if (!value.startsWith('*')) fields.push(field)
        current = {field, indent, pieces: [], block}
      } else current = {field: undefined, indent, pieces: [], block: false}
    } else if (current && line.trim() !== '') {
      current.pieces.push(current.block ? line.trim() : line.trim().replace(/^-\s+/, ''))
    } else if (current?.block) current.pieces.push('')
    lineStart += line.length + 1
  }
  close()
  const kept = fields.filter((field) => field.value !== '')
  if (kept.length === 0) return undefined
  const record: FormRecord = {fields: kept}
  if (name !== undefined && name !== '') record.name = name
  const dated = kept.find((field) => field.kind === 'date') ?? kept.find((field) => field.kind === 'narrative')
  if (dated) record.dateAt = dated.start
  return record
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2')
}
