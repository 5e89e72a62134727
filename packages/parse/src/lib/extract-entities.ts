import type {OrganizationRef, PersonRef} from '@sironet/model'
import {findCountryCode, precedesAndInCountryName} from './extract-countries.js'
import {findCityCountry, findRegionCountry} from './extract-gazetteer.js'
import {findNameRuns, type NameRun} from './extract-name-runs.js'
import {isEnglishWord} from './english-words.js'
import {recaseFamilyNames} from './recase-family-names.js'
import {isAcronym, isCapitalized, tokenize, type Token} from './extract-tokens.js'
import {WordCache} from './word-cache.js'
import {eventNouns, headFirstHeads, isTitleHeadWord, monthNames, organizationHeads, patronymicParticles, personNouns, portfolioWords, titleHeads, titleWords, weakHeads} from './extract-vocabulary.js'

/** Organizations and people named in an item, with where their names are. */
export interface Entities {
  /** Organizations in order of first mention, each once. */
  organizations: OrganizationRef[]
  /** People in order of first mention, each once. */
  people: PersonRef[]
  /** Character ranges `[start, end)` of organization names in the text. */
  organizationSpans: Array<[number, number]>
}

// Capitalized words that start sentences and clauses, never names.
const leadingNoise = new Set([
  'the', 'this', 'these', 'those', 'that', 'it', 'its', 'in', 'on', 'at', 'from', 'during', 'both', 'via', 'besides',
  'with', 'under', 'themed', 'centering', 'focusing', 'meanwhile', 'according', 'since', 'after', 'before', 'as',
  'when', 'while', 'among', 'including', 'such', 'sponsored', 'jointly', 'organized', 'representatives', 'responsible',
  'members', 'media', 'celebrities', 'participating', 'presidents', 'counterparts', 'activities', 'there', 'they',
  'he', 'she', 'we', 'our', 'their', 'his', 'her', 'a', 'an', 'by', 'to', 'for', 'of', 'and', 'also', 'late', 'early',
  'mid', 'some', 'more', 'nearly', 'over', 'about', 'around', 'all', 'each', 'every', 'through', 'upon', 'within',
  'adopting', 'attending', 'hosted', 'supported', 'together', 'based', 'so', 'far', 'besides',
  'local', 'volunteers', 'experts', 'scholars', 'us', 'do', 'then', 'now', 'former', 'via', 'led', 'headed',
  'visiting', 'delegates', 'officials', 'guests', 'participants'
])
// Heads whose names hold their city (`Rotary Club of Colombo`, `Catholic Archdiocese of Port Moresby`).
const cityInName = /^(?:Clubs?|Archdiocese|Diocese|Church|Churches|Association|Council|Society)$/
// (And the kinds of universities named by their city: `Technical University of Munich`, `Medical University of Vienna`.)
const genericStart = /^(?:Municipal|People’s|People's|Provincial|City|County|State|National|Central|Local|Regional|Foreign|Standing|Permanent|Technical|Medical|Agricultural|Pedagogical|Catholic)$/
const orgStarters = new Set([
  'international', 'global', 'national', 'world', 'united', 'royal', 'federal', 'central', 'municipal', 'provincial',
  'state', 'the'
])
/** Letters written after a person's name (`MEP`, `MP`, `OBE`). */
const postNominals: ReadonlySet<string> = new Set(['MEP', 'MP', 'OBE', 'CBE', 'MBE', 'KBE', 'PhD'])
const groupings = new Set([
  'BRICS', 'CEEC', 'G20', 'G7', 'G77', 'NGO', 'NGOs', 'ANO', 'NPO', 'IT', 'AI', 'ICD', 'OK', 'TV', 'GDP', 'SME', 'SMEs', 'PM', 'AM', 'II', 'III', 'IV',
  // Diseases, subjects and kinds of things, not bodies (`TB cases`, `STEM classes`, `PPE kits`), and letters after names.
  'TB', 'HIV', 'AIDS', 'COVID', 'SARS', 'NCD', 'NCDs', 'WASH', 'PPE', 'SDG', 'SDGs', 'STEM', 'ICT', 'LED', 'GPS', 'MBA', 'CEO', 'CPR',
  ...postNominals
])

// Words one of which a list of bodies needs (`media such as …`): one cheap scan before the costly one.
const listCue = /such\s+as|namely|including/i
// Shared `g` patterns read with `exec` loops (nothing inside a loop uses the same pattern), not
// `matchAll`, which copies the pattern on every call.
// (In straight quotation marks too, paired in order, short and within a line: `under the theme "Partnership for
// Recovery"`; not a spreadsheet's cell in quotation marks.)
const quotedPhrase = /“[^“”]*”|"[^"\n]{1,100}"/g
const listOpening = /\b(?:media|newspapers|outlets|broadcasters|companies|enterprises|firms|corporations|organi[sz]ations|institutions|agencies|NGOs|universities|businesses|partners|sponsors)\b[^.;:“”]{0,40}?\b(?:such\s+as|namely|including)\s+/gi

// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
// `Byrne`, and with one capital after an apostrophe or `Mc`/`Mac` (`O'Sullivan`, `McAllister`).
// (After an Arabic article too: `al-Rawashdeh`.)
const nameWord = /^(?:[ae]l-|\p{Lu}[’']|Ma?c)?\p{Lu}[\p{Ll}\p{M}’'-]+$/u
const hyphenatedName = /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)+$/u
const quotedTitle = /[“"]((?:\p{Lu}[\p{L}’'-]*|and|of|the|for|&)(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|the|for|&)){0,5})[”"]\s?$/u
const startsUpper = /^\p{Lu}/u
// (Or a Mongolian or Russian two-letter one: `Ts.`, `Ch.`, `Kh.`, `Sh.`, `Zh.`; see `digraphInitials`; or Bangladesh's `Md.`,
// see `nameAbbreviations`; or several in one word, as Sinhala and Bangladeshi names write them: `W.A.D. Perera`,
// `S.M. Nilufar Yasmin`.)
const initial = /^(?:(?:\p{Lu}|Ts|Ch|Kh|Sh|Zh)\.){1,4}$|^Md\.$/u
// Initials after a surname: `I.V.`, `R.Kh.`, `A.`.
const initialsAfter = /^(?:\p{Lu}\p{Ll}?\.){1,3}$/u
const compoundHead = /\p{L}{3}(?:orchester|werk|verein|verband|stiftung|gesellschaft|museum|akademie|hochschule|zentrum)$/u
// A nationality (`Belarusian`, `Kenyan`, `Nepalese`, `Polish`).
const demonym = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u
const startsUpperOrDigit = /^[\p{Lu}\d]/u
const capitalizedWord = /^\p{Lu}\p{Ll}+$/u
// A Korean given name of two syllables, joined by a hyphen (`Ji-hoon`, `Young-ho`, `Min-jun`).
const koreanGivenName = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u
// (A given name may be hyphenated: `Jean-Baptiste`.)
const givenNameWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u
const familyNameInCapitals = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u
const numberAfter = /^\s?(?:[$€£¥]\s?)?\d/
const amountBefore = /(?:\d|\b(?:million|billion|thousand))\s$/
const datelineAfter = /^(?:\s\p{Lu}{2,})*,\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u

const lower = (token: Token) => token.text.toLowerCase()
// (`churches` → `church`, `businesses` → `business`.)
const singular = (word: string) =>
  word.endsWith('ies') ? `${word.slice(0, -3)}y` : sibilantPlural.test(word) ? word.slice(0, -2) : word.endsWith('s') ? word.slice(0, -1) : word
const sibilantPlural = /(?:ch|sh|ss|x)es$/

