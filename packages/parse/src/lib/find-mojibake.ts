import iconv from 'iconv-lite'

/** One run of mojibake found by {@link findMojibake}. */
export interface MojibakeMatch {
  /** Where the run starts, in UTF-16 code units of the text (example: `12`). */
  offset: number
  /** Length of the run in UTF-16 code units (example: `3` for `â€œ`). */
  length: number
  /** The garbled text as it stands (example: `'â€œ'`). */
  actual: string
  /** What it most likely was before the damage (example: `'“'`). */
  expected: string
}

// Map each character Windows-1252 gives for the bytes 0x80–0xFF back to its
// byte. The table comes from iconv-lite, not from `TextDecoder`: Node.js
// 20.18.3 and later decode `windows-1252` as Latin-1 (nodejs/node#60888).
// The C1 controls U+0080–U+009F map to the byte of the same number too, as
// Latin-1 readers (and those Node.js versions) produce them.
const highBytes = Buffer.from(Array.from({length: 128}, (_, index) => 0x80 + index))
const highCharacters = iconv.decode(highBytes, 'windows-1252')
const byteOf = new Map<string, number>()
const charactersOf = new Map<number, string[]>()
for (let byte = 0x80; byte <= 0xff; byte++) {
  const forms = new Set([String.fromCharCode(byte)])
  const mapped = highCharacters.charAt(byte - 0x80)
  if (mapped !== '\uFFFD') forms.add(mapped)
  charactersOf.set(byte, [...forms])
  for (const form of forms) byteOf.set(form, byte)
}

function characterClass(from: number, to: number): string {
  let result = ''
  for (let byte = from; byte <= to; byte++) {
    for (const form of charactersOf.get(byte) ?? []) {
      result += `\\u${form.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  }
  return `[${result}]`
}

// UTF-8 bytes read one by one as Windows-1252: a lead byte (C2–DF, E0–EF,
// F0–F4) followed by the right number of continuation bytes (80–BF).
const continuation = characterClass(0x80, 0xbf)
const sequence =
  `${characterClass(0xc2, 0xdf)}${continuation}` +
  `|${characterClass(0xe0, 0xef)}${continuation}{2}` +
  `|${characterClass(0xf0, 0xf4)}${continuation}{3}`
const runPattern = new RegExp(`(?:${sequence})+`, 'g')
const sequencePattern = new RegExp(sequence, 'g')

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
// `Â` (C2) and `Ã` (C3) lead to U+0080–U+00FF, by far the most common damage
// (`Ã©` for `é`, `Â ` for a no-break space); other two-byte leads are also
// ordinary letters (`É”` closes a quoted capital word), so they count only
// when at least two sequences stand together (`ÐŸÑ€Ð¸` for `При`).
const commonLeads = new Set(['\u00c2', '\u00c3'])

/**
 * Find mojibake: UTF-8 text that was once read as Windows-1252 (or Latin-1)
 * and saved again, such as `â€œ` for `“`, `Ã©` for `é` or `æ–‡` for `文`.
 *
 * Each run of damaged characters is reported once, with what it most likely
 * said; runs that would turn into control characters are not reported. A
 * lone `â€` is `”` whose last byte was dropped (Windows-1252 has no character for it).
 *
 * @param text Decoded text to scan (example: `'the â€œthemeâ€\u009d'`).
 * @returns Runs in order of appearance; empty when the text looks clean.
 * @example
 *   findMojibake('CafÃ© â€œLatteâ€')
 *   // [{offset: 3, length: 2, actual: 'Ã©', expected: 'é'}, {offset: 6, length: 3, actual: 'â€œ', expected: '“'}]
 */
export function findMojibake(text: string): MojibakeMatch[] {
  if (typeof text !== 'string') {
    throw new TypeError('Cannot call `findMojibake` without text. Pass the decoded text as a string.')
  }
  const matches: MojibakeMatch[] = []
  for (const run of text.matchAll(runPattern)) {
    collectRun(run[0], run.index, matches)
  }
  // `â€` alone: `”` (E2 80 9D) whose last byte, which Windows-1252 has no character for, was dropped.
  let lone = false
  for (const found of text.matchAll(droppedQuote)) {
    const next = byteOf.get(text.charAt(found.index + 2))
    if (next !== undefined && next >= 0x80 && next <= 0xbf) continue
    matches.push({offset: found.index, length: 2, actual: 'â€', expected: '”'})
    lone = true
  }
  return lone ? matches.sort((a, b) => a.offset - b.offset) : matches
}

const droppedQuote = /â€/g

// A regex run may hold sequences that are not valid UTF-8 (overlong, surrogate
// or out-of-range forms); keep the longest stretches of valid ones.
function collectRun(run: string, start: number, matches: MojibakeMatch[]): void {
  let stretchStart = -1
  let stretchEnd = -1
  let stretchCount = 0
  let stretchExpected = ''
  const flush = (): void => {
    if (stretchStart < 0) return
    const actual = run.slice(stretchStart, stretchEnd)
    if (stretchCount > 1 || actual.length > 2 || commonLeads.has(actual.charAt(0))) {
      matches.push({offset: start + stretchStart, length: actual.length, actual, expected: stretchExpected})
    }
    stretchStart = -1
    stretchCount = 0
    stretchExpected = ''
  }
  for (const part of run.matchAll(sequencePattern)) {
    const decoded = repairSequence(part[0])
    if (decoded === undefined || part.index !== stretchEnd) flush()
    if (decoded === undefined) continue
    if (stretchStart < 0) stretchStart = part.index
    stretchEnd = part.index + part[0].length
    stretchCount++
    stretchExpected += decoded
  }
  flush()
}

function repairSequence(characters: string): string | undefined {
  const bytes = new Uint8Array(characters.length)
  for (let index = 0; index < characters.length; index++) {
    const byte = byteOf.get(characters.charAt(index))
    if (byte === undefined) return undefined
    bytes[index] = byte
  }
  let decoded: string
  try {
    decoded = strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
  // A C1 control is never what someone meant to write.
  return /[\u0080-\u009f]/.test(decoded) ? undefined : decoded
}
