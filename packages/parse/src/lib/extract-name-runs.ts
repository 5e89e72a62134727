import {isCapitalized, type Token} from './extract-tokens.js'
import {findCountryCode} from './extract-countries.js'
import {findCityCountry} from './extract-gazetteer.js'
import {organizationHeads, patronymicParticles, portfolioWords} from './extract-vocabulary.js'

/** A run of capitalized words that may name something (`Ministry of Commerce`). */
export interface NameRun {
  /** Words of the run, connectors (`of`, `and`, `the`, `&`) included. */
  tokens: Token[]
  /** Acronym given in parentheses right after the run (example: `"WHO"`). */
  acronym?: string
  /** Index in the token list of the run's first token. */
  start: number
  /** Index in the token list of the token that follows the run. */
  next: number
  /**
   * Whether the parentheses after the run also give its name in another language, one with a noun that heads bodies'
   * names, beside its acronym (`Red Andina de Mujeres Rurales (RAMUR, Andean Network of Rural Women)`) (optional).
   */
  glossed?: boolean
}

/**
 * Whether a word joins capitalized words into one name: `of`, `for`, `and`, `the`,
 * `on`, `between`, `&`, and in names kept in French, Spanish, Portuguese, Italian or Dutch `de`, `di`, `do`,
 * `du`, `des`, `dos`, `das`, `la`, `le`, `del`, `dei`, `della`, `delle`, `dello`, `degli`, `van`, `von`, `da`,
 * `et`, `y`, `e`, `por`, `para`, `pour`, `per`, `für`, `con`, `bin`, `bint`, `und`, `voor`, Swahili `ya`, `wa`, `za`, `cha`,
 * Turkish `ve`, Malay `binti` and Filipino `dela`
 * (compared by length first: cheaper than hashing each token for a set).
 */
function isConnector(word: string): boolean {
  switch (word.length) {
    case 1:
      return word === '&' || word === 'y' || word === 'e'
    case 2:
      return (
        word === 'of' || word === 'on' || word === 'de' || word === 'di' || word === 'do' || word === 'du' || word === 'la' ||
        word === 'le' || word === 'da' || word === 'et' || word === 'ya' || word === 'wa' || word === 'za' || word === 've'
      )
    case 3:
      return (
        word === 'for' || word === 'and' || word === 'the' || word === 'des' || word === 'del' || word === 'van' || word === 'von' || word === 'bin' ||
        word === 'dos' || word === 'das' || word === 'dei' || word === 'por' || word === 'per' || word === 'für' || word === 'con' ||
        word === 'und' || word === 'cha'
      )
    case 4:
      return word === 'pour' || word === 'para' || word === 'voor' || word === 'bint' || word === 'dela'
    case 5:
      return word === 'della' || word === 'delle' || word === 'dello' || word === 'degli' || word === 'binti'
    case 7:
      return word === 'between'
    default:
      return false
  }
}
// Heads of bodies hosted at a university, named with it (`Confucius Institute at …`, `Confucius Classroom at …`).
const hostedHeads = /^(?:Institutes?|Classrooms?|Centres?|Centers?)$/
// (Confucius Institutes and language centres: `Russian Language Centre at Heilongjiang University`.)
const hostedKinds = /^(?:Confucius|Language)$/
const hostHeads = /^(?:University|Universidad|Universidade|Université|Università|College|Academy|School|Polytechnic)$/

/**
 * Where the `)` is of parentheses holding a name and an acronym with a comma between, in either order, from `from`
 * (their first word), at most twelve words long; `-1` when they hold something else.
 */
function otherNameAndAcronym(tokens: Token[], from: number): number {
  const acronymFirst = acronymInParentheses.test(tokens[from]!.text) && tokens[from + 1]?.text === ','
  for (let index = from + 1; index < tokens.length && index < from + 14; index++) {
    const token = tokens[index]!
    if (token.text === ')') {
      if (index - from < 3) return -1
      if (acronymFirst) return isCapitalized(tokens[from + 2]!) ? index : -1
      return tokens[index - 2]!.text === ',' && acronymInParentheses.test(tokens[index - 1]!.text) ? index : -1
    }
    if (token.text === '(' || token.text === '.' || token.text === ';') return -1
  }
  return -1
}