// What each word is, computed once per distinct word (bounded cache).
const head = 1
const weak = 2
const titleHead = 4
const title = 8
const event = 16
const noise = 32
const month = 64
const nameShape = 128
const link = 256
const linkWord = 512
const leadingLink = 1024
const plainHead = 2048
const calendar = 4096
const law = 8192
const headFirst = 16384
const flagCache = new WordCache<number>()
const possessiveAcronym = /^\p{Lu}{2,}[’']s$/u
const groupSize = /^\d+-(?:member|person|people|strong)$/
// A phrase naming a post, then its comma, right before a name (`the rector of the university, `, `the Cultural
// Counsellor of the Embassy of China in Peru, `): from a clause's start, without another comma.
const postBefore =
  /(?:^|[,;(]\s*|\b(?:and|by|with|as)\s+)(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}(?:counsellor|counselor|rector|vice-rector|president|vice-president|director|director-general|chair|chairman|chairwoman|chairperson|secretary-general|ambassador|minister|mayor|governor|coordinator|founder|dean|consul|consul-general|head)\b[^,;.()]{0,60},\s*$/iu
const meetingAfter = /^(?:meeting|meetings|session|sessions)$/
const legalAbbreviation = /^(?:ltd|inc|corp|llc|plc|pvt)\.$/
function flags(word: string): number {
  let value = flagCache.get(word)
  if (value !== undefined) return value
  const low = word.toLowerCase()
  const one = singular(low)
  const last = low.split('-').at(-1)!
  const lastOne = singular(last)
  value = 0
  // (German and Dutch heads end compound words too: `Jugendorchester`, `Hilfswerk`, `Rijksmuseum`.)
  if (organizationHeads.has(last) || organizationHeads.has(lastOne) || (last.length > 8 && compoundHead.test(last))) value |= head
  if (weakHeads.has(low) || weakHeads.has(one)) value |= weak
  if (isTitleHeadWord(low) || titleHeads.has(one)) value |= titleHead | title
  if (titleWords.has(low)) value |= title
  if (eventNouns.has(low) || eventNouns.has(one)) value |= event
  if (leadingNoise.has(low)) value |= noise
  if (monthNames.has(low)) value |= month
  if (nameWord.test(word) || hyphenatedName.test(word)) value |= nameShape
  // The small word lists too, so each token's lookups end in one cached number.
  if (links.has(word)) value |= link
  if (linkWords.has(word)) value |= linkWord
  if (leadingLinks.has(word)) value |= leadingLink
  if (organizationHeads.has(low)) value |= plainHead
  if (calendarNouns.has(word)) value |= calendar
  if (lawNouns.has(word)) value |= law
  if (headFirstHeads.has(low)) value |= head | plainHead | headFirst
  // `Ltd.`, `Inc.`: a company's legal form, abbreviated with its point (the tokenizer keeps the point).
  if (legalAbbreviation.test(low)) value |= head | plainHead
  return flagCache.set(word, value)
}
const tokenFlags = (token: Token) => (token.flags ??= flags(token.text))
const isHead = (token: Token) => (tokenFlags(token) & head) !== 0
const isWeakHead = (token: Token) => (tokenFlags(token) & weak) !== 0
const isTitleHead = (token: Token) => (tokenFlags(token) & titleHead) !== 0
const isTitleWord = (token: Token) => (tokenFlags(token) & title) !== 0
const isEvent = (token: Token) => (tokenFlags(token) & event) !== 0
const isNoiseOrMonth = (token: Token) => (tokenFlags(token) & (noise | month)) !== 0
const isMonth = (token: Token) => (tokenFlags(token) & month) !== 0
// (And `für`, `voor` of German and Dutch names: `Deutsche Gesellschaft für Inklusion und Teilhabe`.)
const links = new Set(['of', 'for', 'on', 'in', 'to', 'against', 'Against', 'für', 'voor'])
const isLink = (token: Token) => (tokenFlags(token) & link) !== 0
const placeCache = new WordCache<boolean>()
function isPlaceName(name: string): boolean {
  let value = placeCache.get(name)
  if (value === undefined) {
    value = findCountryCode(name) !== undefined || findCityCountry(name) !== undefined || findRegionCountry(name) !== undefined
    placeCache.set(name, value)
  }
  return value
}

/** Kinds of pieces a capitalized run splits into. */
type Piece =
  | {kind: 'org'; tokens: Token[]; acronym?: string; ofLinked?: boolean}
  | {kind: 'title'; tokens: Token[]}
  | {kind: 'name'; tokens: Token[]}
  | {kind: 'person'; tokens: Token[]}
  | {kind: 'other'; tokens: Token[]}

// `trainers`, `CYLI trainers`, `The trainers were`, `Delegates`: a plural noun for people (maybe then `were` or
// `included`), right before a full name.
const pluralRole = /(?:^|[^\p{L}])(\p{L}+s)(?:\s+(?:were|are|included|include))?\s+$/u

/** Whether a plural noun for people (`trainers`, `delegates`, `speakers`) stands right before a name. */
function pluralRoleBefore(before: string): boolean {
  const word = pluralRole.exec(before)?.[1]?.toLowerCase()
  return word !== undefined && personNouns.has(word) && !word.endsWith('ss')
}

/**
 * Whether a token is a noun for one person or a title written in lower case (`the pianist`, `led by coordinator`,
 * `AGYN chair`), after which a full name is that person's.
 */
function isPersonRole(role: Token | undefined): boolean {
  return role !== undefined && role.word && isPersonRoleWord(role.text)
}

/** Whether a word in lower case is a noun for one person or a title (`pianist`, `coordinator`, `curator`, `chair`). */
function isPersonRoleWord(word: string): boolean {
  return word.charCodeAt(0) >= 97 && (personNouns.has(word) || isTitleHeadWord(word)) && !word.endsWith('s')
}

// The item text `findEntities` reads, for `segment`'s look past a run's end (see `countryFollows`).
let itemText = ''
const universityHeads = /^(?:University|College|Academy|Conservatory|Polytechnic)$/
// A comma and what follows up to the next mark (`, South Africa`).
const commaThenWords = /^,\s*([^,.;:()]{2,40}?)\s*(?:[,.;:()]|$)/

/** Whether a comma and a country's name follow offset `end` of the item text (`… of Johannesburg, South Africa`). */
function countryFollows(end: number): boolean {
  const words = commaThenWords.exec(itemText.slice(end, end + 44))?.[1]
  return words !== undefined && findCountryCode(words) !== undefined
}

/**
 * Find the organizations and people an item names, by splitting runs of
 * capitalized words at job titles and coordinations, keeping those headed by an
 * organization noun (`Association`, `Ministry of …`), and reading people from
 * title patterns (`Vice President Zhang Mingqi`, `Wang Hongyan, Vice President of …`).
 *
 * @param text Item text.
 * @returns Organizations, people, and organization spans.
 */
export function findEntities(source: string): Entities {
  // (Names are read with family names in capitals recased, and written as the source writes them.)
  const text = recaseFamilyNames(source, {isGivenName, isTitle: isTitleText, isAcronym: isKnownAcronym})
  itemText = text
  const tokens = tokenize(text)
  const runs = findNameRuns(tokens)
  const slice = (part: Token[]) => source.slice(part[0]!.start, part.at(-1)!.end)
  const organizations: OrganizationRef[] = []
  const organizationSpans: Array<[number, number]> = []
  const people: PersonRef[] = []
  const seenPeople = new Set<string>()

  const addOrganization = (part: Token[], acronym?: string) => {
    let name = slice(part).replace(/^the\s+/i, '')
    // `“Belt and Road” International Alliance`: a quoted title-case phrase right before a name begins it.
    const quoteAt = part[0]!.start - (/\s/.test(text[part[0]!.start - 1] ?? '') ? 2 : 1)
    // (Not before a name complete without it: `“Silk Road Family” Nepal-China Friendship Hospital`.)
    const quotedLead = (text[quoteAt] === '”' || text[quoteAt] === '"') && !(startsWithPlace(part) && isOrganization(part)) && quotedTitle.exec(text.slice(Math.max(0, part[0]!.start - 60), part[0]!.start))
    if (quotedLead && startsUpper.test(quotedLead[1]!)) {
      const start = part[0]!.start - quotedLead[0].length
      name = text.slice(start, part.at(-1)!.end)
      organizationSpans.push([start, part[0]!.start])
    }
    const closing = name.at(-1)
    if (closing === '’' || closing === "'") name = name.replace(/[’']$/, (quote) => (/s$/.test(name.slice(0, -1)) ? quote : ''))
    // (`ABI’s`: an acronym in the possessive is the acronym.)
    if (possessiveAcronym.test(name)) name = name.slice(0, -2)
    // `Public Foundation "Taza Suu"`: a generic legal form, then the body's own name in quotation marks.
    // `Kyrgyz National Agrarian University named after K.I. Skryabin`, `Thai Rice Foundation under Royal Patronage`: the person it is
    // named after, or its patronage, is in its name.
    const after = text.slice(part.at(-1)!.end, part.at(-1)!.end + 80)
    const quotedName =
      (isLegalForm(part) ? quotedNameAfter.exec(after) : null) ?? (isStrongHead(part.at(-1)!) ? (namedAfter.exec(after) ?? underPatronage.exec(after)) : null)
    if (quotedName) {
      name += quotedName[0]
      organizationSpans.push([part.at(-1)!.end, part.at(-1)!.end + quotedName[0].length])
      // `Regional Public Organization "Eurasian Friendship Society" (REFS)`: the acronym after the quoted name is the body's.
      const quoteEnd = part.at(-1)!.end + quotedName[0].length
      const own = acronymAfterQuote.exec(text.slice(quoteEnd, quoteEnd + 14))
      if (own) {
        acronym ??= own[1]
        organizationSpans.push([quoteEnd, quoteEnd + own[0].length])
      }
    }
    organizationSpans.push([part[0]!.start, part.at(-1)!.end])
    // A name known in another case is the same body (compared in place: no lower-case copy per name).
    let known: OrganizationRef | undefined
    for (let index = 0; index < organizations.length && !known; index++) {
      if (equalInLowerCase(organizations[index]!.name, name)) known = organizations[index]
    }
    known ??= organizations.find((org) => org.acronym === name)
    // `Social Welfare Council` after `Social Welfare Council of Nepal`: a short mention of a body named in full.
    known ??= organizations.find((org) => org.name.length > name.length + 4 && org.name.startsWith(name) && /^ (?:of|in) /.test(org.name.slice(name.length, name.length + 4)))
    // `The Red Cross chapter in Cebu` after `Philippine Red Cross`: the name without its country or nationality.
    known ??= organizations.find((org) => org.name.endsWith(` ${name}`) && isPlaceWord(org.name.slice(0, -name.length - 1)))
    // `Royal University of Phnom Penh` after `Royal University` (read without the city a country followed): the same
    // body, now named in full.
    if (!known) {
      const shorter = organizations.find((org) => name.startsWith(`${org.name} of `) && universityHeads.test(org.name.slice(org.name.lastIndexOf(' ') + 1)))
      if (shorter) {
        shorter.name = name
        known = shorter
      }
    }
    if (known) {
      if (acronym && !known.acronym) known.acronym = acronym
      return known
    }
    const org: OrganizationRef = acronym ? {name, acronym} : {name}
    organizations.push(org)
    return org
  }
  // Where people's names are written: a capitalized family name in one (`Mr. SATO Kenji`) is no acronym.
  const personSpans: Array<[number, number]> = []
  const addPerson = (part: Token[], titles: string[], organization?: string) => {
    // (`Engineers, mayors and NGO workers …`: a noun for people opening a sentence names no one.)
    if (part.length === 1 && personNouns.has(lower(part[0]!))) return
    personSpans.push([part[0]!.start, part.at(-1)!.end])
    // `M. Mamadou Diallo`: before a given name and a family name, `M.` is the French `Monsieur`, not an initial
    // (`M. Batbold`, one name after it, stays an initial).
    if (part.length >= 3 && part[0]!.text === 'M.' && givenNameWord.test(part[1]!.text) && capitalizedWord.test(part[2]!.text)) {
      titles = ['M.', ...titles]
      part = part.slice(1)
    }
    // `Hon'ble Mayor Sri Ramesh Kulkarni`: after a title, South Asian English's `Sri` (`Shri`) is one more (alone, it is
    // a given name: `Sri Wahyuni`).
    // (So is Pakistani English's `Ch.`, for Chaudhry, before a full name: `Ch. Naveed Akhtar`; before one name it is a
    // Mongolian initial, `Ch. Altantsetseg`.)
    // (After Indonesian `Ibu` or `Bapak`, `Sri` is a given name: `Ibu Sri Rahayu Lestari`.)
    const southAsianSri = titles.length > 0 && !indonesianHonorifics.has(titles.at(-1)!) && (part[0]!.text === 'Sri' || part[0]!.text === 'Shri')
    if ((southAsianSri && part.length >= 3) || (part.length >= 3 && part[0]!.text === 'Ch.')) {
      titles = [...titles, part[0]!.text]
      part = part.slice(1)
    }
    const name = slice(part)
    const key = name.toLowerCase()
    if (seenPeople.has(key)) return
    // Named again by surname: last in most names (`Ustinov`), first in Chinese ones (`Ms. Wen` after `Wen Shuqin`).
    const suffix = ` ${key}`
    const prefix = `${key} `
    const oneWord = part.length === 1
    for (const seen of seenPeople) if (seen.endsWith(suffix) || (oneWord && seen.startsWith(prefix))) return
    seenPeople.add(key)
    const person: PersonRef = {name}
    if (titles.length > 0) person.titles = titles
    if (organization) person.organization = organization
    people.push(person)
  }

  // Names inside quotation marks are of events and programmes (`“Silk Road Friend” schools`).
  const quoted: Array<[number, number]> = []
  if (text.includes('“') || text.includes('"')) {
    quotedPhrase.lastIndex = 0
    for (let match = quotedPhrase.exec(text); match; match = quotedPhrase.exec(text)) quoted.push([match.index, match.index + match[0].length])
  }
  const isQuoted = (token: Token) => quoted.some(([start, end]) => token.start > start && token.end < end)

  // `media such as Tass of Russia, The Indian Express`: names listed after a noun for bodies are bodies.
  const lists: Array<[number, number]> = []
  // Most items list no bodies: look for the list words only when a list cue is there, and from
  // near the first cue (a match is a noun of at most 13 letters, 40 characters, then a cue).
  const cue = listCue.exec(text)
  if (cue) {
    listOpening.lastIndex = Math.max(0, cue.index - 60)
    for (let match = listOpening.exec(text); match; match = listOpening.exec(text)) {
      const start = match.index + match[0].length
      const rest = text.slice(start)
      const stop = rest.search(/[.;:](?:\s|$)|\s(?:were|was|are|is|have|has|had|presented|attended|took|participated|discussed|signed)\b/)
      lists.push([start, stop === -1 ? text.length : start + stop])
    }
  }
  const inList = (token: Token) => lists.some(([start, end]) => token.start >= start && token.end <= end)

  const insideOrganizationSpan = (start: number, end: number) => {
    for (const span of organizationSpans) if (start >= span[0] && end <= span[1]) return true
    return false
  }

  /** Add to the spans of bodies' names the parentheses at `index`, after a closing quotation mark (at most five tokens inside). */
  const coverParenthesesAfter = (index: number) => {
    let open = index
    if (tokens[open]?.text === '"' || tokens[open]?.text === '”') open++
    if (tokens[open]?.text !== '(') return
    for (let close = open + 1; close < tokens.length && close <= open + 6; close++) {
      if (tokens[close]!.text === ')') {
        organizationSpans.push([tokens[open]!.start, tokens[close]!.end])
        return
      }
    }
  }

  // `Tan Sri Abdul Rahman Yusof`, `Dato' Sri Lim Chee Keong`: Malaysia's titles of two words, then a full name.
  if (text.includes(' Sri ') || text.includes(' Seri ')) {
    malayCompoundTitle.lastIndex = 0
    for (let match = malayCompoundTitle.exec(text); match; match = malayCompoundTitle.exec(text)) {
      const start = match.index + match[0].length
      const first = tokens.findIndex((token) => token.start === start)
      if (first === -1) continue
      let end = first
      while (end < tokens.length && end < first + 5 && (capitalizedWord.test(tokens[end]!.text) || malayNameLinks.has(tokens[end]!.text))) end++
      while (end > first && malayNameLinks.has(tokens[end - 1]!.text)) end--
      if (end - first >= 2) addPerson(tokens.slice(first, end), [match[1]!.replace(/\s+/g, ' ')])
    }
  }

  // `Udruženje građana Most prijateljstva (UGMP)`, `Centar za kulturnu diplomatiju (CKD)`: a name in another language,
  // its words in lower case after the first, whose acronym in parentheses spells it (small words left out). No run of
  // capitals holds it, so it is read here, from the acronym back.
  if (text.includes('(')) {
    for (let index = 0; index < tokens.length; index++) {
      const acronym = readAcronymInParentheses(tokens, index)
      if (acronym === undefined) continue
      const from = findSpelledName(tokens, index, acronym)
      // (After a capitalized word the name may begin earlier than its acronym does, `Deutsche Gesellschaft für
      // Internationale Zusammenarbeit (GIZ)`: the runs read it. Not after a word in capitals: `the Belgian NGO …`.)
      const before = tokens[from === undefined ? 0 : from - 1]
      if (from === undefined || (from > 0 && before!.word && startsUpper.test(before!.text) && !allCapitals.test(before!.text))) continue
      const part = tokens.slice(from, index)
      if (insideOrganizationSpan(part[0]!.start, part.at(-1)!.end) || isQuoted(part[0]!)) continue
      addOrganization(part, acronym)
      coverParenthesesAfter(index)
    }
  }

  // `Seidenstraßen-Dialog e.V. (SSD)`, `Leipziger Musikbrücke gGmbH`: a German legal form after capitalized words (and
  // the small words of German names) closes a body's name, whatever its words.
  if (germanLegalFormHint.test(text)) {
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!
      if (!germanLegalForms.has(token.text)) continue
      let from = index
      while (from > 0 && from > index - 9 && isGermanNameWord(tokens[from - 1]!)) from--
      while (from < index && !startsUpper.test(tokens[from]!.text)) from++
      if (from === index || insideOrganizationSpan(tokens[from]!.start, token.end) || isQuoted(tokens[from]!)) continue
      addOrganization(tokens.slice(from, index + 1), readAcronymInParentheses(tokens, index + 1))
      coverParenthesesAfter(index + 1)
    }
  }

  const acronymTokens: Token[] = []
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!
    let part = run.tokens
    // `… Organization "Center for Support of the Russian Language" (ANO CSRL)`: a run inside the name of a body
    // read before (its own name in quotation marks) is part of that name.
    if (insideOrganizationSpan(part[0]!.start, part.at(-1)!.end)) {
      // (So is what stands in parentheses right after that name: `(ANO CSRL)`.)
      coverParenthesesAfter(run.next)
      continue
    }
    // `Red Andina de Mujeres Rurales (RAMUR, Andean Network of Rural Women)`, `Fundación Semillas del Sur (Seeds of the
    // South Foundation)`: a name whose parentheses give it in another language, as a body, is a body's, and the name in
    // the parentheses is the same body's (unless the name is a person's or a place's: `Nino Beridze (… Network)`).
    const glossOf = readGloss(r)
    if (glossOf !== undefined) {
      const own = trimThe(glossOf.tokens)
      // (A name with an acronym is no person's; its acronym starts where it does.)
      const fits = glossOf.acronym === undefined ? !isNameLike(own, true) : glossOf.acronym.charAt(0).toUpperCase() === own[0]!.text.charAt(0).toUpperCase()
      if (own.length > 0 && fits && !isPlaceName(joinWords(own)) && findCountryCode(joinWords(own)) === undefined) {
        if (!insideOrganizationSpan(own[0]!.start, own.at(-1)!.end) && !segment(own, glossOf.acronym).some((piece) => piece.kind === 'org')) {
          addOrganization(own, glossOf.acronym)
        }
        if (glossOf !== run) {
          organizationSpans.push([part[0]!.start, part.at(-1)!.end])
          continue
        }
      }
    }
    // `… Belarusian Union of Women O.N. Kovalenko`, `A.V. Petrov`: initials, then a family name, ending a run name a
    // person (as Russian and South Asian English write names after a title and its body).
    const initialsAt = part.length >= 2 ? part.length - 2 : -1
    if (initialsAt >= 0 && initialsToken.test(part[initialsAt]!.text) && familyName.test(part.at(-1)!.text) && !isHead(part.at(-1)!) && !leadingNoise.has(lower(part.at(-1)!))) {
      let from = initialsAt
      while (from > 0 && initialsToken.test(part[from - 1]!.text)) from--
      // (After a title alone, `Mr. B. Batbold`, the title's own reading takes the name.)
      if (from === 0 || !part.slice(0, from).every((token) => isTitleWord(token) || isTitleText(token.text))) {
        addPerson(part.slice(from), [])
        if (from === 0) continue
        part = part.slice(0, from)
      }
    }
    // `a Primary School of Moby Town`: after `a`, capitals describe, they do not name.
    const previous = tokens[run.start - 1]
    // `the environmental group Arnika`, `the Dutch organisation Both ENDS`: a name right after a noun for a body.
    // (`the local NGO Women for Change (WfC)`: the noun may be an acronym that opens the run.)
    // (Not when the acronym is the name's own word: `NGO Committee of ECOSOC`.)
    const quotedRun = isQuoted(part[0]!)
    // `the Association „Romski put“`, `Foundation "Nova šansa"`: a legal form alone, then the body's own name in quotation marks.
    const bare = part.length === 2 && (part[0]!.text === 'The' || part[0]!.text === 'the') ? part.slice(1) : part
    if (!quotedRun && bare.length === 1 && isStrongHead(bare[0]!) && !isPluralHead(bare[0]!) && quotedNameAfter.test(text.slice(bare[0]!.end, bare[0]!.end + 80))) {
      addOrganization(bare)
      continue
    }
    // `the Georgian NGO "Children First"`: a nationality, a legal form's acronym, then the body's own name in quotation marks.
    if (!quotedRun && part.length === 2 && legalFormAcronyms.has(part[1]!.text) && isPlaceWord(part[0]!.text) && quotedNameAfter.test(text.slice(part[1]!.end, part[1]!.end + 80))) {
      addOrganization(part.slice(1))
      continue
    }
    // `funded by Norad`, `a grant from Comic Relief`, `with the support of Oxfam GB`, `representatives of Save the
    // Children`: names after words of giving or backing are of bodies (each of a list joined by `and`).
    if (!quotedRun && previous !== undefined && sponsorLastWords.has(previous.text) && sponsorBefore.test(text.slice(Math.max(0, part[0]!.start - 40), part[0]!.start))) {
      // (`Save the Children`: a name with `the` inside spans two runs.)
      const joined = tokens[run.next]?.text === 'the' && runs[r + 1]?.start === run.next + 1 ? [...part, tokens[run.next]!, ...runs[r + 1]!.tokens] : undefined
      const whole = joined && splitSponsors(joined) ? joined : part
      const names = splitSponsors(whole)
      // (Not an abbreviation: `the support of the Deptt. of Health`.)
      if (names && !(whole.length === 1 && tokens[run.next]?.text === '.' && /^\p{Ll}/u.test(tokens[run.next + 1]?.text ?? ''))) {
        for (const name of names) addOrganization(name, name === part ? run.acronym : undefined)
        if (whole === joined) r++
        continue
      }
    }
    if (!quotedRun && part.length > 1 && bodyNouns.has(part[0]!.text) && isAcronym(part[0]!.text) && isNamedByNoun(part.slice(1)) && !part.slice(1).some(isHead)) {
      addOrganization(part.slice(1), run.acronym)
      continue
    }
    // `The head of the delegation Anna Vladimirovna Kiseleva`, `the chairperson of the commission Irina Sergeevna Volkova`:
    // a title, `of the` and a common noun for a body or its organ, then the person.
    if (!quotedRun && previous !== undefined && organNouns.has(previous.text) && tokens[run.start - 2]?.text === 'the' && tokens[run.start - 3]?.text === 'of' && isTitleHead(tokens[run.start - 4] ?? previous) && isNameLike(part, true)) {
      addPerson(part, [])
      continue
    }
    if (!quotedRun && previous !== undefined && bodyNouns.has(previous.text) && isNamedByNoun(part)) {
      // `Executive Director of the foundation Almazbek Toktogulov`: after a title and its body, the person.
      const titleAt = tokens[run.start - 3]?.text === 'of' && tokens[run.start - 2]?.text === 'the' ? run.start - 4 : -1
      if (titleAt >= 0 && isTitleHead(tokens[titleAt]!) && isNameLike(part, true)) {
        let from = titleAt
        while (from > 0 && isTitleWord(tokens[from - 1]!)) from--
        addPerson(part, [text.slice(tokens[from]!.start, tokens[titleAt]!.end)])
        continue
      }
      addOrganization(part)
      for (const token of part) if (isAcronym(token.text)) acronymTokens.push(token)
      continue
    }
    if (part.length === 1 && tokens[run.next]?.text !== ',' && !inList(part[0]!)) {
      // One word alone, not before a comma nor in a list, is skipped below after one check: whether
      // it is an acronym standing alone (unless it opens a clause). Most runs are such words.
      const only = part[0]!
      // `ANO «Center of Social Initiatives»`: a legal form's acronym, then the body's own name in quotation marks.
      // (Not the short form in parentheses after the full name: `Autonomous Non-Profit Organization "Green Siberia" (ANO "Green Siberia")`.)
      // (Nor a short form of a body named in full before: `… of ANO "Green Siberia"` after `Autonomous Non-Profit Organization "Green Siberia"`.)
      // (But a person's affiliation in parentheses is a body: `Nino Beridze (NGO "Caucasus Volunteer Network", Georgia)`.)
      const shortForm = previous?.text === '(' && organizationSpans.some((span) => span[1] === tokens[run.start - 2]?.end)
      const ownName = legalFormAcronyms.has(only.text) && !shortForm ? quotedNameAfter.exec(text.slice(only.end, only.end + 80))?.[0].trim() : undefined
      if (ownName !== undefined && !organizations.some((org) => org.name.endsWith(ownName))) addOrganization(part)
      // (Its quoted name then names no body of its own.)
      else if (ownName !== undefined) organizationSpans.push([only.end, only.end + 1 + ownName.length])
      else if (isAcronym(only.text) && (!isNoiseOrMonth(only) || isQuoted(only) || previous?.text === 'a' || previous?.text === 'an')) acronymTokens.push(only)
      // `MYVN's partner in Myanmar`: an acronym in the possessive names its body.
      // (Not `FINCA’s` after `FINCA Uganda`: the first word of a body named before.)
      else if (possessiveAcronym.test(only.text) && !organizations.some((org) => org.name.startsWith(`${only.text.slice(0, -2)} `))) {
        acronymTokens.push({...only, text: only.text.slice(0, -2), end: only.end - 2})
      }
      // (A body's whole name in one hyphenated word is a body: `the Körber-Stiftung`.)
      else if (only.text.includes('-') && isHyphenatedName(only) && !isQuoted(only)) addOrganization(part)
      continue
    }
    if (isQuoted(part[0]!) || (previous && (previous.text === 'a' || previous.text === 'an'))) {
      for (const token of part) if (isAcronym(token.text)) acronymTokens.push(token)
      continue
    }
    if ((part[0]!.text === 'The' || part[0]!.text === 'the') && part.length > 1) part = part.slice(1)
    // (`Far Eastern Federal University`: `Far` opens `Far East` names.)
    // (`the 30-member Tisza Folk Dance Ensemble`: the group's size is no part of its name.)
    else while (part.length > 0 && (isNoiseOrMonth(part[0]!) || groupSize.test(part[0]!.text) || isNumberOrOrdinal(part[0]!.text, false) && isMonth(part[1] ?? part[0]!)) && !(part[0]!.text === 'Far' && part[1]?.text.startsWith('East'))) {
      part = part.slice(1)
      while (part.length > 0 && !startsUpperOrDigit.test(part[0]!.text)) part = part.slice(1)
    }
    if (part.length === 0) continue
    // `Mr Pieter de Graaf MEP`: letters after a name are no part of it.
    if (part.length > 2 && postNominals.has(part.at(-1)!.text)) part = part.slice(0, -1)
    // `the Thai NGO Mekong Community Institute`: a nationality and a noun for a body describe the name after them.
    if (isDescribedByNationality(part, run.acronym)) part = part.slice(2)
    // `Uganda’s Ministry of Water and Environment`: the country’s possessive is not in the body’s name.
    if (part.length > 2 && isCountryPossessive(part[0]!.text)) part = part.slice(1)
    // `the local NGO Association Jeunesse et Développement (AJD)`: the acronym says where the name begins.
    // (Not a head that takes the acronym's body as its complement: `Office of the United Nations High Commissioner for Refugees (UNHCR)`.)
    // (Nor a describing word of the name: `Australian Department of Foreign Affairs and Trade (DFAT)`.)
    if (run.acronym !== undefined && part.length > 2 && isAcronym(part[0]!.text) && initials(joinWords(part)) !== run.acronym && initials(joinWords(part.slice(1))) === run.acronym && !(isHead(part[0]!) && part[1]!.text === 'of')) {
      // (The acronym left out may name a body of its own: `YPAFFC and the Lao-China Friendship Association (LCFA)`.)
      acronymTokens.push(part[0]!)
      part = part.slice(1)
    }
    for (const token of part) if (isAcronym(token.text)) acronymTokens.push(token)
    // `Law of the People’s Republic of China on … Organizations`: the title of a law names no body.
    if ((tokenFlags(part[0]!) & law) !== 0 && (part[1]?.text === 'of' || part[1]?.text === 'on')) continue
    // `Ambassador to Mongolia Chai Wenrui`: a title, `to` and a country, then the person.
    const envoy = readEnvoy(part, run.start)
    if (envoy) {
      addPerson(envoy.name, [envoy.title])
      continue
    }
    const follow = tokens[run.next]
    // `the Red Cross societies of Laos`: a kind of body named before a plural head in lower case, not one body.
    if (follow !== undefined && isLowerPluralHead(follow) && !isQuoted(part[0]!)) continue
    // `the 22th Governing Council meeting of AYVN`: a body's organ named right before `meeting` or `session` names the
    // meeting (no place, acronym or body of its own in it).
    if (follow !== undefined && meetingAfter.test(follow.text) && part.length <= 3 && part.every((token) => !isPlaceName(token.text) && !isAcronym(token.text) && !isPlaceWord(token.text))) continue
    // One word alone names a body or a person only beside a title or in a list (most are sentence openers).
    if (part.length === 1 && follow?.text !== ',' && !inList(part[0]!)) continue
    // `… and Chris Wood, Envoy of …`: a name closing a run, with its title after the comma.
    let andAt = part.length - 1
    while (andAt >= 0 && part[andAt]!.text !== 'and') andAt--
    // (Not English words before `, and Mr. …`, whose title is the next person's: `… Bureau of Finance and Economic
    // Development, and Mr. Birhanu Kassa, President of …`.)
    const fieldBeforeNext = tokens[run.next + 1]?.text === 'and' && part.slice(andAt + 1).every((token) => isEnglishWord(token.text))
    if (follow?.text === ',' && andAt > 0 && part.length - andAt - 1 >= 2 && !fieldBeforeNext && isNameLike(part.slice(andAt + 1))) {
      const appositive = readAppositive(run.next + 1)
      if (appositive) {
        emit(segment(part.slice(0, andAt)))
        addPerson(part.slice(andAt + 1), appositive.titles, appositive.organization)
        continue
      }
    }
    // `the Library of Beijing Foreign Studies University`: a university's library is a part of it; the body is the university.
    if (part.length > 2 && part[0]!.text === 'Library' && part[1]!.text === 'of' && isOrganization(part.slice(2))) part = part.slice(2)
    // `Bryansk (Russian Federation)`: a country's name is no body, though its last word heads bodies' names.
    // (Looked up only for a short run that ends in such a word: most runs are not.)
    if (part.length > 1 && part.length <= 5 && isHead(part.at(-1)!) && findCountryCode(joinWords(part)) !== undefined) continue
    const pieces = segment(part, run.acronym)
    // `The International School of Young Leaders of Central Asia took place …`: a name a sentence opens with and says
    // took place, read whole as one body, is an event's (a body after its `of` is still one: `… Conference of World
    // Tourism Cities Federation was held`).
    if (
      run.acronym === undefined && pieces.length === 1 && pieces[0]!.kind === 'org' && heldAfter.test(text.slice(part.at(-1)!.end, part.at(-1)!.end + 30)) &&
      sentenceOpensBefore.test(text.slice(Math.max(0, run.tokens[0]!.start - 6), run.tokens[0]!.start))
    ) continue
    // `… and Sergei Baranov of the Irkutsk Oblast Public Chamber addressed …`, `Syed Hassan Raza of the PCPF gave away the
    // trophy`: a full name, `of`, then the person's body, named or by its acronym.
    // (A family name that is no English word: not `Medical Superintendent of …`, `Consultative Status of …`.)
    const ofAt = part.findIndex((token) => token.text === 'of')
    if (ofAt > 1 && isNameLike(part.slice(0, ofAt)) && !isEnglishWord(part[ofAt - 1]!.text)) {
      const afterOf = trimThe(part.slice(ofAt + 1))
      const body: {tokens: Token[]; acronym?: string | undefined} | undefined =
        afterOf.length === 1 && isAcronym(afterOf[0]!.text) && !isPlaceName(afterOf[0]!.text)
          ? {tokens: afterOf}
          : pieces.length === 2 && pieces[0]!.kind === 'other' && pieces[0]!.tokens.length === ofAt && pieces[1]!.kind === 'org'
            ? pieces[1]!
            : undefined
      if (body) {
        const org = addOrganization(body.tokens, body.acronym)
        addPerson(part.slice(0, ofAt), [], org.name)
        continue
      }
    }
    // `trainers Aibek Sydykov and Rūta Kazlauskienė`, `The trainers were … and …`: two full names after a plural noun for
    // people, joined by `and`.
    const pairAt = part.findIndex((token) => token.text === 'and')
    if (pairAt >= 2 && part.length - pairAt - 1 >= 2 && part.length <= 9 && pluralRoleBefore(text.slice(Math.max(0, part[0]!.start - 40), part[0]!.start))) {
      const first = part.slice(0, pairAt)
      const second = part.slice(pairAt + 1)
      if (isNameLike(first, true) && isNameLike(second, true)) {
        addPerson(first, [])
        addPerson(second, [])
        continue
      }
    }

    // `Wang Hongyan, Vice President of …`: a name-like run followed by a comma and a title.
    if (pieces.length === 1 && pieces[0]!.kind !== 'org' && follow?.text === ',' && isNameLike(part)) {
      const appositive = readAppositive(run.next + 1)
      if (appositive) {
        addPerson(part, appositive.titles, appositive.organization)
        continue
      }
      // `Akhuwat, founded in 2001,`, `Arnika, a Czech environmental group,`, `Tigist, a health worker,`.
      const described = readDescription(run.next + 1)
      if (described === 'body') addOrganization(part)
      else if (described === 'person') addPerson(part, [])
      if (described) continue
    }
    if (pieces.every((piece) => piece.kind === 'name' || piece.kind === 'other') && inList(part[0]!) && part.length <= 7) {
      let added = false
      const groups: Token[][] = [[]]
      for (const token of part) {
        if (token.text === 'and' || token.text === '&') groups.push([])
        else groups.at(-1)!.push(token)
      }
      for (let name of groups) {
        name = trimThe(name)
        const ofAt = name.findIndex((token) => token.text === 'of')
        if (ofAt > 0 && isPlaceName(name.slice(ofAt + 1).map((token) => token.text).join(' '))) name = name.slice(0, ofAt)
        if (name.length === 0 || name.length > 4 || /^\d/.test(name[0]!.text)) continue
        const written = name.map((token) => token.text).join(' ')
        if (isPlaceName(written) || monthNames.has(written.toLowerCase())) continue
        if (name.every((token) => isAcronym(token.text) || isHead(token) || isTitleWord(token) || isEvent(token))) continue
        addOrganization(name)
        added = true
      }
      if (added) continue
    }
    // `WWF Nepal`, `Oxfam Hong Kong`: an acronym and a country, ending the run, name a body's country office.
    if (part.length >= 2 && part.length <= 3 && isAcronym(part[0]!.text) && !groupings.has(part[0]!.text) && findCountryCode(joinWords(part.slice(1))) && !isCapitalized(tokens[run.next] ?? part[0]!)) {
      addOrganization(part)
      continue
    }
    // `UN Women`, `UN Habitat`: an acronym and one common noun, ending the run, name a body.
    if (isAcronymAndNoun(part) && !isCapitalized(tokens[run.next] ?? part[0]!)) {
      addOrganization(part)
      continue
    }
    // `met with Audrey Azoulay`, `headed by Zhu Hongren`: a full name after a verb that takes a person.
    if (pieces.length === 1 && pieces[0]!.kind === 'name' && part.length >= 2) {
      // `the felt maker Gulnara Seitkali`, `the pianist Lang Lang`: a full name right after a noun for a person.
      // (Or after a title written in lower case: `led by coordinator Markus Gruber`, `AGYN chair Lilit Sargsyan`.)
      if (isPersonRole(tokens[run.start - 1])) {
        addPerson(part, [])
        continue
      }
      const before = text.slice(Math.max(0, part[0]!.start - 40), part[0]!.start)

      // (`… ,” said Abdi Hassan Farah, the network’s coordinator`, `succeeding Jiří Novák`, `including Zulfiya Khamidova`.)
      if (/\b(?:met\s+with|meets\s+with|met|headed\s+by|led\s+by|presided\s+(?:over\s+)?by|chaired\s+by|received\s+by|accompanied\s+by|hosted\s+by|(?:coordinated|moderated|facilitated|directed)\s+by|invited|congratulated|interviewed|said|says|added|noted|explained|recalled|succeeding|succeeded|elected|including)\s+$/.test(before)) {
        addPerson(part, [])
        continue
      }
      // `Askar Zhumabayev was re-elected chairman`, `Nino Beridze (NGO "…", Georgia) was elected deputy chairperson`: a
      // full name elected or appointed to a post.
      if (electedAfter.test(text.slice(part.at(-1)!.end, part.at(-1)!.end + 100)) && isNameLike(part, true)) {
        addPerson(part, [])
        continue
      }
      // `The curator of the exhibition is Gulnara Bekovna Omarova`: a role of the event, then `is` and the person.
      const roleOfEvent = roleIsBefore.exec(before)
      if (roleOfEvent && isPersonRoleWord(roleOfEvent[1]!) && isNameLike(part, true)) {
        addPerson(part, [])
        continue
      }
      // `… and Liu Yutong from Sichuan International Studies University won …`: a full name, then `from` and a body.
      if (follow?.text === 'from' && isNameLike(part) && isOrgStart(run.next + 1)) {
        addPerson(part, [])
        continue
      }
      // `the rector of the university, Hugo Alberto Benavente Pacheco, cut the ribbon`: a full name set off by commas
      // right after a phrase that names a post.
      if (follow?.text === ',' && tokens[run.start - 1]?.text === ',' && postBefore.test(text.slice(Math.max(0, part[0]!.start - 90), part[0]!.start))) {
        addPerson(part, [])
        continue
      }
    }
    // `Team leader Zhang Yong and Vice President Ahmet Yıldız`: a full name opening the run right after a noun for a
    // person (or a title in lower case), before `and` and another's title.
    if (pieces.length > 1 && pieces[0]!.kind !== 'org' && pieces[1]!.kind === 'title' && isPersonRole(tokens[run.start - 1])) {
      const opening = pieces[0]!.tokens.at(-1)?.text === 'and' ? pieces[0]!.tokens.slice(0, -1) : pieces[0]!.tokens
      if (opening.length >= 2 && isNameLike(opening)) {
        addPerson(opening, [])
        emit(pieces.slice(1))
        continue
      }
    }
    emit(pieces)
  }

  // `its Seventh Annual General Meeting (AGM)`: the acronym of a name ending in a noun for a gathering names the event
  // (not one ending in `Initiative` or `Programme`, which bodies are named too: `Green Horn Initiative (GHI)`).
  const eventAcronyms = new Set<string>()
  for (const run of runs) if (run.acronym !== undefined && gatheringNoun.test(run.tokens.at(-1)!.text)) eventAcronyms.add(run.acronym)
  // Acronyms standing alone (`WHO`, `UNESCO`) name bodies unless they are already known.
  for (const token of acronymTokens) {
    // (`HRH`, His or Her Royal Highness: a title in capitals.)
    if (groupings.has(token.text) || findCountryCode(token.text) || isTitleWord(token)) continue
    // `НКО` in a Russian translation under the item: an English bulletin's bodies are named in Latin letters.
    // (`FY2024`: a fiscal year, no body.)
    if (!latinOnly.test(token.text) || fiscalYear.test(token.text)) continue
    // `MSMEs`, `NGOs`: an acronym in the plural names a kind of body, not one.
    // (`the VI Eurasian Forum`: a Roman numeral numbers an edition.)
    if (token.text.endsWith('s') || romanNumeral.test(token.text)) continue
    if (eventAcronyms.has(token.text) && !organizations.some((org) => org.acronym === token.text)) continue
    if (insideOrganizationSpan(token.start, token.end)) continue
    if (personSpans.some(([start, end]) => token.start >= start && token.end <= end)) continue
    // `DKK 150,000`, `USD 2 million`, `COP 28`: capitals before a number are a currency or an event's number.
    if (numberAfter.test(text.slice(token.end, token.end + 2))) continue
    // `NAIROBI, July 10 –`, `NEW YORK, 16 August —`: a news agency's dateline names a city.
    if (datelineAfter.test(text.slice(token.end, token.end + 40))) continue
    // `45 million FCFA`, `2,000 USD`: capitals after an amount are its currency.
    if (amountBefore.test(text.slice(Math.max(0, token.start - 12), token.start))) continue
    // (`CDC` of `Africa CDC` too, a short form of a word and an acronym.)
    // (Or its initials leave out an acronym inside the name: `CNIE` of `China NGO Network for International Exchanges`.)
    const known = organizations.find(
      (org) => org.acronym === token.text || org.acronym?.endsWith(` ${token.text}`) || initials(org.name) === token.text || initialsBesideAcronyms(org.name) === token.text
    )
    // (`GB` of `Mr Tom Whitfield of Oxfam GB` after `Oxfam GB`: the last word of a body's name.)
    if (!known && organizations.some((org) => org.name.endsWith(` ${token.text}`))) continue
    if (known) {
      known.acronym ??= token.text
      continue
    }
    addOrganization([token])
  }
  return {organizations: sortByFirstMention(organizations, source), people, organizationSpans}

  function emit(pieces: Piece[]) {
    let pendingTitles: string[] = []
    let titleOrg: string | undefined
    let pendingPerson: {tokens: Token[]; titles: string[]} | undefined
    pieces.forEach((piece, index) => {
      if (piece.kind === 'org') {
        const org = addOrganization(piece.tokens, piece.acronym)
        // `President Nay Lin of Myanmar Alinyaung Foundation`: only a body after `of` is the person's.
        if (pendingPerson) addPerson(pendingPerson.tokens, pendingPerson.titles, piece.ofLinked ? org.name : undefined)
        pendingPerson = undefined
      } else if (piece.kind === 'title') {
        if (pendingPerson) addPerson(pendingPerson.tokens, pendingPerson.titles)
        pendingPerson = undefined
        pendingTitles = [slice(piece.tokens)]
        const before = pieces[index - 1]
        // `Finland Parliament Speaker Lohela`: the body right before the title is the person's.
        titleOrg = before?.kind === 'org' ? slice(before.tokens).replace(/^the\s+/i, '') : undefined
      } else if (piece.kind === 'person') {
        if (pendingPerson) addPerson(pendingPerson.tokens, pendingPerson.titles)
        pendingPerson = undefined
        addPerson(piece.tokens, [])
      } else if (piece.kind === 'name' && pendingTitles.length > 0) {
        if (titleOrg) addPerson(piece.tokens, pendingTitles, titleOrg)
        else pendingPerson = {tokens: piece.tokens, titles: pendingTitles}
        pendingTitles = []
        titleOrg = undefined
      }
    })
    if (pendingPerson) addPerson(pendingPerson.tokens, pendingPerson.titles)
  }

  /** Read `former Vice President of X` after a name and its comma. */
  function readEnvoy(part: Token[], start: number): {name: Token[]; title: string} | undefined {
    let first = start - 2
    if (tokens[start - 1]?.text !== 'to' || first < 0 || !isTitleHead(tokens[first]!)) return undefined
    while (first > 0 && isTitleWord(tokens[first - 1]!)) first--
    for (let length = Math.min(3, part.length - 1); length >= 1; length--) {
      const name = part.slice(length)
      if (findCountryCode(slice(part.slice(0, length))) && isNameLike(name)) {
        return {name, title: text.slice(tokens[first]!.start, part[length - 1]!.end)}
      }
    }
    return undefined
  }

  function readAppositive(index: number): {titles: string[]; organization?: string} | undefined {
    let cursor = index
    while (cursor < tokens.length && /^(?:former|the|then|now|now-retired|also|currently|a|an)$/i.test(tokens[cursor]!.text)) cursor++
    // A qualifier may come before the title: `former Sri Lanka Ambassador`, `Polish Director General`.
    let qualifier = 0
    while (qualifier < 3 && startsUpper.test(tokens[cursor + qualifier]?.text ?? '') && !isTitleWord(tokens[cursor + qualifier]!)) qualifier++
    if (qualifier > 0 && isTitleWord(tokens[cursor + qualifier] ?? tokens[cursor]!) && isTitleWord(tokens[cursor + qualifier]!)) cursor += qualifier
    const start = cursor
    let sawHead = false
    while (cursor < tokens.length && (isTitleWord(tokens[cursor]!) || (tokens[cursor]!.text === 'and' && isTitleWord(tokens[cursor + 1] ?? tokens[cursor]!)))) {
      // `First Lady of Kenya`: `Lady` is a title only after `First`.
      if (isTitleHead(tokens[cursor]!) || (lower(tokens[cursor]!) === 'lady' && lower(tokens[cursor - 1] ?? tokens[cursor]!) === 'first')) sawHead = true
      cursor++
    }
    // (`Chen Hong, Member of the Secretariat of …`: a member of a body's organ is a post too.)
    if (!sawHead && tokens[start]?.text === 'Member' && tokens[start + 1]?.text === 'of') {
      sawHead = true
      cursor = start + 1
    }
    if (!sawHead) {
      if (tokens[start]?.text === 'from' && isOrgStart(start + 1)) return {titles: []}
      // `Marat Tokhtarov, programme specialist of the United Nations …`, `Jamshid Karimov, expert of NGO "Toza Suv"`: a
      // role in lower case (a noun for a person, maybe after one word), then `of` and a body.
      const role = tokens[start + 1]?.text === 'of' ? start : tokens[start + 2]?.text === 'of' && tokens[start]?.word ? start + 1 : -1
      if (role !== -1 && isPersonRole(tokens[role]) && (role === start || /^\p{Ll}/u.test(tokens[start]!.text)) && namesBodyAt(role + 2)) {
        return {titles: [text.slice(tokens[start]!.start, tokens[role]!.end)]}
      }
      return undefined
    }
    const titles = [text.slice(tokens[start]!.start, tokens[cursor - 1]!.end)]
    if (tokens[cursor]?.text === 'of' && tokens[cursor + 1]) {
      const next = tokens[cursor + 1]!
      const run = runs.find((candidate) => candidate.tokens.some((token) => token.start === next.start))
      if (run) {
        const from = run.tokens.findIndex((token) => token.start === next.start)
        const pieces = segment(run.tokens.slice(from), run.acronym)
        const first = pieces.find((piece) => piece.kind === 'org')
        if (first) return {titles, organization: slice(first.tokens).replace(/^the\s+/i, '')}
      }
    }
    return {titles}
  }

  /** What a description after a name's comma says it is: `a Czech environmental group`, `founded in 2001`, `a nurse`. */
  function readDescription(index: number): 'body' | 'person' | undefined {
    const first = tokens[index]
    if (first === undefined) return undefined
    // (`set up in 2001`: a verb with its particle.)
    const link = tokens[first.text === 'set' && tokens[index + 1]?.text === 'up' ? index + 2 : index + 1]
    if (foundingVerbs.has(first.text) && (link?.text === 'in' || link?.text === 'by')) return 'body'
    if (first.text !== 'a' && first.text !== 'an' && first.text !== 'the') return undefined
    // Up to four describing words, then the noun: `a Pakistani microfinance NGO`, `a health extension worker`.
    for (let cursor = index + 1; cursor <= index + 5 && cursor < tokens.length; cursor++) {
      const token = tokens[cursor]!
      if (!token.word) return undefined
      if (bodyNouns.has(token.text)) return 'body'
      const next = tokens[cursor + 1]
      // The noun ends the description (`a nurse,`, `a health worker in Dessie`), not a word before another (`a nurse trainer`).
      const ends = next === undefined || !next.word || isLink(next)
      if (ends && personNouns.has(token.text) && !token.text.endsWith('s')) return 'person'
      if (ends) return undefined
    }
    return undefined
  }

  /**
   * The run whose other name the run `r` gives, when `r` is the whole of parentheses right after it and reads as one
   * body (`… Semillas del Sur (Seeds of the South Foundation)`), or `r` itself when its own parentheses gave that
   * other name beside its acronym (`NameRun.glossed`); else `undefined`.
   */
  function readGloss(r: number): NameRun | undefined {
    const run = runs[r]!
    if (run.glossed) return run
    const before = runs[r - 1]
    if (before === undefined || before.next !== run.start - 1 || tokens[run.start - 1]?.text !== '(' || tokens[run.next]?.text !== ')') return undefined
    // (Its last piece a body: `Seeds of the South Foundation`; not a place: `Smolensk and Bryansk (Russian Federation)`.)
    const name = joinWords(trimThe(run.tokens))
    if (findCountryCode(name) !== undefined || isPlaceName(name)) return undefined
    return segment(trimThe(run.tokens), run.acronym).at(-1)?.kind === 'org' ? before : undefined
  }

  function isOrgStart(index: number) {
    const run = runs.find((candidate) => candidate.tokens[0]!.start === tokens[index]?.start)
    return run !== undefined && segment(run.tokens, run.acronym).some((piece) => piece.kind === 'org')
  }

  /** Whether a body's name starts at `index`, after `the` maybe: a run that names one, or a legal form's acronym and its quoted name (`NGO "Toza Suv"`). */
  function namesBodyAt(index: number) {
    const at = tokens[index]?.text === 'the' ? index + 1 : index
    const token = tokens[at]
    return token !== undefined && (isOrgStart(at) || (legalFormAcronyms.has(token.text) && quotedNameAfter.test(text.slice(token.end, token.end + 80))))
  }
}

// The last word of a gathering's name (`Annual General Meeting`, `Youth Festival`).
const gatheringNoun = /^(?:Meetings?|Conferences?|Summits?|Festivals?|Fairs?|Weeks?|Days?|Sessions?|Ceremony|Gala|Camps?|Games|Expo|Symposium|Seminars?|Workshops?)$/
// After a run: it took place or was held (see `sentenceOpensBefore`).
const heldAfter = /^\s+(?:took\s+place|(?:was|were)\s+(?:held|staged|convened))\b/
// Before a run: the sentence's start, maybe with `The`.
const sentenceOpensBefore = /(?:^|[.!?]\s+)(?:[Tt]he\s+)?$/
// After a name: elected or appointed to a post (an aside in parentheses may come first).
const electedAfter = /^\s*(?:\([^()]{1,80}\)\s*)?(?:was|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|appointed|named)\b/
// Before a name: `The curator of the exhibition is `, `the moderator of the session was ` (the role, in lower case, captured).
const roleIsBefore = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([a-z-]+)\s+of\s+(?:the|this)\s+(?:[a-z-]+\s+){1,2}?(?:is|was)\s+$/

// Words of giving or backing right before a name: `funded by`, `a grant of £8,000 from`, `with the support of the`.
const sponsorBefore =
  /\b(?:(?:funded|financed|sponsored|supported|backed|co-funded|co-financed|co-sponsored|co-organi[sz]ed|co-hosted)\s+by|(?:grants?|donations?|funding|contributions?)\s+(?:(?:of|worth)\s+(?:[^\s;]{1,12}\s+){1,3})?from|(?:support|assistance)\s+(?:of|from)|in\s+(?:partnership|cooperation|collaboration)\s+with|partnered\s+with|representatives?\s+of)\s+(?:the\s+)?$/i

// The last word of those (most runs follow another word, and are not scanned).
const sponsorLastWords: ReadonlySet<string> = new Set(['by', 'from', 'of', 'with', 'the'])

/**
 * The names of bodies in a run after words of giving or backing (`Comic Relief`, `Norad`, `Save the Children`,
 * `Comic Relief and Oxfam GB`), or `undefined` when the run reads otherwise: a body the heads name, a title, a
 * place, a month, or one of its names too long.
 */
const pluralAcronym = /^\p{Lu}{2,}s$/u

function splitSponsors(part: Token[]): Token[][] | undefined {
  const names: Token[][] = [[]]
  for (const token of part) {
    if (token.text === 'and' || token.text === '&') names.push([])
    else names.at(-1)!.push(token)
  }
  for (const name of names) {
    if (name.length === 0 || name.length > 4 || !startsUpper.test(name[0]!.text)) return undefined
    // (An acronym alone is read as one below, and may be a currency: `a grant of CHF 60,000`; `Japanese NGOs` names a kind.)
    if (name.length === 1 && isAcronym(name[0]!.text)) return undefined
    if (name.some((token) => pluralAcronym.test(token.text))) return undefined
    // (Nor a people's name that describes what follows: `representatives of African countries`.)
    if (peopleName.test(name.at(-1)!.text)) return undefined
    if (name.some((token) => startsUpper.test(token.text) && (tokenFlags(token) & (head | title | noise | month | event)) !== 0)) return undefined
    if (isPlaceName(joinWords(name)) || name.some((token) => findCountryCode(token.text))) return undefined
  }
  return names.length === 1 ? [part] : names
}

/**
 * Split a capitalized run into organizations, titles and names.
 *
 * @param part Tokens of the run.
 * @param acronym Acronym in parentheses after the run (optional).
 */
function segment(part: Token[], acronym?: string): Piece[] {
  part = trimThe(part)
  // `the 11th National Committee`: an ordinal numbers the body's term, it is not its name.
  while (part.length > 1 && isNumberOrOrdinal(part[0]!.text, true)) part = trimThe(part.slice(1))
  // `the Beijing-based China Foundation for Rural Development`: where a body is based is not its name,
  // nor is a country's possessive (`… and Ethiopia’s Ministry of Women, Children and Youth`).
  if (part.length > 2 && (part[0]!.text.endsWith('-based') || isCountryPossessive(part[0]!.text))) part = part.slice(1)
  // `… and the Mongolian NGO Mongolian Women’s Federation`: a nationality and a noun for a body describe the name after them.
  if (isDescribedByNationality(part, acronym)) part = part.slice(2)
  if (part.length === 0) return []
  // `Lao Front for National Development (LFND)`: an acronym that spells three or more words, none an event's, names a body.
  // (A title inside it is part of the name: `United Nations High Commissioner for Refugees (UNHCR)`.)
  if (acronym !== undefined && acronym.length >= 3 && spellsAcronym(part, acronym) && !isTitleWord(part[0]!) && !part.some((token) => isEvent(token)) && !isPlaceName(joinWords(part))) {
    return [{kind: 'org', tokens: part, acronym}]
  }
  // `Cruz Roja Ecuatoriana`, `Croix-Rouge française`: a Red Cross society named in another language.
  // (A run with `and` is split first: `Cruz Roja Ecuatoriana and the Red Cross Society of China`.)
  if (part.length >= 2 && opensWithRedCross(part) && !part.some((token) => token.text === 'and')) {
    return [acronym ? {kind: 'org', tokens: part, acronym} : {kind: 'org', tokens: part}]
  }
  // Without an organization noun or a title word a run is a name or nothing: skip the rules below.
  if (!part.some((token) => isHead(token) || isTitleWord(token))) {
    return [isNameLike(part) ? {kind: 'name', tokens: part} : {kind: 'other', tokens: part}]
  }

  // Coordinated names: `Confederation of Finnish Industries and Latvia Employers’ Federation`.
  // `World Red Cross and Red Crescent Day`: a run ending in a calendar noun, with no body linked by `of`, names one day.
  const endsInEvent = (tokenFlags(part.at(-1)!) & calendar) !== 0 && !part.some((token) => isLink(token))
  // `Center for Strategic and International Studies (CSIS)`: an acronym that spells the whole run says it is one name.
  const spelledOut = acronym !== undefined && spellsAcronym(part, acronym)
  for (let i = 1; i < part.length - 1 && !spelledOut; i++) {
    if (part[i]!.text !== 'and' && part[i]!.text !== '&') continue
    // `Trinidad and Tobago Red Cross Society`: `and` inside a country's name joins nothing.
    if (isInCountryName(part, i)) continue
    if (endsInEvent && part[i + 1]!.text !== 'the') continue
    // `Federation of Red Cross and Red Crescent Societies`: a plural head after `and` closes the complement of the first head.
    const closing = part.at(-1)!
    if (
      isPluralHead(closing) && isHead(closing) && !isWeakHead(closing) &&
      !part.slice(i + 1, -1).some((token) => isTitleWord(token) || isLink(token)) &&
      part.slice(0, i).some((token, index) => isHead(token) && isLink(part[index + 1] ?? token))
    ) continue
    const before = part.slice(0, i)
    const rawAfter = part.slice(i + 1)
    const after = trimThe(rawAfter)
    if (after.length === 0) continue
    const beforeOrg = isOrganization(before)
    const beforeEndsWithHead = isHead(before.at(-1)!) && !isWeakHead(before.at(-1)!) && beforeOrg
    // A title whose complement runs on past `and` (`Deputy Secretary-General of the China Biodiversity Conservation
    // and Green Development Foundation`) is no unit; `Director of X and President of Y` are two.
    const beforeTitle = findTitle(before)
    const titleUnit = beforeTitle !== undefined && (isTitleWord(after[0]!) || !before.slice(beforeTitle[1]).some((token) => token.text === 'of'))
    const beforeUnit =
      beforeOrg || titleUnit || (before.length === 1 && isAcronym(before[0]!.text)) || isPlaceName(joinWords(before))
    const afterOrg = isOrganization(after) || (acronym !== undefined && after.some((token) => isHead(token)))
    const afterUnit =
      (isTitleWord(after[0]!) && findTitle(after) !== undefined) ||
      (afterOrg && (startsName(after) || rawAfter[0]!.text === 'the' || rawAfter[0]!.text === 'The')) ||
      (after.length === 1 && isAcronym(after[0]!.text)) ||
      (afterOrg && isPlaceName(joinWords(before))) ||
      (part[i]!.text === 'and' && findTitle(before) !== undefined && findTitle(after) !== undefined) ||
      // `Hong Kong Federation of Youth Groups and Lions Club of Kathmandu`: a body ending in a head, even a weak
      // one (`Groups`), then one with a strong head of its own, are two bodies.
      (afterOrg && beforeOrg && isHead(before.at(-1)!) && before.some(isStrongHead) && after.some(isStrongHead))
    // `Macao Chamber of Commerce and the Forum for Economic and Trade Co-operation …`: a body, `and the`, then a name
    // with an event noun is a second name (`Latin America and the Caribbean` has none, and stays one).
    const theAfter = (afterOrg || (beforeOrg && after.some((token) => isEvent(token)))) && /^the$/i.test(rawAfter[0]!.text) && part[i]!.text === 'and'
    const acronymBefore = before.length === 1 && isAcronym(before[0]!.text) && after.some((token) => isHead(token))
    // `UN Women and Ethiopia’s Ministry of …`: a country's possessive after `and` opens a body of its own.
    const possessiveAfter = isCountryPossessive(after[0]!.text) && after.some(isStrongHead)
    // `Ocean University of China and Kyushu University`: a body, `and`, then a proper name with a strong head of its own.
    // (Or a head opening both with its complement: `Consulate General of Myanmar … and Consulate General of Laos …`.)
    const headAfter = beforeOrg && part[i]!.text === 'and' && after.length > 2 && isStrongHead(after[0]!) && (isLink(after[1]!) || after[1]!.text === 'General') && isStrongHead(before[0]!) && isOrganization(after)
    const namedBodyAfter = (beforeOrg && part[i]!.text === 'and' && opensNamedBody(after)) || headAfter
    // `… and Yayasan Usaha Mikro Nusantara`: a head of another language opens a name of its own.
    const foreignAfter = part[i]!.text === 'and' && after.length >= 2 && isForeignHeadFirst(after[0]!)
    // `Charitable Foundation Meyirim and Public Foundation "Bilim Central Asia"`: a public legal form after `and` opens a
    // body of its own (its own name follows in quotation marks, or as the next word).
    const legalFormAfter = beforeOrg && part[i]!.text === 'and' && after.length >= 2 && bareLegalForm.test(joinWords(after.slice(0, 2)))
    if ((beforeUnit && afterUnit) || (beforeEndsWithHead && part[i]!.text === 'and') || theAfter || acronymBefore || possessiveAfter || namedBodyAfter || foreignAfter || legalFormAfter) {
      // (`UN Women and Ethiopia’s Ministry of …`: an acronym and a common noun before `and` name a body.)
      return [...(isAcronymAndNoun(before) ? [{kind: 'org' as const, tokens: before}] : segment(before)), ...segment(after, acronym)]
    }
  }

  // Job titles: `Vice President of X`, `Speaker Lohela`, `Finland Parliament Speaker Lohela`.
  const title = findTitle(part)
  if (title) {
    const [from, titleEnd] = title
    // `Minister of Education Hang Chuon Naron`: a portfolio ends the title, and a name may follow it.
    const to = titleEnd + countPortfolio(part, titleEnd)
    const prefix = part.slice(0, from)
    const titleTokens = part.slice(from, to)
    const rest = part.slice(to)
    const pieces: Piece[] = []
    if (prefix.length > 0) pieces.push(...segment(prefix).map((piece) => (piece.kind === 'name' ? {...piece, kind: 'other' as const} : piece)))
    pieces.push({kind: 'title', tokens: titleTokens})
    if (rest[0]?.text === 'of' && rest.length > 2 && isAcronym(rest[1]!.text) && isNameLike(rest.slice(2), true)) {
      // `Chairwoman of ECDA Gulnara Bakirovna Ismailova`: a title, its body's acronym, then the person.
      pieces.push({kind: 'other', tokens: [rest[1]!]}, {kind: 'name', tokens: rest.slice(2)})
    } else if (rest[0]?.text === 'of' && placeThenName(rest, titleTokens) > 0) {
      // `Mayor of Sokcho Choi Jae-won`, `Hokim of Fergana Rustam Ergashev`: a title, its place, then the person.
      const placeEnd = 1 + placeThenName(rest, titleTokens)
      pieces[pieces.length - 1] = {kind: 'title', tokens: [...titleTokens, ...rest.slice(0, placeEnd)]}
      pieces.push({kind: 'name', tokens: rest.slice(placeEnd)})
    } else if (rest[0]?.text === 'of' && namesLedBody(trimThe(rest.slice(1)))) {
      // `Chairman of Nepal-China Friendship Forum`: the body the person leads, though its head also names events.
      const body = trimThe(rest.slice(1))
      pieces.push(acronym ? {kind: 'org', tokens: body, acronym} : {kind: 'org', tokens: body})
    } else if (rest[0]?.text === 'of') {
      // What follows `Mayor of` is a body or a place, never a person.
      pieces.push(...segment(rest.slice(1), acronym).map((piece, index) => (index === 0 && piece.kind === 'name' ? {...piece, kind: 'other' as const} : piece)))
    } else if (rest.length > 0) {
      const ofAt = rest.findIndex((token) => token.text === 'of')
      const name = ofAt === -1 ? rest : rest.slice(0, ofAt)
      // `KMCEC President Kim Young-ho and Batbold Bat-Erdene co-chaired …`: the titled person, `and`, and another's full name.
      if (ofAt === -1 && namesTwo(rest, 0)) {
        const andAt = rest.findIndex((token) => token.text === 'and')
        pieces.push({kind: 'name', tokens: rest.slice(0, andAt)}, {kind: 'person', tokens: rest.slice(andAt + 1)})
        return pieces
      }
      if (isNameLike(name, true)) {
        pieces.push({kind: 'name', tokens: name})
        if (ofAt !== -1) pieces.push(...segment(rest.slice(ofAt + 1), acronym).map((piece) => (piece.kind === 'org' ? {...piece, ofLinked: true} : piece)))
      } else {
        pieces.push(...segment(rest, acronym))
      }
    }
    return pieces
  }

  // `Member of the Secretariat of All-China Women’s Federation`: a post in a body's organ; the body is after them.
  if (part.length > 2 && part[0]!.text === 'Member' && part[1]!.text === 'of') {
    let body = trimThe(part.slice(2))
    // (`Member of Parliament for Chipata Central`: a seat, named by its constituency, is no body.)
    if (body.length > 2 && body[0]!.text === 'Parliament' && body[1]!.text === 'for') return [{kind: 'other', tokens: part}]
    if (body.length > 2 && (organOf.test(body[0]!.text) || body[0]!.text === 'Secretariat') && body[1]!.text === 'of') body = trimThe(body.slice(2))
    return [{kind: 'other', tokens: part.slice(0, part.length - body.length)}, ...segment(body, acronym)]
  }
  // `SCCSEN Board`: an acronym's board is the acronym's body (a secretariat is a body of its own: `SCO Secretariat`).
  // (So is its `Board of Trustees`: `ANAIE Board of Trustees`.)
  const boardOf = part.length === 4 && part[2]!.text === 'of' && boardMembers.has(part[3]!.text)
  if ((part.length === 2 || boardOf) && isAcronym(part[0]!.text) && organOf.test(part[1]!.text)) {
    return [{kind: 'org', tokens: [part[0]!]}, {kind: 'other', tokens: part.slice(1)}]
  }
  // `General Assembly of SCCSEN`, `Executive Committee of the …`: a body's meeting or organ, then the body.
  // (Whose name may open with an acronym and hold no head: `General Assembly of CEE Civic Bridge`.)
  if (part.length > 3 && twoWordOrgan.test(`${part[0]!.text} ${part[1]!.text}`) && part[2]!.text === 'of') {
    const body = trimThe(part.slice(3))
    if (namesBody(body)) return [{kind: 'other', tokens: part.slice(0, part.length - body.length)}, ...segment(body, acronym)]
    if (body.length >= 2 && isAcronym(body[0]!.text) && !isPlaceName(joinWords(body))) return [{kind: 'other', tokens: part.slice(0, part.length - body.length)}, {kind: 'org', tokens: body}]
  }
  // `WANP General Assembly`: an acronym's assembly or committee is the acronym's body's meeting or organ.
  if (part.length === 3 && isAcronym(part[0]!.text) && twoWordOrgan.test(`${part[1]!.text} ${part[2]!.text}`)) {
    return [{kind: 'org', tokens: [part[0]!]}, {kind: 'other', tokens: part.slice(1)}]
  }
  // `Board of the Civil Forum of Kazakhstan`, `Presidium of …`: a body's board is the body's.
  if (part.length > 2 && organOf.test(part[0]!.text) && part[1]!.text === 'of') {
    const body = trimThe(part.slice(2))
    // (A board's forum of a country is a body too: `Board of the Civil Forum of Kazakhstan`.)
    const ofAt = body.findIndex((token) => token.text === 'of')
    const forumOfCountry = ofAt > 0 && isWeakHead(body[ofAt - 1]!) && findCountryCode(joinWords(trimThe(body.slice(ofAt + 1)))) !== undefined
    const organ: Piece = {kind: 'other', tokens: part.slice(0, part.length - body.length)}
    if (forumOfCountry) return [organ, {kind: 'org', tokens: body}]
    if (namesBody(body)) return [organ, ...segment(body, acronym)]
  }
  // `Board of Trustees of YEFN`: the board belongs to the body after its second `of`.
  if (part.length > 4 && part[1]!.text === 'of' && boardMembers.has(part[2]!.text) && part[3]!.text === 'of' && (tokenFlags(part[0]!) & head) !== 0) {
    return [{kind: 'other', tokens: part.slice(0, 3)}, ...segment(part.slice(4), acronym)]
  }
  // `2020 Minsk Forum of Silk Road Universities`, `Annual Meeting of the Asian Development Bank`: one edition of an
  // event; a body may follow its `of`.
  if (isEventEdition(part)) {
    const ofAt = part.findIndex((token) => token.text === 'of')
    return ofAt > 0 ? [{kind: 'other', tokens: part.slice(0, ofAt + 1)}, ...segment(part.slice(ofAt + 1), acronym)] : [{kind: 'other', tokens: part}]
  }
  // `Forum of Women’s NGOs of Kyrgyzstan`: a forum of bodies is a body itself.
  if (isForumOfBodies(part)) return [acronym ? {kind: 'org', tokens: part, acronym} : {kind: 'org', tokens: part}]
  // Events named after a body: `Latin-America Tourism Conference of World Tourism Cities Federation`.
  let eventAt = -1
  for (let index = 0; index < part.length; index++) {
    const token = part[index]!
    // (Or `on`, its topic: `Training Course on Microfinance for African NGOs`.)
    if (isEvent(token) && (part[index + 1]?.text === 'of' || part[index + 1]?.text === 'for' || (part[index + 1]?.text === 'on' && index > 0))) {
      eventAt = index
      break
    }
    // Only an event noun before any strong head counts (a head right before one names it: `Council Meeting of …`).
    if (isHead(token) && !isWeakHead(token) && !isEvent(part[index + 1] ?? token)) break
  }
  // (`Indonesian Forum for the Environment (WALHI)`: with its acronym and no body after `for`, the forum is the body.)
  // (`Civil Society` in its complement names no body: `Tunisian Forum for Civil Society Development (FTDSC)`; nor does
  // `International` before another word: `South African Forum for International Solidarity (SAFIS)`.)
  const namedForum =
    acronym !== undefined && eventAt > 0 && isHead(part[eventAt]!) &&
    !part.slice(eventAt + 2).some((token, index, rest) => isHead(token) && !(token.text === 'Society' && rest[index - 1]?.text === 'Civil') && !(token.text === 'International' && index < rest.length - 1))
  if (eventAt !== -1 && !namedForum && !(eventAt === 0 && isHead(part[0]!) && part.slice(2).some((token) => isHead(token) && !isWeakHead(token)))) {
    // (A topic after `on` names no body.)
    if (part[eventAt + 1]!.text === 'on') return [{kind: 'other', tokens: part}]
    const rest = part.slice(eventAt + 2)
    return [{kind: 'other', tokens: part.slice(0, eventAt + 1)}, ...segment(rest, acronym)]
  }

  // `Consultative Status of the Economic and Social Council`: the body is after `of`.
  const firstOf = part.findIndex((token) => token.text === 'of')
  // (Not after a plural title: `Southeast Asian Ministers of Education Organization` is one body.)
  // (Not after a city and a word of the body's own name: `Hangzhou Light of Hope Foundation` is one body.)
  const placeNamed = firstOf >= 2 && startsWithPlace(part) && !isPlaceName(joinWords(part.slice(0, firstOf)))
  if (firstOf > 0 && !placeNamed && !part.slice(0, firstOf).some((token) => isHead(token)) && !isTitleWord(part[firstOf - 1]!) && isOrganization(trimThe(part.slice(firstOf + 1)))) {
    return [{kind: 'other', tokens: part.slice(0, firstOf)}, ...segment(part.slice(firstOf + 1), acronym)]
  }

  if (acronym && part.some((token) => isHead(token))) return [{kind: 'org', tokens: part, acronym}]

  if (isOrganization(part)) {
    // `Union Solidarity and Development Party Tarvin`: a name after the head is not part of it.
    let lastHead = -1
    part.forEach((token, index) => {
      if (isHead(token)) lastHead = index
    })
    const tail = part.slice(lastHead + 1)
    // (Not after a head that opens its name: `Fondation Roi Baudouin`, `Fundación Mujeres por la Igualdad`.)
    // (Nor after a head of another language that opens a name anywhere: `Dompet Dhuafa and Yayasan Usaha Mikro Nusantara`.)
    const opensName = (lastHead === 0 || isForeignHeadFirst(part[lastHead]!)) && (tokenFlags(part[lastHead]!) & headFirst) !== 0
    // (Nor after a public legal form alone, which the body's own name follows: `Charitable Foundation Meyirim`.)
    if (tail.length > 0 && !opensName && !(lastHead === 1 && bareLegalForm.test(joinWords(part.slice(0, 2)))) && !isWeakHead(part[lastHead]!) && !isLink(tail[0]!) && tail[0]!.text !== 'and' && isNameLike(tail)) {
      return [{kind: 'org', tokens: part.slice(0, lastHead + 1)}, {kind: 'name', tokens: tail}]
    }
    // `Wits University of Johannesburg`: the city says where the body is, it is not its name
    // (but a club's or a church's name holds its city: `Lions Club of Kathmandu`, `Catholic Archdiocese of Port Moresby`).
    const cityOf = part.findLastIndex((token) => token.text === 'of')
    // (`the University of Novi Sad` after `Confucius Institute at`: a head after `the` takes its city as its name; so does
    // a university's, `Ferdowsi University of Mashhad`, unless its country follows the city as a place's would: `was
    // held in Wits University of Johannesburg, South Africa`.)
    const university = universityHeads.test(part[cityOf - 1]?.text ?? '') && !countryFollows(part.at(-1)!.end)
    if (cityOf > 1 && isHead(part[cityOf - 1]!) && !cityInName.test(part[cityOf - 1]!.text) && !genericStart.test(part[0]!.text) && part[cityOf - 2]!.text !== 'the' && part[cityOf - 2]!.text !== 'at' && !university) {
      const where = part.slice(cityOf + 1).map((token) => token.text).join(' ')
      if (findCityCountry(where) && !findCountryCode(where)) part = part.slice(0, cityOf)
    }
    return [acronym ? {kind: 'org', tokens: part, acronym} : {kind: 'org', tokens: part}]
  }

  // `Consultative Status of the Economic and Social Council`: the body is after `of`.
  const ofAt = part.findIndex((token) => token.text === 'of')
  if (ofAt > 0) return [{kind: 'other', tokens: part.slice(0, ofAt)}, ...segment(part.slice(ofAt + 1), acronym)]
  return [isNameLike(part) ? {kind: 'name', tokens: part} : {kind: 'other', tokens: part}]
}

// A body's own name in quotation marks right after its legal form: ` "Taza Suu"`, ` “Yangi Avlod”`, ` "Women of the Pamir"`,
// ` „Romski put“` (low-high quotes, and words of its own language in lower case).
const quotedNameAfter = /^ ?(?:"\p{Lu}[^"”“„\n]{0,60}"|“\p{Lu}[^"”“„\n]{0,60}”|„\p{Lu}[^"”“„\n]{0,60}[“”"]|«\s?\p{Lu}[^«»\n]{0,60}»)/u

