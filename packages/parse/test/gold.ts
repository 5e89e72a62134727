import {readFileSync} from 'node:fs'

/** One item of a gold file, as `fixtures/GOLD-GUIDELINES.md` describes it. */
export interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: string | null} | null
  places: Array<{city: string | null; country: string}>
  participants: {value: number; qualifier: string} | null
  themes: string[]
  organizations: string[]
  people: string[]
}

/** A gold file. */
export interface Gold {
  source: string
  year: number
  items: GoldItem[]
}

const fixtures = new URL('../../../fixtures/', import.meta.url)

/** Read a fixture's text and its gold. */
export function readFixture(name: string): {text: string; gold: Gold; path: string} {
  const path = new URL(name, fixtures)
  const text = readFileSync(path, 'utf8')
  const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), fixtures), 'utf8')) as Gold
  return {text, gold, path: path.pathname}
}

/**
 * Split a bulletin's text into item paragraphs the simple way (blank-line
 * paragraphs, from the first that starts like a dated item), for scoring the
 * extraction before `parseBulletin` exists.
 */
export function splitItems(text: string): string[] {
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const first = paragraphs.findIndex((paragraph) =>
    /^(?:On|In|From|During|Early|Mid|Late)\b.{0,40}\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+witnessed/.test(paragraph)
  )
  return first === -1 ? [] : paragraphs.slice(first)
}

/** Normalize a name for comparison: lower case, no leading “the”, no punctuation. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
}

/** True/false positive and false negative counts. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Add the set comparison of `predicted` against `expected` to `counts`. */
export function countSet(counts: Counts, predicted: Iterable<string>, expected: Iterable<string>): void {
  const got = new Set(predicted)
  const want = new Set(expected)
  for (const value of got) if (want.has(value)) counts.tp++
  else counts.fp++
  for (const value of want) if (!got.has(value)) counts.fn++
}

/** F1 of counts; 1 when there was nothing to find and nothing was found. */
export function f1(counts: Counts): number {
  const {tp, fp, fn} = counts
  if (tp + fp + fn === 0) return 1
  return (2 * tp) / (2 * tp + fp + fn)
}