/** Whether capitalized words from `from` (`of` among them) name a country (`Kyrgyz Republic`, `Republic of Korea`). */
function namesCountry(tokens: Token[], from: number): boolean {
  let name = ''
  for (let index = from; index < tokens.length && index < from + 5; index++) {
    const token = tokens[index]!
    if (!isCapitalized(token) && token.text !== 'of') return false
    name = name === '' ? token.text : `${name} ${token.text}`
    if (token.text !== 'of' && findCountryCode(name) !== undefined) return true
  }
  return false
}

/** Whether the words from `from` (after `the`) are capitalized and name a university or a school before their end. */
function namesHost(tokens: Token[], from: number): boolean {
  let index = tokens[from]?.text === 'the' ? from + 1 : from
  for (let words = 0; index < tokens.length && words < 8; index++, words++) {
    const token = tokens[index]!
    if (hostHeads.test(token.text)) return true
    if (!isCapitalized(token) && !isConnector(token.text)) return false
  }
  return false
}

// Heads after which `in …` / `to …` is part of the name (`Embassy of Nepal in China`).
const locatedHeads = /^(?:embassy|embassies|consulate|office|delegation|mission|representative|branch|bureau)$/i
// Articles of names kept in French, Spanish or Italian (`Mujeres por la Igualdad`), after a connector.
// (And of Dutch and German names: `van den Berg`, `von der Leyen`.)
// (And Portuguese ones: `Associação Angolana para o Desenvolvimento Comunitário`.)
const articles: ReadonlySet<string> = new Set(['la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'den', 'der', 'o', 'os', 'as'])
// An elided article glued to a capitalized word (`l’Environnement`, `d’Ivoire`).
const elided = /^[ldLD]['’]\p{Lu}/u
const localBody = /^(?:Provincial|Municipal|Prefectural|County)$/
const missionHeads = /^(?:Missions?|Delegations?)$/
const representative = /^Representatives?$/
const monthAbbreviations: ReadonlySet<string> = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'])
const underHeads = /^(?:President|Government|Cabinet|Ministry|Prime|State|Council|Office)$/
const monthWords: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
// (With single lower-case letters for small words too: `WfC` for `Women for Change`, `CoNGO`.)
const acronymInParentheses = /^\p{Lu}(?:[\p{Lu}\d&-]|\p{Ll}(?!\p{Ll}))*\p{Lu}[\p{Lu}\d&-]*$/u

// Heads of bodies named in French, whose names go on in lower case: `Agence française de développement`,
// `Conseil régional de Nouvelle-Aquitaine`, `Programme National de Lutte contre le Paludisme`.
const frenchHeads =
  /^(?:Agence|Organisation|Conseil|Réseau|Fédération|Coopérative|Université|Institut|Banque|Société|Fondation|Comité|Ministère|Direction|Programme|Inspection|Caisse|Mutuelle|Collectif|Observatoire|Chambre|Confédération|Syndicat|Groupement|Union|Centre|Association|Office|Plateforme|Maison|École|Secrétariat|Commission|Délégation|Alliance|Fonds)$/
// Small words of French names (`Lutte contre le Paludisme`, `Québec à Montréal`).
const frenchSmallWords: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'contre', 'à', 'au', 'aux', 'sur', 'en'])
// A French word in lower case: with an accent, or a French ending (`française`, `internationale`, `régional`, `mondiales`).
const frenchWord =
  /^(?:[a-zàâçéèêëîïôûùüÿœ'’-]*[àâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ'’-]*|[a-z]{2,}(?:ment|tion|ique|aire|ale|elle|ienne|aise|ance|ence|eur|euse|ive|isme|al|el|ien|ais|if)s?)$/
// Most lower-case words a French body's name goes on with before it ends.
const maxFrenchWords = 8

/** Whether a token is a lower-case word of a French body's name (a small word, or a French word). */
function isFrenchLower(token: Token | undefined): boolean {
  return token !== undefined && !isCapitalized(token) && (frenchSmallWords.has(token.text) || frenchWord.test(token.text))
}

/**
 * How far a French body's name goes on in lower case from `from` (`française de développement`), when it then
 * ends (a comma, a period, parentheses with its acronym) or goes on with a capitalized word (`de Nouvelle-Aquitaine`);
 * `from` when it does not. Small words never end it (`… de la` before a verb).
 */
function readFrenchTail(tokens: Token[], from: number): {end: number; goesOn: boolean} {
  let look = from
  while (look < tokens.length && look - from < maxFrenchWords && isFrenchLower(tokens[look]) && tokens[look]!.start - tokens[look - 1]!.end <= 1) look++
  const stop = tokens[look]
  if (stop !== undefined && (isCapitalized(stop) || elided.test(stop.text)) && stop.start - tokens[look - 1]!.end <= 1) return {end: look, goesOn: true}
  let end = look
  while (end > from && frenchSmallWords.has(tokens[end - 1]!.text)) end--
  const ends = stop === undefined || stop.text === '(' || stop.text === ',' || stop.text === '.' || stop.text === ';' || stop.text === ')'
  return ends && end === look ? {end, goesOn: false} : {end: from, goesOn: false}
}

// Small words that join the words of a city's name (`Dar es Salaam`, `Aix en Provence`, `Ras al Khaimah`).
const cityParticles: ReadonlySet<string> = new Set(['es', 'el', 'al', 'en', 'sur', 'am', 'an', 'upon', 'ul', 'ud', 'as', 'ad', 'ash'])

/** Whether the word at `at` is a small word of a city's name: the word before, it and the word after name a city. */
function isCityParticle(tokens: Token[], at: number): boolean {
  const word = tokens[at]
  const before = tokens[at - 1]
  const after = tokens[at + 1]
  if (!word || !before || !after || !cityParticles.has(word.text) || !isCapitalized(before) || !isCapitalized(after)) return false
  if (word.start - before.end > 1 || after.start - word.end > 1) return false
  return findCityCountry(`${before.text} ${word.text} ${after.text}`) !== undefined
}

/** Whether a token is a month's name or its abbreviation. */
function isMonthToken(token: Token | undefined): boolean {
  return token !== undefined && (monthWords.has(token.text) || monthAbbreviations.has(token.text))
}

const weekdayNames: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])

