import words from 'an-array-of-english-words/index.json' with {type: 'json'}

let dictionary: ReadonlySet<string> | undefined

// Words of today's development and civil-society English that the list lacks (`peacebuilding`, `crowdfunding`), so the
// run-together check does not split them (`peace building`).
const fieldWords = [
  'peacebuilding', 'peacebuilder', 'peacebuilders', 'silverwork', 'microfinance', 'policymaker', 'policymakers', 'coworking',
  'upcycling', 'crowdfunding', 'livestream', 'livestreamed', 'livestreaming', 'changemaker', 'changemakers', 'agrifood',
  'eyecare', 'foodbank', 'foodbanks', 'microcredit', 'microcredits', 'microloan', 'microloans', 'microenterprise', 'microenterprises'
]

/**
 * The English words of `an-array-of-english-words` (lower case) and a few of the field's it lacks, made into a
 * set on first use: the run-together check and the name rules share it.
 *
 * @returns The set of known words.
 */
export function getEnglishWords(): ReadonlySet<string> {
  dictionary ??= new Set([...words, ...fieldWords])
  return dictionary
}

/**
 * Whether a word is an English word in the dictionary, in any case
 * (`Development` is, `Kyushu` is not).
 *
 * @param word A word as written.
 * @returns `true` when its lower case is listed.
 */
export function isEnglishWord(word: string): boolean {
  return getEnglishWords().has(word.toLowerCase())
}
