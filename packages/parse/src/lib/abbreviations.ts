/**
 * Titles and other words written short with a period that stays with the word
 * (`Dr. Chen`, `Gov. Bennett`, `Sra. Rojas`, `Pr. Traoré`, `Amb. Ortega`,
 * `Dott. Greco`, `Arq. Paz`, `Co.`, `Inc.`), lower case and without the period.
 * The tokenizer keeps their period in the word; no sentence ends after them.
 */
export const titleAbbreviations: readonly string[] = [
  'st', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'prof', 'co', 'inc', 'ltd', 'pvt', 'no',
  // Spanish, Portuguese and Italian titles (`Sra. Rojas`, `Lic. Pérez`, `Ing. Costa`, `Dott. Greco`, `Avv. Lombardo`, `Arq. Paz`).
  'sra', 'srta', 'dra', 'lic', 'ing', 'mtro', 'mtra', 'dott', 'avv', 'arq',
  // English, South Asian and Pacific titles (`Hon.`, `Eng.`, `Rev.`, `Smt.`, `Ven.`, `Cllr.`, `Er.` for an engineer).
  'hon', 'eng', 'rev', 'smt', 'ven', 'cllr', 'er',
  // French and German titles (`Pr. Traoré`, `Mme. Ndiaye`, `Fr. Girón`, `Mag.`).
  'pr', 'mme', 'fr', 'mag',
  // AP style's and the armed forces' (`Gov.`, `Sen.`, `Rep.`, `Lt. Gov.`, `Gen.`, `Col.`, `Capt.`, `Amb.`, `Supt.`, `Atty.`).
  'gov', 'sen', 'rep', 'lt', 'gen', 'col', 'capt', 'amb', 'supt', 'atty',
  // Nigerian and Ghanaian English's (`Engr. Musa`, `Barr. Okafor`, `Arc. Bello`, `Pharm. Nwosu`).
  'engr', 'barr', 'arc', 'pharm',
  // Central European academic degrees written before a name (`Mgr.`, `MUDr.`, `JUDr.`, `PhDr.`, `RNDr.`, `doc.`, `inż.`, `hab.`).
  'mgr', 'mudr', 'judr', 'phdr', 'rndr', 'doc', 'inż', 'hab'
]

/**
 * Initials of two letters that Mongolian, Russian and Central Asian names write for one sound (`Ts. Oyunchimeg`,
 * `Ch. Altantsetseg`, `Kh. Narantsetseg`, `Sh. Mirziyoyev`, `Zh. Baimukhanov`), lower case and without the period:
 * the tokenizer keeps their period in the word; no sentence ends after them. (Not `Yu` or `Ya`, which are also
 * Chinese family names that may end a sentence.)
 */
export const digraphInitials: readonly string[] = ['ts', 'ch', 'kh', 'sh', 'zh']

/**
 * Abbreviated given names that open a name as an initial does, lower case and without the period: Bangladesh's `Md.`
 * (Mohammad: `Md. Kamrul Hasan`). The tokenizer keeps their period in the word; no sentence ends after them.
 */
export const nameAbbreviations: readonly string[] = ['md']

/**
 * Words after which a period ends no sentence, lower case and without the
 * period: the titles above, two-letter initials, months (`Jan. 7th`), and `St. Petersburg`, `Mt.`,
 * `Ft.`, `No. 3`, `Nos.`, `vs.`, `etc.`, `Corp.`, `Dept.`, `Univ.`, `Vol.`,
 * `Fig.`, and approximations before a number (`Approx. 150`, `Ca. 40`).
 */
export const periodAbbreviations: ReadonlySet<string> = new Set([
  ...titleAbbreviations,
  ...digraphInitials,
  ...nameAbbreviations,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mt', 'ft', 'nos', 'vs', 'etc', 'corp', 'dept', 'univ', 'vol', 'fig', 'ca', 'approx'
])

/**
 * Whether a period after a place's initials or a company's legal form (`Washington D.C.`, `the U.S.`, `Acme Ltd.`)
 * ends the sentence too: the word after it opens sentences and never goes on with such a name (`… in Washington
 * D.C. The study …`).
 *
 * @param word The word before the period, without it (`D.C`, `Ltd`).
 * @param after The text after the period.
 * @returns `true` when the period ends the sentence.
 */
export function endsSentenceAfterAbbreviation(word: string, after: string): boolean {
  return (finalInitials.test(word) || legalForms.has(word.toLowerCase())) && sentenceOpener.test(after)
}

// `D.C`, `U.S`, `U.K`: a place's initials.
const finalInitials = /^(?:\p{Lu}\.)+\p{Lu}$/u
const legalForms: ReadonlySet<string> = new Set(['ltd', 'inc', 'co', 'corp', 'llc', 'plc'])
const sentenceOpener = /^["”’)]?\s+(?:The|This|These|It|Its|They|Their|He|She|We|Our|During|Since|About|More|Over|Some|Nearly|Around|Both|After)\s/