/** Whether text starts with an ASCII digit (cheaper than a regular expression on every token). */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

const ministries = /^(?:Ministry|Ministries|Department)$/
const yearOnly = /^(?:19|20)\d\d$/
const openingQuote = /^["“]$/
const closingQuote = /^["”]$/

/** Whether a quotation mark at `at` opens a nickname: one capitalized word, the closing mark, then a capitalized word. */
function isNickname(tokens: Token[], at: number): boolean {
  const word = tokens[at + 1]
  const close = tokens[at + 2]
  const after = tokens[at + 3]
  return (
    word !== undefined && close !== undefined && after !== undefined && isCapitalized(word) && closingQuote.test(close.text) && isCapitalized(after) &&
    word.start === tokens[at]!.end && close.start === word.end && after.start - close.end <= 1 && tokens[at]!.start - tokens[at - 1]!.end <= 1
  )
}
const legalFormWithPoint = /^(?:Ltd|Inc|Co|Corp|LLC|PLC|Pvt|Bhd)\.$/
// Words that open sentences.
const sentenceOpeners: ReadonlySet<string> = new Set([
  'The', 'This', 'These', 'Those', 'That', 'It', 'Its', 'In', 'On', 'At', 'From', 'During', 'Since', 'After', 'Before', 'As',
  'When', 'While', 'There', 'They', 'He', 'She', 'We', 'Our', 'Their', 'His', 'Her', 'A', 'An', 'Both', 'Over', 'More', 'Some'
])
// Bodies whose names go on after `with` or `against` (`Association for Friendship with …`, `League against …`).
const bodiesWithComplement = /(?:association|federation|society|council|league|alliance|coalition|campaign|foundation|union)$/i

/** Whether a token is a capitalized portfolio word (`Youth`, `Sport`). */
function isPortfolioWord(token: Token | undefined): boolean {
  return token !== undefined && isCapitalized(token) && portfolioWords.has(token.text.toLowerCase())
}

/**
 * Whether the words from `from` go on with a list of portfolios ending in `and` one more
 * (`Youth and Sport`, `Youth, Culture and Sport`), each a capitalized portfolio word.
 */
function listsPortfolio(tokens: Token[], from: number): boolean {
  let index = from
  for (let words = 0; index < tokens.length && words < 8; words++) {
    if (!isPortfolioWord(tokens[index])) return false
    const next = tokens[index + 1]
    if (next?.text === 'and' || next?.text === '&') return isPortfolioWord(tokens[index + 2])
    index += next?.text === ',' ? 2 : 1
  }
  return false
}

/**
 * Whether the one capitalized word at `at` closes a name that `in` joins to `run`: an
 * acronym in parentheses follows it and its letters are the initials of the run's
 * capitalized words and of that word (`… Center in China (IPRCC)`), not of the run alone.
 */
function spellsPlaceToo(run: Token[], tokens: Token[], at: number): boolean {
  const place = tokens[at]
  if (place === undefined || !isCapitalized(place) || tokens[at + 1]?.text !== '(' || tokens[at + 3]?.text !== ')') return false
  const acronym = tokens[at + 2]!.text
  if (acronym.length < 3 || !acronymInParentheses.test(acronym)) return false
  let letters = ''
  for (const token of run) if (isCapitalized(token) && token.text !== 'The') letters += token.text.charAt(0)
  // (With the `I` of `in` too: `Coast Women in Development (CWID)`.)
  return `${letters}${place.text.charAt(0)}` === acronym || `${letters}I${place.text.charAt(0)}` === acronym
}

/**
 * Find runs of capitalized words, joined by lower-case connectors (`of`,
 * `and`, `the` …), with an acronym given in parentheses right after them.
 *
 * @param tokens Tokens of one item.
 * @returns Runs in order.
 */
export function findNameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (!isCapitalized(token) && !startsWithDigit(token.text)) {
      index++
      continue
    }
    const run: Token[] = [token]
    let cursor = index + 1
    // Where a lower-case end read so far ends, which is kept: a French name's words (`… de développement`) or a
    // Turkic patronymic's particle (`Malika Rustam qizi`).
    let lowerEnd = 0
    while (cursor < tokens.length) {
      const current = tokens[cursor]!
      const adjacent = current.start === tokens[cursor - 1]!.end || current.start - tokens[cursor - 1]!.end <= 1
      if (!adjacent) break
      // `… Pharma Ltd. Since its launch`: after a company's legal form and its point, a word that opens sentences opens
      // the next one (after a title's point it may be a family name: `Dr. He Ping`).
      if (sentenceOpeners.has(current.text) && legalFormWithPoint.test(tokens[cursor - 1]!.text)) break
      // `Sichuan Minjiang Hydro Engineering Co., Ltd.`: a company's two legal forms with a comma between are one name.
      if (current.text === ',' && run.at(-1)!.text === 'Co.' && tokens[cursor + 1]?.text === 'Ltd.') {
        run.push(current, tokens[cursor + 1]!)
        cursor += 2
        continue
      }
      // (And `Hashmi Engineering Services (Pvt.) Ltd.`: the first in parentheses.)
      if (current.text === '(' && tokens[cursor + 1]?.text === 'Pvt.' && tokens[cursor + 2]?.text === ')' && tokens[cursor + 3]?.text === 'Ltd.') {
        run.push(current, tokens[cursor + 1]!, tokens[cursor + 2]!, tokens[cursor + 3]!)
        cursor += 4
        continue
      }
      if (isCapitalized(current) || (startsWithDigit(current.text) && run.length > 0 && isCapitalized(tokens[cursor + 1] ?? current))) {
        run.push(current)
        cursor++
        continue
      }
      if (isConnector(current.text) || (current.text === 'The' && run.at(-1)?.text === 'of')) {
        // A connector joins only when a capitalized word follows it (maybe after `the`).
        let look = cursor + 1
        while (look < tokens.length && (tokens[look]!.text === 'the' || tokens[look]!.text === 'The' || articles.has(tokens[look]!.text))) look++
        const after = tokens[look]
        // (Not `on` or `in` before a month: `… University on June 17` is a date after the name; so is `on 24th June`.)
        // (Nor `on Thursday`.)
        const dateAfter = (current.text === 'on' || current.text === 'in') && after !== undefined && (isMonthToken(after) || weekdayNames.has(after.text) || (startsWithDigit(after.text) && isMonthToken(tokens[look + 1])))
        // (Nor a year alone: `the work plan of the Association for 2017`.)
        const yearAfter = after !== undefined && yearOnly.test(after.text) && !isCapitalized(tokens[look + 1] ?? after)
        if (after && !dateAfter && !yearAfter && (isCapitalized(after) || startsWithDigit(after.text) || elided.test(after.text)) && !(current.text === 'the' && run.at(-1)?.text !== 'of' && run.at(-1)?.text !== 'and' && run.at(-1)?.text !== 'for')) {
          for (let i = cursor; i <= look; i++) run.push(tokens[i]!)
          cursor = look + 1
          continue
        }
        break
      }
      // `Ministry of Education, Youth and Sport`: a portfolio listed with commas stays in the ministry's name.
      if (current.text === ',' && run.some((t) => ministries.test(t.text)) && listsPortfolio(tokens, cursor + 1)) {
        run.push(current)
        cursor++
        continue
      }
      // `Center for Strategic Studies under the President of Tajikistan`, `Agency under the Government of …`: a body
      // under the head of a state or its government names it so.
      if (current.text === 'under' && tokens[cursor + 1]?.text === 'the' && underHeads.test(tokens[cursor + 2]?.text ?? '') && run.length > 1) {
        run.push(current, tokens[cursor + 1]!)
        cursor += 2
        continue
      }
      // `Association for Friendship with Foreign Countries`, `Colombian League against Cancer`.
      if ((current.text === 'with' || current.text === 'against') && isCapitalized(tokens[cursor + 1] ?? current) && run.some((t) => bodiesWithComplement.test(t.text))) {
        run.push(current)
        cursor++
        continue
      }
      // (`Cuban Institute of Friendship with the Peoples`: `with the` after `Friendship`.)
      if (current.text === 'with' && run.at(-1)!.text === 'Friendship' && tokens[cursor + 1]?.text === 'the' && isCapitalized(tokens[cursor + 2] ?? current)) {
        run.push(current, tokens[cursor + 1]!)
        cursor += 2
        continue
      }
      // `Confucius Institute at the National University of Laos`: Confucius Institutes and language centres are named by
      // their host university (other centres at a university are bodies of their own: `… Research Centre at Makerere University`).
      if (current.text === 'at' && hostedHeads.test(run.at(-1)!.text) && hostedKinds.test(run.at(-2)?.text ?? '') && namesHost(tokens, cursor + 1)) {
        run.push(current)
        cursor++
        if (tokens[cursor]?.text === 'the') run.push(tokens[cursor++]!)
        continue
      }
      // `International Poverty Reduction Center in China (IPRCC)`: the acronym spells the place too.
      if (current.text === 'in' && spellsPlaceToo(run, tokens, cursor + 1)) {
        run.push(current, tokens[cursor + 1]!)
        cursor += 2
        continue
      }
      // (Not for a local government's body, named by its province or city already: `Hunan Provincial … Office in Changsha`;
      // only the last of bodies joined by `and` is read: `… Provincial Association … and the Embassy of Ecuador in China`.)
      // (Once: `… in the Kyrgyz Republic in Bishkek` says where the embassy is, then where the event was.)
      // (A representative `of` a body is a person's title, not an office: `Chief Representative of Caritas Poland in China`.)
      const body = run.slice(run.findLastIndex((t) => t.text === 'and') + 1)
      if ((current.text === 'in' || current.text === 'to') && body.some((t, i) => locatedHeads.test(t.text) && !(representative.test(t.text) && body[i + 1]?.text === 'of')) && !body.some((t) => localBody.test(t.text) || t.text === 'in')) {
        const after = tokens[cursor + 1]
        if (after && isCapitalized(after) && !monthWords.has(after.text)) {
          run.push(current, after)
          cursor += 2
          continue
        }
        // (`Permanent Mission of Kazakhstan to the United Nations`: `to the` before a body's name.)
        const named = tokens[cursor + 2]
        // (Not a title's: `Permanent Representative of Argentina to the United Nations Office` names a person.)
        if (current.text === 'to' && after?.text === 'the' && named && isCapitalized(named) && !monthWords.has(named.text) && body.some((t) => missionHeads.test(t.text))) {
          run.push(current, after, named)
          cursor += 3
          continue
        }
        // (`Embassy of Japan in the Kyrgyz Republic`: `in the` before a country whose name takes the article.)
        if (after?.text === 'the' && named && isCapitalized(named) && namesCountry(tokens, cursor + 2)) {
          run.push(current, after, named)
          cursor += 3
          continue
        }
      }
      // `Siriporn "Nok" Chaiyaporn`: a nickname in quotation marks between a given and a family name goes on with the name.
      if (openingQuote.test(current.text) && run.length >= 1 && isNickname(tokens, cursor)) {
        run.push(current, tokens[cursor + 1]!, tokens[cursor + 2]!, tokens[cursor + 3]!)
        cursor += 4
        continue
      }
      // `Elchin Tofiq oglu Huseynov`, `Aibek Kadyr uulu`: a Turkic patronymic's particle goes on with the name.
      if (run.length >= 2 && patronymicParticles.has(current.text)) {
        if (isCapitalized(tokens[cursor + 1] ?? current) && tokens[cursor + 1]!.start - current.end <= 1) {
          run.push(current, tokens[cursor + 1]!)
          cursor += 2
          continue
        }
        // (Or ends it, as Uzbek names do: `Malika Rustam qizi`, `Jasur Akmal o'g'li`.)
        run.push(current)
        cursor++
        lowerEnd = run.length
        break
      }
      // `University of Dar es Salaam`: a small word inside a city's name (`es`, `al`, `en`) goes on with the name.
      if (isCityParticle(tokens, cursor)) {
        run.push(current, tokens[cursor + 1]!)
        cursor += 2
        continue
      }
      // `Inspection d'Académie`: an elided article glued to a capitalized word goes on with the name.
      if (elided.test(current.text)) {
        run.push(current)
        cursor++
        continue
      }
      // `Agence française de développement (AFD)`, `Conseil régional de Nouvelle-Aquitaine`: a body named in French.
      if (isFrenchLower(current) && body.some((t) => frenchHeads.test(t.text))) {
        const tail = readFrenchTail(tokens, cursor)
        if (tail.end > cursor) {
          for (let i = cursor; i < tail.end; i++) run.push(tokens[i]!)
          cursor = tail.end
          lowerEnd = run.length
          if (tail.goesOn) continue
        }
      }
      break
    }
    while (run.length > Math.max(1, lowerEnd) && !isCapitalized(run.at(-1)!) && !startsWithDigit(run.at(-1)!.text) && !elided.test(run.at(-1)!.text)) {
      run.pop()
      cursor--
    }
    const named: NameRun = {tokens: run, start: index, next: cursor}
    const open = tokens[cursor]
    const inner = tokens[cursor + 1]
    const close = tokens[cursor + 2]
    // (Full-width parentheses too, as a Chinese keyboard types them: `（YPAFFC）`.)
    if ((open?.text === '(' || open?.text === '（') && inner && (close?.text === ')' || close?.text === '）') && acronymInParentheses.test(inner.text)) {
      named.acronym = inner.text
      named.next = cursor + 3
    } else if (open?.text === '(' && inner && close && tokens[cursor + 3]?.text === ')' && run[0]!.text === inner.text && acronymInParentheses.test(close.text)) {
      // `Africa Centres for Disease Control and Prevention (Africa CDC)`: the name's first word and an acronym.
      named.acronym = `${inner.text} ${close.text}`
      named.next = cursor + 4
    } else if (open?.text === '(' && inner && isCapitalized(inner)) {
      // `Polish Humanitarian Forum (Polskie Forum Humanitarne, PFH)`, `Red Andina de Mujeres Rurales (RAMUR, Andean
      // Network of Rural Women)`: the name in another language and the acronym, a comma between; the name in
      // parentheses is the same body's.
      const closeAt = otherNameAndAcronym(tokens, cursor + 1)
      if (closeAt !== -1) {
        const acronymFirst = acronymInParentheses.test(inner.text) && close?.text === ','
        named.acronym = acronymFirst ? inner.text : tokens[closeAt - 1]!.text
        const other = acronymFirst ? tokens.slice(cursor + 3, closeAt) : tokens.slice(cursor + 1, closeAt - 2)
        if (other.some((word) => organizationHeads.has(word.text.toLowerCase()))) named.glossed = true
        named.next = closeAt + 1
      }
    }
    runs.push(named)
    index = named.next
  }
  return runs
}
