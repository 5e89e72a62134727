import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** Path of a file in the repository’s `fixtures/` folder. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url))
}

/** The real bulletin’s text, as stored. */
export const fixtureText = readFileSync(fixturePath('sironet-2018-h1.txt'), 'utf8')

/** What each item of the real bulletin says, per `fixtures/GOLD-GUIDELINES.md`. */
export interface GoldItem {
  n: number
  lead: string
  date: {start: string; end: string | null; part: string | null} | null
}

/** The gold file of the real bulletin. */
export const gold = JSON.parse(readFileSync(fixturePath('sironet-2018-h1.gold.json'), 'utf8')) as {
  source: string
  year: number
  items: GoldItem[]
}