// ` named after K.I. Skryabin`, ` named after Abai`: the person a body is named after.
const namedAfter = /^ named after (?:\p{Lu}\. ?){0,3}\p{Lu}[\p{L}\p{M}’'-]+(?: \p{Lu}[\p{L}\p{M}’'-]+){0,2}/u
// After a body's name, Thai bodies' `under Royal Patronage` is part of it (`Thai Rice Foundation under Royal Patronage`).
const underPatronage = /^ under (?:the )?Royal Patronage\b/

const publicLegalFormWords = String.raw`(?:Public|Non-Profit|Nonprofit|Non-Commercial|Non-Governmental|Charitable)\s+(?:Organi[sz]ation|Foundation|Association|Fund|Union|Movement)`
const publicLegalForm = new RegExp(String.raw`\b${publicLegalFormWords}\b`)
// (Those two words alone: `Public Foundation`, `Charitable Foundation`.)
const bareLegalForm = new RegExp(`^${publicLegalFormWords}$`)

/**
 * Whether a body's name is only a legal form (`Public Foundation`, `Charitable
 * Association`): at most three words, the last a strong head, none a place or an acronym.
 */
function isLegalForm(part: Token[]): boolean {
  // `ANO «Center of Social Initiatives»`: the acronym of a Russian or Central Asian legal form.
  if (part.length === 1 && legalFormAcronyms.has(part[0]!.text)) return true
  // (Or one of public bodies, with where it works and whom it gathers: `Khabarovsk Regional Public Organization`,
  // `… Public Organization of Veterans of Local Wars`.)
  if (part.length > 2 && publicLegalForm.test(joinWords(part))) return true
  if (part.length > 3 || !isStrongHead(part.at(-1)!)) return false
  for (const token of part) if (isAcronym(token.text) || isPlaceName(token.text)) return false
  return true
}

