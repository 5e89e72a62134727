/**
 * Recurring programmes and bodies that bulletins report on, with the wording
 * that names them. A tag is a slug; the table is small on purpose and documented
 * in `docs/extraction.md`.
 */
export const tagPatterns: ReadonlyArray<readonly [string, RegExp]> = Object.freeze([
  ['belt-and-road', /\bBelt\s+and\s+Road\b|\bOne\s+Belt,?\s+One\s+Road\b|\bB&R\b/i],
  ['silk-road', /\bSilk\s+Road\b/i],
  ['sco', /\bSCO\b|\bShanghai\s+Cooperation\s+Organi[sz]ation\b/],
  ['brics', /\bBRICS\b/],
  ['apec', /\bAPEC\b|\bAsia-Pacific\s+Economic\s+Cooperation\b/],
  ['asean', /\bASEAN\b/],
  ['g20', /\bG20\b|\bG-20\b/],
  ['united-nations', /\bUN\b|\bUnited\s+Nations\b/],
  ['unesco', /\bUNESCO\b/],
  ['unicef', /\bUNICEF\b/],
  ['who', /\bWHO\b|\bWorld\s+Health\s+Organi[sz]ation\b/],
  ['undp', /\bUNDP\b|\bUnited\s+Nations\s+Development\s+Programme\b/],
  ['unep', /\bUNEP\b|\bUnited\s+Nations\s+Environment\s+Programme\b/],
  ['unido', /\bUNIDO\b|\bUnited\s+Nations\s+Industrial\s+Development\s+Organi[sz]ation\b/],
  ['unv', /\bUNV\b|\bUnited\s+Nations\s+Volunteers\b/],
  ['ecosoc', /\bECOSOC\b|\bEconomic\s+and\s+Social\s+Council\b/],
  ['human-rights-council', /\bHuman\s+Rights\s+Council\b/],
  ['european-union', /\bEuropean\s+Union\b/],
  ['african-union', /\bAfrica(?:n)?\s+Union\b/],
  ['china-ceec', /\bCEEC\b|\b16\+1\b|\b17\+1\b/],
  ['focac', /\bFOCAC\b|\bForum\s+on\s+China-Africa\s+Cooperation\b/],
  ['south-south-cooperation', /\bSouth-South\s+Cooperation\b/i],
  ['agenda-2030', /\b2030\s+Agenda\b|\bSustainable\s+Development\s+Goals\b|\bSDGs\b/i],
  ['olympics', /\bOlympic(?:s|\s+Games)?\b/],
  ['sironet', /\bSIRONET\b|\bSilk\s+Road\s+NGO\s+Cooperation\s+Network\b/]
])

/**
 * Read the tags of an item: the slugs of the recurring programmes and bodies
 * of {@link tagPatterns} that it names, in table order.
 *
 * @param text Item text.
 * @returns Tag slugs (example: `['belt-and-road', 'sco']`).
 * @example
 *   extractTags('the first SCO Women’s Forum under the “Belt and Road”') // ['belt-and-road', 'sco']
 */
export function extractTags(text: string): string[] {
  // One pass finds the words that start some pattern; a pattern is tried only where its word
  // occurs (sticky there), or once over the whole text when its word may stand inside a match.
  let found: boolean[] | undefined
  triggers.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = triggers.exec(text)) !== null) {
    for (const index of patternsOf.get(match[0].toLowerCase())!) {
      if (found?.[index]) continue
      const sticky = stickyPatterns[index]
      let matched: boolean
      if (sticky) {
        sticky.lastIndex = match.index
        matched = sticky.test(text)
      } else matched = tagPatterns[index]![1].test(text)
      if (matched) (found ??= new Array<boolean>(tagPatterns.length).fill(false))[index] = true
    }
  }
  if (found === undefined) return []
  const tags: string[] = []
  for (let index = 0; index < tagPatterns.length; index++) if (found[index]) tags.push(tagPatterns[index]![0])
  return tags
}

// The words each pattern's alternatives open with, at a word start (lower case): a pattern can match only where one
// stands (but see `wholeTextTags`).
const hints: ReadonlyArray<readonly string[]> = [
  ['belt', 'b&r'],
  ['silk'],
  ['sco', 'shanghai'],
  ['brics'],
  ['apec', 'asia-pacific'],
  ['asean'],
  ['g20', 'g-20'],
  ['un', 'united'],
  ['unesco'],
  ['unicef'],
  ['who', 'world'],
  ['undp', 'united'],
  ['unep', 'united'],
  ['unido', 'united'],
  ['unv', 'united'],
  ['ecosoc', 'economic'],
  ['human'],
  ['european'],
  ['africa', 'african'],
  ['ceec', '16+1', '17+1'],
  ['focac', 'forum'],
  ['south-south'],
  ['2030', 'sustainable', 'sdgs'],
  ['olympic', 'olympics'],
  ['sironet', 'silk']
]
// Patterns with an alternative that does not open with one of their words (`One Belt, One Road`):
// these are tested over the whole text, the others only at their words.
const wholeTextTags: ReadonlySet<string> = new Set(['belt-and-road'])
const stickyPatterns = tagPatterns.map(([tag, pattern]) => (wholeTextTags.has(tag) ? undefined : new RegExp(pattern.source, `${pattern.flags}y`)))
// Each word of `hints`, with the patterns it starts.
const patternsOf = new Map<string, number[]>()
hints.forEach((words, index) => {
  for (const word of words) patternsOf.set(word, [...(patternsOf.get(word) ?? []), index])
})
const escape = (hint: string) => hint.replace(/[+&-]/g, (char) => `\\${char}`)
const triggers = new RegExp(`\\b(?:${[...new Set(hints.flat())].sort((a, b) => b.length - a.length).map(escape).join('|')})(?!\\w)`, 'gi')
