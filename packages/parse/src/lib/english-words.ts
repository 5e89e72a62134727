import words from 'an-array-of-english-words/index.json' with {type: 'json'}

let dictionary: ReadonlySet<string> | undefined

/**
 * The English words of `an-array-of-english-words` (lower case), made into a
 * set on first use: the run-together check and the name rules share it.
 *
 * @returns The set of known words.
 */
export function getEnglishWords(): ReadonlySet<string> {
  dictionary ??= new Set(words)
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