const fiscalYear = /^FY\d{2,4}$/
// `II` to `XXXIX` (two letters at least).
const romanNumeral = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/
// Capitals of the Latin script (with their accents), figures and the marks acronyms hold.
const latinOnly = /^[A-Za-z\u00c0-\u024f\d&.'’-]+$/

/** Acronyms of legal forms that name no body alone (`ANO`, an autonomous non-profit organization; `RPO`, `NKO`; Uzbek `NNO`). */
const legalFormAcronyms: ReadonlySet<string> = new Set(['ANO', 'NKO', 'RPO', 'ROO', 'MOO', 'OOO', 'NPO', 'NCO', 'PF', 'PA', 'OO', 'NGO', 'NNO'])

/** Lower-case words inside people's names (`de Oliveira`, `van den Berg`, `dos Santos`). */
const nameParticles: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'y', 'e', 'bin', 'binti', 'bint', 'dela', 'al', 'el', ...patronymicParticles])

// Red Cross societies named in Spanish, Portuguese, French or Italian, which open with it (`Cruz Roja Ecuatoriana`).
const redCrossOpenings: ReadonlySet<string> = new Set(['Cruz', 'Croix-Rouge', 'Croce', 'Media', 'Croissant-Rouge'])
// (Its country may follow `de`: `Cruz Vermelha de Timor-Leste`.)
const redCrossFirst = /^(?:Cruz (?:Roja|Vermelha)|Croix-Rouge|Croce Rossa|Media Luna Roja|Croissant-Rouge) (?:(?:de|do|da|del) )?\p{Lu}/u

