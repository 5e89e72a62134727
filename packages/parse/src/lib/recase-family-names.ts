// `Moussa SARR`, `Fatou Bintou NDIAYE`, `Jean-Baptiste KABORÉ`: a family name in capitals after a capitalized word
// (Latin letters, accented ones too; an apostrophe or a hyphen may join its capitals: `N'GUESSAN`, `OUÉDRAOGO-KABORÉ`).
// A pattern without Unicode classes: it runs over every item, and few items hold such a pair.
const candidate = /[A-Z][a-z\u00df-\u00ff]+ ([A-Z\u00c0-\u00de](?:[A-Z\u00c0-\u00de]|['’-](?=[A-Z\u00c0-\u00de]))+)(?![A-Za-z\u00c0-\u00ff\d’'(])/g
// The one to three given names before a family name, each capitalized (`Fatou Bintou `, `Jean-Baptiste `).
const givenNames = /(?<![\p{L}\p{M}\d’'-])((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s){1,3})$/u
// A name has a vowel; most acronyms of two or three letters have none or read as one word (`KRCS`, `NGO`).
const vowel = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]/u

/** What {@link recaseFamilyNames} asks of words. */
export interface NameWords {
  /** Whether a capitalized word may be a given name. */
  isGivenName(word: string): boolean
  /** Whether a word is a person's title (`Mme`, `Pr`, `coordinator`). */
  isTitle(word: string): boolean
  /** Whether a word in capitals is a known acronym, never a name (`MBE` after a name, `NGO`). */
  isAcronym(word: string): boolean
}

/**
 * Write family names that a text sets in capitals after given names, as French
 * and UN lists do (`Pr Moussa SARR`, `Mme Aminata DIALLO, coordinator of …`),
 * with a capital and small letters (`Sarr`, `Diallo`), so they are read as
 * names rather than acronyms of bodies. The text keeps its length and every offset.
 *
 * Only where a person is plainly named: a title before the given names (`Mme`,
 * `Pr`, `M.`), or a comma and a title after the family name. A word stays as it
 * is when the text uses it as an acronym anywhere (`(ROPPA)`, `of ROPPA`), or
 * when a word before it is no given name (a head, a title, a place).
 *
 * @param text Item text.
 * @param words What the caller knows of words (see {@link NameWords}).
 * @returns The text, such family names in small letters after their first.
 * @example
 *   recaseFamilyNames('Pr Moussa SARR opened it.', {isGivenName, isTitle, isAcronym}) // 'Pr Moussa Sarr opened it.'
 */
export function recaseFamilyNames(text: string, words: NameWords): string {
  const {isGivenName, isTitle, isAcronym} = words
  candidate.lastIndex = 0
  let result: string | undefined
  for (let match = candidate.exec(text); match; match = candidate.exec(text)) {
    const family = match[1]!
    const at = match.index + match[0].length - family.length
    if (family.length < 2 || !vowel.test(family) || isAcronym(family) || usedAsAcronym(text, family)) continue
    const given = givenNames.exec(text.slice(Math.max(0, at - 60), at))?.[1]
    if (given === undefined) continue
    // (A title may open the given names: `Pr Moussa SARR`, whose title is shaped as a name.)
    const names = given.trim().split(/\s/)
    let titled = isTitle(wordBefore(text, at - given.length))
    while (names.length > 0 && isTitle(names[0]!)) {
      names.shift()
      titled = true
    }
    if (names.length === 0 || !names.every(isGivenName)) continue
    if (!titled && !isTitle(wordAfterComma(text, at + family.length))) continue
    const recased = family[0] + family.slice(1).toLowerCase()
    // (Lower-casing keeps the length of these letters: no `İ` or `ẞ` among them.)
    if (recased.length !== family.length) continue
    result = (result ?? text).slice(0, at) + recased + (result ?? text).slice(at + family.length)
  }
  return result ?? text
}

/** The word that ends right before `at`, past one space (`Mme` in `Mme Aminata`). */
function wordBefore(text: string, at: number): string {
  const before = /(\S+)\s$/.exec(text.slice(Math.max(0, at - 30), at))
  return before?.[1] ?? ''
}

/** The word after a comma at `at` (`coordinator` in `, coordinator of …`), or `''`. */
function wordAfterComma(text: string, at: number): string {
  const after = /^,\s+(?:the\s+|a\s+|an\s+)?(\S+)/.exec(text.slice(at, at + 40))
  return after?.[1]?.replace(/[,.;:]$/, '') ?? ''
}

/** Whether a text writes a word as an acronym: in parentheses, or after `of`, `the` or `a`. */
function usedAsAcronym(text: string, word: string): boolean {
  return text.includes(`(${word})`) || text.includes(`of ${word}`) || text.includes(`the ${word}`) || text.includes(`The ${word}`)
}