/** Whether a run is a Red Cross society named in another language, which opens with it (`Cruz Roja Ecuatoriana`). */
function opensWithRedCross(part: Token[]): boolean {
  return redCrossOpenings.has(part[0]!.text) && redCrossFirst.test(joinWords(part))
}

/** The Swahili words for `of` inside names (`Chama cha …`, `Jumuiya ya …`). */
const swahiliOf: ReadonlySet<string> = new Set(['ya', 'cha', 'wa', 'za'])

/** Whether a run is an acronym and one common noun (`UN Women`, `UN Habitat`), which name a body. */
function isAcronymAndNoun(part: Token[]): boolean {
  return part.length === 2 && isAcronym(part[0]!.text) && !groupings.has(part[0]!.text) && capitalizedWord.test(part[1]!.text) &&
    !isEvent(part[1]!) && !isHead(part[1]!) && !isTitleWord(part[1]!) && !isPlaceName(part[1]!.text)
}

/** Whether a run after a body's organ and `of` names the body (`… of the Asian Development Bank`, `… of SCCSEN`). */
function namesBody(body: Token[]): boolean {
  return body.length > 0 && (isOrganization(body) || (body.length === 1 && isAcronym(body[0]!.text)))
}

/** A body's organ named before the body's own name (`Board of …`, `SCCSEN Board`, `Presidium of …`). */
const organOf = /^(?:Board|Presidium)$/
/** A body's meeting or organ named in two words before `of` and the body (`General Assembly of SCCSEN`). */
const twoWordOrgan = /^(?:General Assembly|Executive Committee|Executive Board|Standing Committee|Governing Board|Supervisory Board)$/
/** Who sit on a board (`Board of Trustees of …`, `Council of Governors of …`). */
const boardMembers: ReadonlySet<string> = new Set(['Trustees', 'Directors', 'Governors', 'Supervisors', 'Management', 'Regents'])

/** Common nouns for a body's organ or a group that a title may be of (`head of the delegation`). */
const organNouns: ReadonlySet<string> = new Set([
  'delegation', 'commission', 'committee', 'council', 'board', 'union', 'federation', 'society', 'centre', 'center', 'chamber',
  'club', 'school', 'university', 'agency', 'ministry', 'department', 'office', 'team', 'project', 'programme', 'program',
  'forum', 'festival', 'jury', 'secretariat', 'mission', 'expedition', 'camp'
])
/** A quotation mark around a nickname inside a full name (`Nurlan “Nuke” Abenov`). */
const nicknameQuote = /^["“”]$/
/**
 * `A.V.`, `O.N.`, `B.Kh.`, `A.`: a person's initials.
 * (One capital each, or a Russian digraph's two letters: not a title's abbreviation, `Mr.`, `Dr.`, `St.`;
 * Latin letters: a Cyrillic line under the item is its translation.)
 */
const initialsToken = /^(?:(?:[A-Z]|Kh|Sh|Ch|Zh|Ts|Yu|Ya|Yo)\.){1,3}$/
/** A family name after initials (`Ivanova`, `Petrov-Vodkin`): one capital, then at least two lower-case letters. */
const familyName = /^[A-Z][a-zà-öø-ÿ]{2,}(?:-[A-Z][a-zà-öø-ÿ]+)?$/
/** Lower-case nouns for a body, after which a name is that body's (`the environmental group Arnika`). */
const bodyNouns: ReadonlySet<string> = new Set([
  'group', 'organisation', 'organization', 'NGO', 'charity', 'foundation', 'association', 'network', 'company',
  'firm', 'cooperative', 'co-operative', 'movement', 'coalition', 'alliance', 'nonprofit', 'non-profit', 'institute', 'think-tank'
])

/** Verbs that tell when or by whom a body was founded (`Akhuwat, founded in 2001,`, `set up by`). */
const foundingVerbs: ReadonlySet<string> = new Set(['founded', 'established', 'set', 'registered', 'created'])

/**
 * Whether a run after a noun for a body is that body's name: one to four words, not a
 * place, and no month, job title, event noun, or `and` joining two names.
 */
function isNamedByNoun(part: Token[]): boolean {
  if (part.length > 4) return false
  for (const token of part) {
    if (token.text === 'and' || token.text === '&' || isTitleWord(token) || isMonth(token) || isEvent(token)) return false
  }
  return !isPlaceName(joinWords(part)) && !findCountryCode(part[0]!.text)
}

const calendarNouns: ReadonlySet<string> = new Set(['Day', 'Week', 'Month', 'Year'])
// (And `Nations` of `United Nations`: `United Nations Development Programme`.)
const worldWords: ReadonlySet<string> = new Set(['World', 'Global', 'International', 'Nations'])
const ordinalSuffixes: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])

/**
 * Whether text is ASCII digits and an ordinal suffix (`11th`), or, when the
 * suffix is not required, digits alone (`2018`): as `/^\d+(?:st|nd|rd|th)?$/`
 * without a pattern per token.
 */
function isNumberOrOrdinal(text: string, suffixRequired: boolean): boolean {
  let digits = 0
  while (digits < text.length && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++
  if (digits === 0) return false
  if (digits === text.length) return !suffixRequired
  return digits + 2 === text.length && ordinalSuffixes.has(text.slice(digits))
}

/** Words of tokens joined by single spaces (`['Red', 'Cross']` → `'Red Cross'`). */
function joinWords(tokens: Token[]): string {
  let joined = tokens[0]?.text ?? ''
  for (let index = 1; index < tokens.length; index++) joined += ` ${tokens[index]!.text}`
  return joined
}

/** Words that open the title of a law (`Law of …`, `Regulations on …`). */
const lawNouns: ReadonlySet<string> = new Set(['Law', 'Laws', 'Regulations', 'Regulation', 'Act'])

const leadingLinks = new Set(['the', 'The', 'and', 'of'])

function trimThe(part: Token[]): Token[] {
  let start = 0
  while (start < part.length && (tokenFlags(part[start]!) & leadingLink) !== 0) start++
  return start === 0 ? part : part.slice(start)
}

/** Find `[from, to)` of a job title in a run: words around a title head. */
function findTitle(part: Token[]): [number, number] | undefined {
  for (let i = 0; i < part.length; i++) {
    if (!isTitleHead(part[i]!) || isHead(part[i]!)) continue
    // After a Swahili `of`, a title word is part of a name: `Chama cha Mama Bora`.
    if (i > 0 && swahiliOf.has(part[i - 1]!.text)) continue
    // `… under the President of Tajikistan`: the head of state a body is under is part of its name.
    if (i > 1 && part[i - 1]!.text === 'the' && part[i - 2]!.text === 'under') continue
    // `Consulate General of Argentina`: a consulate's rank, not a person's title.
    if (i > 0 && /^Consulates?$/.test(part[i - 1]!.text)) continue
    // A plural (`Southeast Asian Ministers of Education Organization`) is no one person's title.
    if (!isTitleHeadWord(lower(part[i]!))) continue
    // A title head right before an organization noun is part of that name (`Chief Executive Office`).
    if (part[i + 1] && isHead(part[i + 1]!) && !isTitleWord(part[i + 1]!)) continue
    let from = i
    while (from > 0 && isTitleWord(part[from - 1]!) && !isHead(part[from - 1]!)) from--
    let to = i + 1
    while (to < part.length && (isTitleWord(part[to]!) || (part[to]!.text === 'and' && part[to + 1] && isTitleHead(part[to + 1]!)))) to++
    const next = part[to]
    if (next && (next.text === 'of' || isNameLike(part.slice(to, nameEnd(part, to)), true) || namesTwo(part, to))) return [from, to]
  }
  return undefined
}

// Words of a place's name that are no person's (`Busan Metropolitan City`, `Jeju Province`).
const placeKindWord = /^(?:City|Metropolitan|Province|Provincial|Region|Regional|County|District|State|Prefecture|Municipality|Oblast|Republic|Island|Islands|Autonomous)$/

/**
 * How many words after `of` name a place (a city, a region or a country, one or two words) when a person's name
 * follows them (`of Sokcho Choi Jae-won`); else 0.
 */
function placeThenName(rest: Token[], title: Token[]): number {
  // Only titles of those who govern a place: a city's mayor, a province's governor, a country's president.
  const head = lower(title.at(-1)!)
  if (!placeTitles.has(head)) return 0
  for (let length = 2; length >= 1; length--) {
    // (A name of two words at least: `Novi Sad` is a city, not `Novi` and a person `Sad`.)
    if (rest.length < 3 + length) continue
    const place = rest.slice(1, 1 + length)
    if (!place.every((token) => startsUpper.test(token.text) && !isHead(token)) || !isPlaceName(joinWords(place))) continue
    // (A head of state governs a country: `President of Kenya William Ruto`, not `President of Lyon Solidarité Sahel`.)
    if (countryTitles.has(head) && !findCountryCode(joinWords(place))) continue
    const name = rest.slice(1 + length)
    if (isPlaceName(joinWords([...place, name[0]!]))) continue
    if (isNameLike(name, true) && !isPlaceName(joinWords(name)) && !name.some((token) => placeKindWord.test(token.text) || nameParticles.has(token.text))) return length
  }
  return 0
}

// Titles of those who govern a place (`Mayor of Sokcho`), and of those who govern a country (`President of Kenya`).
const placeTitles: ReadonlySet<string> = new Set(['mayor', 'governor', 'hokim', 'akim', 'prefect', 'president', 'premier'])
const countryTitles: ReadonlySet<string> = new Set(['president', 'premier'])

/**
 * How many tokens from `at` are `of` and a portfolio (`of Foreign Affairs and
 * Trade`), when a name-like run follows them; else 0.
 */
function countPortfolio(part: Token[], at: number): number {
  if (part[at]?.text !== 'of') return 0
  let end = at + 1
  while (end < part.length && (portfolioWords.has(lower(part[end]!)) || ((part[end]!.text === 'and' || part[end]!.text === '&') && portfolioWords.has(lower(part[end + 1] ?? part[end]!))))) end++
  if (end === at + 1) return 0
  // (Or the body after `of`: `Head of Programmes of the Finnish Red Cross`.)
  if (part[end]?.text === 'of' && end + 1 < part.length && isOrganization(trimThe(part.slice(end + 1)))) return end - at
  return isNameLike(part.slice(end, nameEnd(part, end))) ? end - at : 0
}

function nameEnd(part: Token[], from: number): number {
  const ofAt = part.findIndex((token, index) => index >= from && token.text === 'of')
  return ofAt === -1 ? part.length : ofAt
}

/** Whether two full names joined by `and` end a run from `from` (`… President Kim Young-ho and Batbold Bat-Erdene`). */
function namesTwo(part: Token[], from: number): boolean {
  const andAt = part.findIndex((token, index) => index >= from && token.text === 'and')
  if (andAt - from < 2 || part.length - andAt < 3 || part.length - andAt > 4) return false
  const second = part.slice(andAt + 1)
  // (Not a body named with a place: `… and Oxfam Hong Kong`.)
  for (let index = 0; index + 1 < second.length; index++) if (isPlaceName(joinWords(second.slice(index, index + 2)))) return false
  return isNameLike(part.slice(from, andAt), true) && isNameLike(second, true)
}

const linkWords = new Set(['the', 'The', 'of', 'for', 'and', 'on', 'in', 'to', 'with', 'between', 'against', 'Against'])

const cityHall = /^(?:City|Town)$/
const venueCentre = /^(?:Center|Centre)$/
const venueKind = /^(?:Conference|Convention|Exhibition|Expo|Congress|Trade)$/

// `Annual General Assembly`, `2022 General Assembly`, `Biennial Congress`: one year's meeting of a body, not the body.
const editionOpener = /^(?:Annual|Biennial|Triennial|(?:19|20)\d\d|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))$/
/** The first characters of every word `editionOpener` takes (`Annual`, `Biennial`, `Third`, `2020`, `5th`). */
const editionInitials: ReadonlySet<string> = new Set('ABEFNST0123456789')
const meetingHeads = /^(?:Assembly|Assemblies|Congress|Meeting|Session|Conference|Council|Forum|Summit)$/
// `Winter School for Young Analysts`, `Summer School of Civic Leadership`: a course held in one season, not a school.
// (Sets: `isOrganization` asks this of every split of every run.)
const seasonWords: ReadonlySet<string> = new Set(['Winter', 'Summer', 'Spring', 'Autumn', 'Fall'])
const courseHeads: ReadonlySet<string> = new Set(['School', 'Academy', 'University', 'Institute', 'Camp', 'College'])

/** Whether a name is of one edition of an event (`Annual General Assembly`, `Winter School for Young Analysts`). */
function isEventEdition(part: Token[]): boolean {
  const first = part[0]!.text
  // (Most names open with neither a year nor `Annual`: one look at the first character first.)
  if (editionInitials.has(first[0]!) && editionOpener.test(first)) {
    // (The meeting's head ends the name: `Annual Meeting of the Asian Development Bank` is of a body named after it.)
    const ofAt = part.findIndex((token) => token.text === 'of')
    const name = ofAt === -1 ? part : part.slice(0, ofAt)
    if (name.length <= 4 && meetingHeads.test(name.at(-1)!.text)) return true
  }
  // (The season may come later: `Third Silk Road Youth Summer Academy`.)
  for (let index = 0; index + 1 < part.length; index++) {
    if (seasonWords.has(part[index]!.text) && courseHeads.has(part[index + 1]!.text)) return true
  }
  return false
}

/** Whether a run names an organization: a head noun ending it or taking a complement. */
function isOrganization(part: Token[]): boolean {
  if (part.length === 1) return isHyphenatedName(part[0]!)
  if (opensWithRedCross(part)) return true
  // `Leeds Civic Hall`, `Ulster Hall`: a hall is a venue; a city's or a town's hall is its government.
  if (part.at(-1)!.text === 'Hall' && !cityHall.test(part.at(-2)!.text)) return false
  // `Bangabandhu International Conference Center`, `China National Convention Center`: a venue, not a body.
  if (venueCentre.test(part.at(-1)!.text) && venueKind.test(part.at(-2)!.text)) return false
  if (isEventEdition(part)) return false
  // `Palace of the Parliament`, `Palace of Culture`: a building.
  if (part[0]!.text === 'Palace' && part[1]?.text === 'of') return false
  if (isForumOfBodies(part)) return true
  // Written as loops over `part`: this runs for every split a run is tried at.
  let words = 0
  let first: Token | undefined
  let onlyHeadsAndTitles = true
  let anyHead = false
  for (const token of part) {
    if (isHead(token)) anyHead = true
    if (!isNameWord(token)) continue
    words++
    first ??= token
    if (!isHead(token) && !isTitleWord(token)) onlyHeadsAndTitles = false
  }
  if (words < 2 || first === undefined) return false
  const last = part.at(-1)!
  let hasComplement = false
  for (let index = 0; index + 2 < part.length && !hasComplement; index++) {
    // (Not a plural and a topic: `Youth Organizations on Green Recovery`, unlike `Commission on Human Rights`.)
    hasComplement = isStrongHead(part[index]!) && isLink(part[index + 1]!) && !(part[index + 1]!.text === 'on' && isPluralHead(part[index]!))
    // (`Consulate General of Argentina`: the rank between the head and its complement.)
    hasComplement ||= isStrongHead(part[index]!) && part[index + 1]!.text === 'General' && isLink(part[index + 2]!)
  }
  // `Friends of the Earth`, `Friends of Nature`: friends take a body's name only with their complement.
  hasComplement ||= part.length > 2 && part[0]!.text === 'Friends' && part[1]!.text === 'of'
  if (!hasComplement && part.length > 2 && isHead(part[0]!) && isLink(part[1]!)) {
    for (let index = 2; index < part.length && !hasComplement; index++) hasComplement = isStrongHead(part[index]!)
  }
  // (`United Nations Development Programme`, `World Food Programme`: a programme of the United Nations is a body.)
  const ofUnitedNations = (first.text === 'United' && part[part.indexOf(first) + 1]?.text === 'Nations') || (first.text === 'World' && part.length <= 4)
  if (isEvent(last) && !hasComplement && (!isHead(last) || isWeakHead(last)) && !ofUnitedNations) return false
  if (!anyHead) return false
  if (onlyHeadsAndTitles) return false
  // `Embassies of SCO countries`: a plural head first is a description.
  if (isHead(first) && isPluralHead(first)) return false
  let endsWithHead = isHead(last) && !isWeakHead(last)
  // (`Aier Eye Hospital Group`, `World Bank Group`: a weak head right after a strong one.)
  if (isHead(last) && isWeakHead(last) && part.length > 2 && isStrongHead(part.at(-2)!)) endsWithHead = true
  else if (isHead(last) && isWeakHead(last)) {
    // A weak head (`Exchange`, `House`) needs a proper qualifier: `Shanghai … Exchange`, `China House`.
    endsWithHead = part.some((token) => isNameWord(token) && token !== last && (isPlaceName(token.text) || isAcronym(token.text) || worldWords.has(token.text) || /(?:an|ese|ish)$/.test(token.text) && startsUpper.test(token.text) && !isHead(token) && !isEvent(token)))
  }
  // `Fundación Natura Colombia`, `Politecnico di Milano`: a head of these languages opens the name.
  if (!endsWithHead && !hasComplement && part[0] === first && (tokenFlags(first) & headFirst) !== 0) return true
  if (!endsWithHead && !hasComplement) {
    const lastHead = part.findLastIndex((token) => isStrongHead(token))
    // After the head, a name (`… Party Tarvin`, split off later) or the body's city (`Aarhus Centre Bishkek`).
    const tail = part.slice(lastHead + 1)
    // (Or `International`: `Amel Association International`.)
    if (lastHead < 1 || !(isNameLike(tail) || (tail.length <= 2 && findCityCountry(joinWords(tail)) !== undefined) || (tail.length === 1 && worldWords.has(tail[0]!.text)))) return false
  }
  // A plural head with only adjectives (`Medical Associations`) is a description, not a name.
  if (isPluralHead(last) && isHead(last) && !hasComplement) {
    const proper = part.some((token) => isNameWord(token) && token !== last && (isPlaceName(token.text) || isAcronym(token.text) || worldWords.has(token.text)))
    if (!proper) return false
  }
  return true
}

// Heads that name a body or an event alike (`Forum`, `Initiative`), lower case: after a title and `of`, a body.
const ledBodyHeads: ReadonlySet<string> = new Set(['forum', 'initiative', 'group', 'platform', 'dialogue', 'service'])

/**
 * Whether the words after a title and `of` name a body whose head also names events (`Nepal-China Friendship Forum`,
 * `Fergana Valley Dialogue Initiative`): two to six capitalized words, no number, the last such a head, and a place or
 * a people's name among them (`President of the Youth Forum` names no body).
 */
function namesLedBody(part: Token[]): boolean {
  if (part.length < 2 || part.length > 6 || !ledBodyHeads.has(lower(part.at(-1)!))) return false
  let placed = false
  for (const token of part) {
    if (isLink(token)) continue
    if (!startsUpper.test(token.text) || isMonth(token) || isTitleWord(token)) return false
    placed ||= token.text.split('-').every((piece) => piece.length > 1 && isPlaceWord(piece))
  }
  return placed
}

/**
 * Whether one hyphenated word is a body's whole name: three or more capitalized
 * parts, the last a strong head (`Friedrich-Ebert-Stiftung`), or a name and `Stiftung` (`Körber-Stiftung`).
 */
function isHyphenatedName(token: Token): boolean {
  if (!isStrongHead(token)) return false
  const pieces = token.text.split('-')
  // (Two parts for a German foundation named after its founder: `Körber-Stiftung`.)
  return (pieces.length >= 3 || (pieces.length === 2 && pieces[1] === 'Stiftung')) && pieces.every((piece) => startsUpper.test(piece))
}

/**
 * Whether a run is a forum, conference or congress of bodies, itself a body:
 * such a noun (after a word or two of its region), `of`, then a plural body
 * (`Forum of Women’s NGOs of Kyrgyzstan`, `Pacific Conference of Churches`).
 */
function isForumOfBodies(part: Token[]): boolean {
  // The forum, maybe after a word or two that name its region (`Pacific Conference of Churches`).
  let at = 0
  while (at < 2 && at < part.length && !isEvent(part[at]!) && !isHead(part[at]!) && part[at]!.word) at++
  const forum = part[at]
  if (forum === undefined || part.length < at + 3 || part[at + 1]!.text !== 'of' || !isEvent(forum) || (at > 0 && !forumNouns.has(forum.text))) return false
  if (at === 0 && !isWeakHead(forum) && !forumNouns.has(forum.text)) return false
  // (A forum on a topic is a meeting: `Online Dialogue of … Youth Organizations on Green Recovery`.)
  if (part.some((token, index) => index > at + 2 && token.text === 'on')) return false
  for (let index = at + 2; index < part.length && part[index]!.text !== 'of'; index++) {
    const token = part[index]!
    // (`Conference of the Parties` is a meeting.)
    if (token.text === 'NGOs' || (token.text.endsWith('s') && token.text !== 'Parties' && isStrongHead(token) && startsUpper.test(token.text))) return true
  }
  return false
}

/** Event nouns that also name standing bodies of bodies (`Conference of Churches`, `Forum of NGOs`). */
const forumNouns: ReadonlySet<string> = new Set(['Forum', 'Conference', 'Congress', 'Platform'])

const isNameWord = (token: Token) => token.word && (tokenFlags(token) & linkWord) === 0
const isStrongHead = (token: Token) => isHead(token) && !isWeakHead(token)

/**
 * Whether the `and` at `at` is inside a country's name (`Trinidad and Tobago`,
 * `Bosnia and Herzegovina`, `Saint Kitts and Nevis`, `Saint Vincent and the Grenadines`).
 */
function isInCountryName(part: Token[], at: number): boolean {
  if (!precedesAndInCountryName(part[at - 1]!.text)) return false
  for (let before = 1; before <= 2 && at - before >= 0; before++) {
    for (let after = 1; after <= 3 && at + after < part.length; after++) {
      if (findCountryCode(joinWords(part.slice(at - before, at + after + 1))) !== undefined) return true
    }
  }
  return false
}

/**
 * Whether a run opens with a body named by a proper name: one to three name words, the first a place or no
 * English word, then a strong singular head (`Kyushu University`, `Chonnam National University`, `Yunnan
 * Institute of …`), not a complement that goes on after `and` (`Science and Technology`, `Culture and Tourism Bureau`).
 */
function opensNamedBody(part: Token[]): boolean {
  if (part.length < 2 || !isNameWord(part[0]!) || isHead(part[0]!) || isTitleWord(part[0]!)) return false
  if (!isPlaceName(part[0]!.text) && isEnglishWord(part[0]!.text)) return false
  for (let index = 1; index < part.length && index <= 3; index++) {
    const token = part[index]!
    if (isStrongHead(token)) return !isPluralHead(token)
    if (!isNameWord(token) || isHead(token) || isTitleWord(token)) return false
  }
  return false
}

/** Whether a token is a head that opens a name in another language and is no English head (`Yayasan`, `Fundación`; not `Association`). */
function isForeignHeadFirst(token: Token): boolean {
  return (tokenFlags(token) & headFirst) !== 0 && !organizationHeads.has(lower(token))
}

/** Whether a word is a place or a people's name (`Philippine`, `Kenya`, `Chinese`), one word only. */
function isPlaceWord(word: string): boolean {
  return !word.includes(' ') && (isPlaceName(word) || peopleName.test(word))
}

// `Chinese`, `Kenyan`, `Philippine`, `Argentine`: the name of a people (or an adjective of a country).
const peopleName = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ine)$/u

/** Whether a word is a country’s name in the possessive (`Uganda’s`, `Nepal's`). */
function isCountryPossessive(word: string): boolean {
  return (word.endsWith('’s') || word.endsWith("'s")) && findCountryCode(word.slice(0, -2)) !== undefined
}

/** Whether a head is plural (`Organizations`, `Churches`), not a head whose singular ends in `s` (`Holdings`). */
function isPluralHead(token: Token): boolean {
  return token.text.endsWith('s') && (tokenFlags(token) & plainHead) === 0
}

/** Whether a token is a plural organization head in lower case (`societies`, `associations`), not a weak one. */
function isLowerPluralHead(token: Token): boolean {
  const code = token.text.charCodeAt(0)
  return code >= 97 && code <= 122 && token.text.endsWith('s') && isStrongHead(token)
}

/** Whether a name opens with a place (`Nepal-China Friendship Hospital`, `Kenya Red Cross Society`). */
function startsWithPlace(part: Token[]): boolean {
  const first = part[0]!.text
  // (A head is no place here, though towns bear such names: `Alliance`, Ohio.)
  if (isHead(part[0]!)) return false
  return isPlaceName(first) || (first.includes('-') && first.split('-').some((piece) => isPlaceName(piece)))
}

/** Whether the words after `and` start a new name rather than continue the first. */
function startsName(part: Token[]): boolean {
  const first = part[0]!
  if (isAcronym(first.text) || orgStarters.has(lower(first)) || isCountryPossessive(first.text)) return true
  // `… Foreign Countries and Belarusian Red Cross`: a nationality opening a name with a strong head of its own.
  // (Its own head, before any `and` or `of`: not `Center for Chinese and American Studies and The RAND Corporation`.)
  if (demonym.test(first.text)) {
    let end = 1
    while (end < part.length && part[end]!.text !== 'and' && part[end]!.text !== '&' && !isLink(part[end]!)) end++
    if (isStrongHead(part[end - 1]!)) return true
  }
  if (isHead(first) && isLink(part[1] ?? first)) return true
  if (isPlaceName(first.text)) return true
  if (first.text.includes('-') && first.text.split('-').some((piece) => isPlaceName(piece) || piece === 'All' || piece === 'Sino')) return true
  return first.text === 'All' || first.text === 'Sino' || isPlaceName(`${first.text} ${part[1]?.text ?? ''}`)
}

/** Whether a word in capitals is a known acronym: letters after a name (`MBE`) or a noun for a body (`NGO`). */
function isKnownAcronym(word: string): boolean {
  return postNominals.has(word) || bodyNouns.has(word) || groupings.has(word)
}

/** Whether a word is a person's title or a word of one (`Mme`, `Pr`, `M.`, `coordinator`). */
function isTitleText(word: string): boolean {
  return word !== '' && (flags(word) & title) !== 0
}

/** Whether a capitalized word may be a given name: shaped as a name, and no head, title, event, month or place. */
function isGivenName(word: string): boolean {
  return (flags(word) & (nameShape | head | title | event | noise | month)) === nameShape && !isPlaceName(word)
}

/**
 * Whether tokens look like a person's name: one to four capitalized words, none a title, head or place,
 * maybe with particles between them (`João Carlos de Oliveira Santos`, `Femke van den Berg`).
 */
function isNameLike(part: Token[], afterTitle = false): boolean {
  if (part.length === 0 || part.length > 6) return false
  // Right after a title, a word that opens clauses elsewhere is a name's first word (`Dr. An Pich Hatda`).
  // (There an event noun is a name too: `Mr. Park Sung-ho`.)
  const checked = afterTitle && part.length >= 2 ? nameShape | head | title | month : nameShape | head | title | event | noise | month
  let words = 0
  // `Ivanova I.V.`, `Petrov A. S.`, `Gabdullina R.Kh.`: a surname and the initials of the given names after it, as
  // Russian lists write names.
  let named = part.length
  while (named > 1 && initialsAfter.test(part[named - 1]!.text)) named--
  for (let index = 0; index < part.length; index++) {
    const token = part[index]!
    if (index >= named) continue
    if (index > 0 && index < part.length - 1 && nameParticles.has(token.text)) continue
    // (A Turkic patronymic's particle may end a name: `Malika Rustam qizi`, `Jasur Akmal o'g'li`.)
    if (index >= 2 && index === part.length - 1 && patronymicParticles.has(token.text)) continue
    // (`Begum` before a name is a title, `Begum Nusrat Jahan`; after a given name it ends the name, `Nasrin Begum`.)
    if (index >= 1 && index === part.length - 1 && token.text === 'Begum') {
      words++
      continue
    }
    // (A nickname's quotation marks, inside the name: `Siriporn "Nok" Chaiyaporn`.)
    if (index > 0 && index < part.length - 1 && nicknameQuote.test(token.text)) continue
    // An initial before the name (`B. Batbold`, `S. Tsetsegmaa`), as Mongolian names are written.
    if (index < part.length - 1 && initial.test(token.text)) continue
    // Right after a title, a family name first in capitals (`Mr. SATO Kenji`, as Japanese names and UN lists write them).
    if (afterTitle && index === 0 && part.length >= 2 && familyNameInCapitals.test(token.text) && capitalizedWord.test(part[1]!.text)) {
      words++
      continue
    }
    // (A Korean family name that is also a common noun, before a given name of two syllables: `Park Ji-hoon`.)
    if (index === 0 && part.length === 2 && capitalizedWord.test(token.text) && koreanGivenName.test(part[1]!.text)) {
      words++
      continue
    }
    if ((tokenFlags(token) & checked) !== nameShape) return false
    words++
  }
  // (Five words only right after a title: `Dr. Hassan Abu Bakr El Tayeb`.)
  if (words > (afterTitle ? 5 : 4)) return false
  const name = part.map((token) => token.text).join(' ')
  if (isPlaceName(name) || part.some((token) => findCountryCode(token.text))) return false
  return true
}

/**
 * Order organizations by where each name is first written in the text (names
 * not written as such last), keeping the order of ties: a stable insertion
 * sort over positions looked up once per organization (lists are short).
 */
function sortByFirstMention(organizations: OrganizationRef[], text: string): OrganizationRef[] {
  const positions: number[] = []
  for (let index = 0; index < organizations.length; index++) {
    const org = organizations[index]!
    const found = text.indexOf(org.name)
    const position = found === -1 ? Number.MAX_SAFE_INTEGER : found
    let to = index
    while (to > 0 && positions[to - 1]! > position) {
      positions[to] = positions[to - 1]!
      organizations[to] = organizations[to - 1]!
      to--
    }
    positions[to] = position
    organizations[to] = org
  }
  return organizations
}

/**
 * Whether `a.toLowerCase() === b.toLowerCase()`, read in place: ASCII letters
 * folded by arithmetic, anything else outside ASCII left to `toLowerCase`.
 * Only `İ` (U+0130, lower case `i̇`) changes length in lower case, so names of
 * different lengths without it differ.
 */
function equalInLowerCase(a: string, b: string): boolean {
  if (a.length !== b.length) return (a.includes('\u0130') || b.includes('\u0130')) && a.toLowerCase() === b.toLowerCase()
  for (let index = 0; index < a.length; index++) {
    let x = a.charCodeAt(index)
    let y = b.charCodeAt(index)
    if (x === y) continue
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase()
    if (x >= 65 && x <= 90) x += 32
    if (y >= 65 && y <= 90) y += 32
    if (x !== y) return false
  }
  return true
}

/**
 * Whether a run opens with a nationality and a noun for a body in capitals that describe the name after them (`the
 * Thai NGO Mekong Community Institute`, `the Mongolian NGO Mongolian Women’s Federation`): not when the acronym after
 * the run spells those words too (`Mongolian NGO Network for International Cooperation (MNNIC)`), when a head follows
 * the noun and goes on with the same name (`Tajik-Kyrgyz NGO Network for Cooperation`), or after two countries joined
 * by a hyphen, which name a body of both (`Vietnam-Laos NGO Friendship Union`).
 */
function isDescribedByNationality(part: Token[], acronym: string | undefined): boolean {
  return (
    part.length > 3 &&
    bodyNouns.has(part[1]!.text) &&
    isAcronym(part[1]!.text) &&
    !isPlaceName(part[0]!.text) &&
    !part[0]!.text.includes('-') &&
    !isHead(part[0]!) &&
    !(isHead(part[2]!) && !isForeignHeadFirst(part[2]!)) &&
    isOrganization(part.slice(2)) &&
    !spellsWhole(part, acronym)
  )
}

/** Whether an acronym given after a run spells all of it (`MNNIC` after `Mongolian NGO Network for International Cooperation`). */
function spellsWhole(part: Token[], acronym: string | undefined): boolean {
  return acronym !== undefined && spellsAcronym(part, acronym)
}

/**
 * Whether an acronym spells a run: the initials of its capitalized words
 * (`CSIS`), or of all its words (`WfC` for `Women for Change`, `CWID` for
 * `Coast Women in Development`).
 */
function spellsAcronym(part: Token[], acronym: string): boolean {
  if (initials(joinWords(part)) === acronym) return true
  let letters = ''
  for (const token of part) if (token.word) letters += token.text.charAt(0)
  // (An acronym in capitals may spell a small word too: `Coast Women in Development (CWID)`.)
  return letters === acronym || (acronym === acronym.toUpperCase() && letters.toUpperCase() === acronym)
}

// Malaysia's titles of two words before a full name (`Tan Sri`, `Dato' Sri`, `Datuk Seri`, `Puan Sri`).
const malayCompoundTitle = /\b(Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Dato['’]?\s+Sri|Dato['’]?\s+Seri|Datuk\s+Seri|Datuk\s+Sri)\s+/g
// The small words of Malay names (`Ismail bin Yusof`, `Noraini binti Abdullah`).
const malayNameLinks: ReadonlySet<string> = new Set(['bin', 'binti', 'bte', 'bt'])
// Indonesian honorifics, after which `Sri` is a given name.
const indonesianHonorifics: ReadonlySet<string> = new Set(['Ibu', 'Bapak', 'Pak', 'Bu'])

// An acronym in parentheses right after a body's quoted name (` (REFS)`).
const acronymAfterQuote = /^\s?\((\p{Lu}{2,8})\)/u

// An acronym alone in parentheses: two to eight capitals.
const acronymInParentheses = /^\p{Lu}{2,8}$/u

/** The acronym alone in the parentheses that open at token `open` (`(UGMP)`), if they hold one. */
function readAcronymInParentheses(tokens: readonly Token[], open: number): string | undefined {
  const inside = tokens[open + 1]
  return tokens[open]?.text === '(' && tokens[open + 2]?.text === ')' && inside !== undefined && acronymInParentheses.test(inside.text) ? inside.text : undefined
}
// A small word a foreign name's acronym leaves out (`za`, `i`, `e`, `na`, `de`, `y`): three letters at most, in lower case.
const smallWord = /^\p{Ll}{1,3}$/u
// A word of a name in lower case that its acronym spells (`građana`, `ekonomsku`): four letters or more.
const lowerNameWord = /^\p{Ll}{4,}$/u
// A word in capitals only (`NGO`).
const allCapitals = /^\p{Lu}+$/u
// A Latin letter with a diacritic (`ž`, `ë`, `ç`), which English names do not use.
const accentedLetter = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/u

/**
 * The index of the first token of the words right before `open` (a `(`) whose initials spell `acronym`, read back
 * from the parenthesis: each word gives its first letter (or its first two, as Albanian `Sh` in `SHSHMV`), small words
 * in lower case may give none, and the first word is capitalized. Only a name that shows it is not in English counts:
 * a word with a diacritic (`Udruženje`), or a word in lower case that is long or no English word (`građana`, `za`);
 * English names are read as runs. `undefined` when none spells it.
 *
 * @param tokens The item's tokens.
 * @param open The index of `(`.
 * @param acronym The acronym inside.
 */
function findSpelledName(tokens: readonly Token[], open: number, acronym: string): number | undefined {
  const letters = acronym.toLowerCase()
  // At most twelve words back, within the clause (no punctuation between).
  const limit = Math.max(0, open - 12)
  const spell = (index: number, end: number, foreign: boolean): number | undefined => {
    if (index < limit) return undefined
    const token = tokens[index]!
    if (!token.word) return undefined
    const small = smallWord.test(token.text)
    const word = token.text.toLowerCase()
    // (Most words spell no letter here and are no small word: the search ends without more tests.)
    if (!small && !letters.includes(word.charAt(0))) return undefined
    // A word of the name with a letter English does not use (`Udruženje`), or in lower case and long or not English
    // (`građana`, `centar`), shows the name is not in English.
    const seen = foreign || accentedLetter.test(token.text) || (!startsUpper.test(token.text) && (lowerNameWord.test(token.text) || !isEnglishWord(token.text)))
    // Its initial, its first two letters (`Sh`), or the initials of its hyphenated parts (`srpsko-kineskog`).
    const spellings = [word.charAt(0), word.slice(0, 2)]
    if (word.includes('-')) spellings.push(word.split('-').map((piece) => piece.charAt(0)).join(''))
    for (const spelling of spellings) {
      const size = spelling.length
      if (size > end || word.length <= size || spelling !== letters.slice(end - size, end)) continue
      if (end === size) {
        if (startsUpper.test(token.text) && seen) return index
        continue
      }
      const found = spell(index - 1, end - size, seen)
      if (found !== undefined) return found
    }
    return small ? spell(index - 1, end, seen) : undefined
  }
  return spell(open - 1, letters.length, false)
}

// German legal forms that close a body's name: a registered association, a (non-profit) company, a cooperative.
const germanLegalForms: ReadonlySet<string> = new Set(['e.V.', 'gGmbH', 'GmbH', 'gUG', 'gAG', 'eG', 'e.G.'])
const germanLegalFormHint = /\b(?:e\.V\.|g?GmbH|gUG|gAG|eG|e\.G\.)(?=[\s,.;:)]|$)/
// The small words German names hold (`Verein für …`, `Netzwerk Frauen und Wirtschaft`).
const germanNameLinks: ReadonlySet<string> = new Set(['für', 'und', 'der', 'die', 'das', 'des', 'den', 'dem', 'im', 'am', 'an', 'zu', 'zur', 'zum', 'von', 'vom', 'in', 'auf', 'mit'])

/** Whether a token may be part of a German name before its legal form: a capitalized word (not `…-based`), or a small word of German names. */
function isGermanNameWord(token: Token): boolean {
  if (!token.word) return false
  if (germanNameLinks.has(token.text)) return true
  return startsUpper.test(token.text) && !token.text.endsWith('-based') && !isTitleText(token.text)
}

/** Initials of a name's capitalized words (`Shanghai Cooperation Organization` → `SCO`). */
function initials(name: string): string {
  let value = initialsCache.get(name)
  if (value === undefined) {
    value = readInitials(name)
    initialsCache.set(name, value)
  }
  return value
}

const initialsCache = new WordCache<string>()

/** The initials of a name's words but those in capitals after its first (`China NGO Network …` → `CN…`, without `N` of `NGO`). */
function initialsBesideAcronyms(name: string): string {
  let value = initialsBesideCache.get(name)
  if (value === undefined) {
    value = readInitials(name.replace(innerAcronym, ''))
    initialsBesideCache.set(name, value)
  }
  return value
}

const initialsBesideCache = new WordCache<string>()
const innerAcronym = /(?<=\S\s)\p{Lu}{2,}(?=\s)/gu

function readInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => startsUpper.test(word))
    .map((word) => word[0])
    .join('')
}
