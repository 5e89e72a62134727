import type {Place} from '@sironet/model'
import {findCountryCode} from './extract-countries.js'
import {findEntities} from './extract-entities.js'
import {findCityCountry, findRegionCountry} from './extract-gazetteer.js'
import {splitSentences, type Sentence} from './extract-sentences.js'
import {isAcronym, sliceTokens, tokenize, type Token} from './extract-tokens.js'
import {monthNames, organizationHeads} from './extract-vocabulary.js'
import {isWhiteSpaceCode} from './white-space-code.js'

/** Options of {@link extractPlaces}. */
export interface ExtractPlacesOptions {
  /** Character ranges `[start, end)` of organization names, whose places are not venues (optional). */
  organizationSpans?: Array<[number, number]>
  /** Character range `[start, end)` of the opening date phrase, skipped (optional). */
  dateRange?: [number, number]
  /** The year of the item's event (optional): a place said to be of an earlier year (`held in Xi'an in 2019`) is background. */
  year?: number
}

type Found = Place & {at: number}

// (A day may stand between the verb and the place: `was held on December, 17th in Hong Kong`.)
const venueVerb = /\b(?:held|staged|opened|launched|founded|convened|hosted|took place|located|inaugurated|kicked off|established|started|organized|organised|set up|gathered|met|was|were|continued|moved on|ended|concluded|closed)\s+(?:on\s+(?:[A-Z][a-z]+\.?,?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?),?\s+)?$/
// `The camp was held online with its main venue in Kunming`, `120 photos were displayed online as well as offline in
// Cairo`: a hybrid event's venue, or where its exhibits were shown.
const venueNounOrShown = /\b(?:(?:main|sub-?|co-?)\s*)?venues?\s+(?:(?:was|were|is|are)\s+)?$|\b(?:displayed|exhibited|shown|screened)\s+(?:(?:both\s+)?(?:online|offline)\s+(?:(?:and|as\s+well\s+as)\s+(?:online|offline)\s+)?)?$/
// `gathered at the meeting hall of LRC in Vientiane`, `visited a dairy cooperative in Xilinhot`: a venue verb, the site,
// then the place; `The opening ceremony in Mithi, …`: a sentence whose subject is an event, and its place.
const venueVerbThenSite = /\b(?:(?:held|staged|convened|hosted|took place|gathered|met)\s+at\s+(?:the\s+)?|(?:visited|toured)\s+(?:(?:an?|the)\s+)?(?=[a-z]))[\w’' -]{1,60}?\s+$|^(?:The|An?)\s+(?:[a-z][\w-]*\s+){0,3}(?:ceremony|forum|event|meeting|workshop|training|course|conference|seminar|festival|exhibition|fair|camp|session)\s+$|\battended\s+the\s+(?=[A-Z])[\w’' -]{1,60}?\s+$/
// `The forum was first held in Dhaka in 2015.`: a later sentence about an earlier edition or the founding.
// (`The first forum was held in Novi Sad in 2019.`, `The last camp was staged in …`.)
// (Or `its first edition took place in Kazan`, `the previous session was held in …`.)
const earlierEdition = /\b(?:first|previously|once|originally|initially|last)\s+(?:held|staged|hosted|convened|organi[sz]ed|launched)\b|\b(?:was|were)\s+(?:founded|established|set\s+up)\b|\b(?:The|the|[Ii]ts|[Tt]heir)\s+(?:first|previous|last|earlier|inaugural)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:was|were)\s+(?:held|staged|hosted|convened|organi[sz]ed)|took\s+place)\b/
// After a name: it is a town or city (`, a town in …`, `, a small market town`, ` town`).
const townAfter = /^(?:,\s*an?\s+(?:[a-z-]+\s+){0,2}(?:town|city|village)\b|\s+(?:town|city)\b)/
// (A comma inside a number does not end it: `which will provide 10,000 school bags for pupils in Kisumu`.)
const futureClause = /\b(?:which|that|who)\s+will\b(?:[^,.;:]|[,.](?=\d))*$/
// (`to` then a plural noun is no infinitive: `distributed to hospitals in Almaty`.)
const futureBefore = /\b(?:will|would|shall)\s+(?:be\s+)?\w+\s+$|\bwill\s+$|\bto\s+(?:be\s+)?(?!\w+[^\Wsu]s\s+$)\w+\s+$/
const nearPlace = /\bnear\s+(?=\p{Lu})/gu
// `by video link between Beijing and Moscow`, `through video conference between Tianjin and Kitakyushu`: an event held
// online between two places has both as venues.
const linkedPlaces = /\b(?:video[\s-]?(?:link|conference|call)s?|videoconferences?|(?:live|satellite)\s+links?)\s+between\s+(?=\p{Lu})/gu
const movement =
  /\b(?:visited|visiting|toured|travell?ed(?:\s+on)?(?:\s+to)?|travel\s+to|went\s+to|arrived\s+(?:in|at|to)|headed\s+to|(?:sent|send|dispatched|dispatch)\s+(?:[\w-]+\s+){0,8}?to|(?:led|headed)\s+(?:[\w-]+\s+){0,6}?to\s+visit|(?:led|headed)\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){0,8}?to(?=\s+[A-Z])|(?:paid|made|undertook)\s+(?:a\s+|an\s+)?(?:(?:official|study|working|field|exchange|fact-finding)\s+)?(?:visits?|trips?|tours?)\s+to(?=\s+[A-Z][a-z]+\s*(?:,|\.|and\b)))\s+/g
// What a venue phrase may hold besides capitalized words, and what ends it (Set look-ups, not a pattern per token).
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an'])
const phraseEnds: ReadonlySet<string> = new Set(['.', ';', ':', '“', '”', '"', '!', '?'])
const phraseMarks: ReadonlySet<string> = new Set(['(', ')', ',', '&'])
// (Particles inside place names too: `Rio de Janeiro`, `Dar es Salaam`, `Sharm el-Sheikh`, `Pointe-à-Pitre`.)
const placeParticles = ['de', 'es', 'el', 'al', 'da', 'do', 'dos', 'das', 'di', 'del', 'la', 'du', 'des', 'sur']
const phraseWords: ReadonlySet<string> = new Set(['of', 'and', 'the', 'capital', 'located', 'in', ...placeParticles])
// (Two particles too: `Santa Cruz de la Sierra`, `San Carlos de los Andes`.)
const particleJoiner = new RegExp(`^\\s*(?:of(?:\\s+the)?|and(?:\\s+the)?|(?:de|di|da)\\s+(?:la|las|los|le|les)|${placeParticles.join('|')})\\s*$`)
// A lower-case word or a number right after `in`/`at`; only these of them can open a venue phrase.
const wordAfter = /[a-z\d][\w’'-]*/y
const venueOpeners = new Set(['the', 'a', 'an', 'of', 'and', 'capital', 'located', 'in', 'de'])
const designation = /^(?:Province|Provincial|State|Region|Division|Prefecture|District|County|Oblast|Governorate|Municipality|Department|Canton|Territory)$/
const settlement = /^(?:Town|City|Village|Township|Borough)$/
// Units inside a city or a village, written before their name (the Philippines' and Indonesia's).
const localUnit = /^(?:Barangay|Brgy\.?|Purok|Sitio|Kelurahan|Desa|Kampung)$/
const lowerDesignationAfter = /^\s+(?:division|district|province|region|state|county|oblast|governorate|prefecture|aimag|soum|department)\b/
const citySuffix = /-(?:gun|si|shi|gu|ku|cho|machi|mura|eup|myeon)$/i
// Regular expressions with `\p{…}` are built once here: the build lowers such literals to `new RegExp` at each use.
// `Ambassador of Sri Lanka in China`: where an office is, not where the event was.
// (In lower case too: `consulates general of Thailand in Kunming`.)
const officeBefore = /\b(?:Ambassadors?|Consul(?:-General)?|Envoy|Embass(?:y|ies)|Consulates?|Representatives?|Delegation|Mission|Office|Offices|Branch|(?:consul|consulate|embassy)s?(?:[\s-]general)?|embassies)(?:\s+(?:of|to|the|and|general|\p{Lu}[\p{L}’'-]*))*\s+$/u
// `In Latvia, …`, `In Bishkek the guests met …`: names, then a comma or the next clause's subject.
const namesThenComma = /^\s*\p{Lu}[\p{L}’'-]*(?:(?:\s+and|,)?\s+\p{Lu}[\p{L}’'-]*)*(?:\s*,|\s+(?:the|our|its|their|both|all)\s+\p{Ll}|\s+(?:they|we|it|he|she)\s+\p{Ll})/u
// A clause that opens a sentence with how a body began (`Founded in 1992`, `Created in 2011 in …`), up to here.
const foundingClause = /^(?:Founded|Created|Established|Set\s+up|Registered|Formed|Born)\b[^,;]*$/
// Where a clause opens inside a sentence: after a semicolon, a colon or `, and` (`…; in Valletta, it was received …`).
const clauseOpens = /(?:[;:]|,\s*and)\s*$/
const lowerThenUpper = /\p{Ll}\p{Lu}/u
const startsUpper = /^\p{Lu}/u
// An acronym in parentheses and spaces, ending the text (`… Children (AHC) `).
const acronymBefore = /\s*\([^()\s]{2,12}\)\s*$|\s+$/

/** Ranges `[start, end)` of the text's curly-quoted phrases. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let open = text.indexOf('“'); open !== -1; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open + 1)
    if (close === -1) break
    spans.push([open, close + 1])
  }
  return spans
}

/** Whether a movement to a place (`visited Thailand`, `led a delegation … to Vienna`) comes later in the text. */
function movesLater(text: string): boolean {
  movement.lastIndex = 0
  const moves = movement.test(text)
  movement.lastIndex = 0
  return moves
}

// The verb that ends the subject of the opening sentence (`… Forum was held`).
const subjectEnd = /\b(?:was|were|is|are|will|which|who|that|has|have|had)\b/
const background = /^(?:(?:In|On|From|Since|By|During|Until|Back\s+in|Early|Late|Mid|At\s+the\s+end\s+of)\s+(?:(?:early|late|mid|the\s+\w+\s+of)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b)|So\s+far\b|Since\b|To\s+date\b|In\s+the\s+past\b|Last\s+year\b|Previously\b)/

// A year right after the place (`in Xi'an in 2019`, `in Istanbul in October 2019`), or among the few words before its
// preposition (`the 2019 Silk Road NGO forum in`).
const yearAfter = /^[^.;,()]{0,40}?\s(?:in|of)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)/
const yearBefore = /\b((?:19|20)\d\d)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+\s*$/u

// `Northern Region`, `Central Province`, `Upper East`, `Western`: a region that many countries name alike.
const compassRegion = /^(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower|coastal|capital|middle)(?:[- ](?:east|west)(?:ern)?)?(?:\s+(?:region|province|state|district|division|zone|department))?$/i

/** Whether the words around a place phrase put it in a year before the item's. */
function isEarlierYear(before: string, after: string, year: number): boolean {
  const stated = yearAfter.exec(after)?.[1] ?? yearBefore.exec(before)?.[1]
  return stated !== undefined && Number(stated) < year
}

/**
 * Read the venues of an item's reported event: places after `held in`, `staged
 * at` and the like in the opening sentence, places the delegation `visited`,
 * `arrived in` or was `sent to`, and `In Latvia, …` openings of later sentences
 * that are not background (sentences opening with another date). Places inside
 * organization names are not venues; a venue that is an institution
 * (`Shenzhen University`) gives the city or country in its name. Cities come
 * from GeoNames, regions from ISO 3166-2, countries from ISO 3166-1; a country
 * with a city of the same country found is not repeated alone.
 *
 * @param text Item text.
 * @param options Organization spans and date range (optional).
 * @returns Venues in order of appearance.
 * @example
 *   extractPlaces('On May 16, the conference was staged in Yangzhou, Jiangsu Province.')
 *   // [{city: 'Yangzhou', country: 'CN', region: 'Jiangsu Province'}]
 */
export function extractPlaces(text: string, options: ExtractPlacesOptions = {}): Place[] {
  const spans = options.organizationSpans ?? findEntities(text).organizationSpans
  // A loop rather than `some` with a destructuring callback: this is asked for every run and token.
  const insideOrganization = (start: number, end: number) => {
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index]!
      if (start >= span[0] && end <= span[1]) return true
    }
    return false
  }
  const found: Found[] = []
  const sentences = splitSentences(text)

  sentences.forEach((sentence, index) => {
    if (index > 0 && ((background.test(sentence.text) && !sameEventDays.test(sentence.text)) || earlierEdition.test(sentence.text))) return
    readPrepositions(sentence, index === 0)
    readMovements(sentence)
    readLinked(sentence)
    if (index === 0) readNear(sentence)
  })

  if (found.length === 0 && sentences[0]) {
    // No venue phrase: a city named in the event's own name (`the SCO Media Beijing Forum was held`).
    // Only the event's name, before its verb: `… which will be held in Tianjin` is not it.
    // What `split(subjectEnd)[0]` gives, without splitting the rest of the sentence.
    const verb = subjectEnd.exec(sentences[0].text)
    const subjectLength = verb ? verb.index : sentences[0].text.length
    const tokens = sliceTokens(tokenize(text), sentences[0].start, sentences[0].start + subjectLength)
    // (Not inside a quoted theme or title: `themed “From the Andes to the Hengduan Mountains”`.)
    const quoted = quotedSpans(text)
    const outside = (token: Token) => !insideOrganization(token.start, token.end) && !quoted.some(([start, end]) => token.start > start && token.end <= end)
    for (const place of findInside(tokens.filter(outside))) {
      if (place.city) {
        found.push(place)
        break
      }
    }
  }

  const withCity = new Set(found.filter((place) => place.city).map((place) => place.country))
  const seen = new Set<string>()
  const places: Place[] = []
  for (const place of found.sort((a, b) => a.at - b.at)) {
    if (!place.city && withCity.has(place.country)) continue
    const key = `${place.city ?? ''}|${place.country}`
    if (seen.has(key)) continue
    seen.add(key)
    const venue: Place = place.city ? {city: place.city, country: place.country} : {country: place.country}
    if (place.region) venue.region = place.region
    places.push(venue)
  }
  return places

  function readPrepositions(sentence: Sentence, first: boolean) {
    for (let match = findPreposition(sentence.text, 0); match; match = findPreposition(sentence.text, match.end)) {
      if (match.capital && match.index !== 0) continue
      // `in 2018`, `in cooperation with`: a phrase that opens with such a word names no place (see `readVenue`).
      wordAfter.lastIndex = match.end
      const after = wordAfter.exec(sentence.text)?.[0]
      if (after && !venueOpeners.has(after)) continue
      // The words just before are enough to judge, and keep this linear.
      const before = sentence.text.slice(Math.max(0, match.index - 80), match.index + (match.spaceFirst ? 1 : 0))
      // After the opening sentence only `In Latvia, …` and `was held in …` say where the event was
      // (tested first: it rules out most phrases of later sentences before the tests below).
      // (So does `in Valletta, …` opening a clause of its own, and `In Medellín they visited …`.)
      if (!first && !((match.index === 0 || clauseOpens.test(before)) && namesThenComma.test(sentence.text.slice(match.end))) && !venueVerb.test(before) && !venueVerbThenSite.test(before) && !venueNounOrShown.test(before)) continue
      // (Or a future clause runs on to the place: `which will provide meals for pupils in Nairobi`.)
      if (futureBefore.test(before) || futureClause.test(before)) continue
      // `Founded in 1992 in Leipzig, the society held …`: where a body began, in a clause before the event's.
      if (foundingClause.test(sentence.text.slice(0, match.index))) continue
      // `… Association, which was founded in 1994 in Cologne`: where a body began.
      // (This and where a body sits below end right before the place: the last 40 characters are enough.)
      const near = before.length > 40 ? before.slice(-40) : before
      if (foundedRightBefore.test(near)) continue
      // `students who had studied in China`: background, not the venue.
      if (/\b(?:had|have|has)\s+(?:\w+\s+){0,2}?\w+ed\s+$/.test(before)) continue
      // `Ambassador of Sri Lanka in China`: where an office is, not where the event was.
      if (officeBefore.test(before)) continue
      // `raising funds for children’s hospitals in Belgrade and Novi Sad`: where the money goes, not where the event was.
      if (fundsFor.test(before)) continue
      // `whose headquarters are in Abidjan`, `a network based in Recife`: where a body sits, not where the event was.
      if (seatBefore.test(near)) continue
      // `for our water projects in Sierra Leone`, `in aid of our girls’ football programme in Ghana`: where a body's
      // work goes on, not where the event was.
      if (workBefore.test(before)) continue
      // `a delegation of the Angkor Hospital for Children (AHC) in Siem Reap … visited Thailand`: where a body that
      // travels is based.
      if (followsOrganization(sentence.start + match.index) && movesLater(sentence.text.slice(match.end))) continue
      // `six nurses from Komfo Anokye Teaching Hospital in Kumasi, Ghana, trained …`: where the people came from.
      if (comesFromOrganization(sentence.start + match.index)) continue
      // `first met at a forum held in Xi'an in 2019`, `at the 2019 Silk Road NGO forum in Xi'an`: an earlier year's place.
      if (options.year !== undefined && isEarlierYear(before, sentence.text.slice(match.end), options.year)) continue
      const start = sentence.start + match.end
      if (options.dateRange && start >= options.dateRange[0] && start < options.dateRange[1]) continue
      const institution = first
      found.push(...readVenue(start, sentence.start + sentence.text.length, institution))
    }
  }

  /** Where a name that ends right before `at` ends: before its acronym in parentheses (`… Children (AHC) `), if any. */
  function nameEndBefore(at: number): number {
    const before = acronymBefore.exec(text.slice(Math.max(0, at - 20), at))
    return at - (before ? before[0].length : 0)
  }

  /** Whether an organization's name (and its acronym in parentheses) ends right before `at`. */
  function followsOrganization(at: number): boolean {
    const end = nameEndBefore(at)
    for (let index = 0; index < spans.length; index++) if (spans[index]![1] === end) return true
    return false
  }

  /** Whether an organization's name ends right before `at` (see `followsOrganization`), after `from` (`from the …`). */
  function comesFromOrganization(at: number): boolean {
    const end = nameEndBefore(at)
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index]!
      if (span[1] === end && /\bfrom\s+(?:the\s+)?$/.test(text.slice(Math.max(0, span[0] - 12), span[0]))) return true
    }
    return false
  }

  function readMovements(sentence: Sentence) {
    movement.lastIndex = 0
    for (let match = movement.exec(sentence.text); match; match = movement.exec(sentence.text)) {
      const before = sentence.text.slice(Math.max(0, match.index - 40), match.index)
      // (`will later travel to Battambang`: an adverb may stand between.)
      if (/\b(?:(?:will|would|shall)(?:\s+(?:later|also|then|soon|next|\w+ly))?|plans?\s+to|to)\s+$/.test(before) && !/send|sent|dispatch/.test(match[0])) continue
      // `has sent 86 volunteers to Laos since 2016`: a total of past journeys, not this event's.
      if (/\b(?:has|have)\s+(?:\w+\s+)?$/.test(before)) continue
      const start = sentence.start + match.index + match[0].length
      const places = readVenue(start, sentence.start + sentence.text.length, false, true)
      found.push(...places)
    }
  }

  /** `by video link between Beijing and Moscow`: the places an online event linked (see `linkedPlaces`). */
  function readLinked(sentence: Sentence) {
    // (Most sentences link nothing: a cheap test first.)
    if (sentence.text.includes(' between ')) readAfterEach(linkedPlaces, sentence, false)
  }

  /**
   * `a floating clinic on the Rio Negro near Manaus`, `a camp on the shore of Lake Issyk-Kul near Cholpon-Ata`: the
   * town an event was held near, in the item's first sentence, is its venue (a city the gazetteer knows, no country
   * alone).
   */
  function readNear(sentence: Sentence) {
    readAfterEach(nearPlace, sentence, true)
  }

  /** Read the venue phrase after each match of a global pattern in a sentence (only its cities, with `citiesOnly`). */
  function readAfterEach(pattern: RegExp, sentence: Sentence, citiesOnly: boolean) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const start = sentence.start + match.index + match[0].length
      for (const place of readVenue(start, sentence.start + sentence.text.length, false)) if (!citiesOnly || place.city) found.push(place)
    }
  }

  /** Read the places of the phrase that starts at `start`. */
  function readVenue(start: number, end: number, institution: boolean, visit = false): Found[] {
    // `the mountain town of Jumla`, `the city hall of Fujisawa`: a kind of place, then its name.
    placeKindOf.lastIndex = start
    if (placeKindOf.test(text)) start = placeKindOf.lastIndex
    const tokens = sliceTokens(tokenize(text), start, end)
    const phrase: Token[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (i === 0 && articles.has(token.text)) continue
      if (phraseEnds.has(token.text)) break
      if (capital(token.text) || phraseMarks.has(token.text) || phraseWords.has(token.text)) {
        const next = tokens[i + 1]?.text ?? ''
        // `Guangzhou, Guangdong Province, and Shenzhen`: a comma before `and` and a name goes on with the list.
        if (
          token.text === ',' && !capital(next) && next !== 'capital' && !(next === 'the' && tokens[i + 2]?.text === 'capital') &&
          !(next === 'and' && capital(tokens[i + 2]?.text ?? ''))
        ) break
        if (token.text === 'and' && !capital(next) && next !== 'the') break
        if (monthNames.has(token.text.toLowerCase())) break
        phrase.push(token)
        continue
      }
      break
    }
    // Group capitalized words into runs; connectors and commas separate them.
    const runs: Token[][] = []
    let current: Token[] = []
    for (const token of phrase) {
      if (capital(token.text) && !isAcronym(token.text)) current.push(token)
      else {
        if (current.length > 0) runs.push(current)
        current = []
      }
    }
    if (current.length > 0) runs.push(current)

    const results: Found[] = []
    let pending: Found | undefined
    for (let r = 0; r < runs.length; r++) {
      let run = runs[r]!
      let runText = text.slice(run[0]!.start, run.at(-1)!.end)
      let afterComma = false
      if (r > 0) {
        const gap = text.slice(runs[r - 1]!.at(-1)!.end, run[0]!.start).trim()
        // (`Kochi (Kerala)`: the state in parentheses after a city, as a comma sets it apart.)
        if (!/^(?:,|\(|of|,\s*capital\s+of|,\s*the\s+capital\s+of|capital\s+of)$/.test(gap)) pending = undefined
        afterComma = gap === ',' || gap === '('
      }
      // `Republic of Korea`, `Democratic Republic of the Congo`, `Rio de Janeiro`: a country's or a city's name
      // may hold `of` or `de`, which split runs.
      const following = runs[r + 1]
      const joiner = following && particleJoiner.exec(text.slice(run.at(-1)!.end, following[0]!.start))
      if (joiner) {
        const joined = text.slice(run[0]!.start, following!.at(-1)!.end)
        // (`Trinidad and Tobago` is a country; `Port of Spain` a city, `Republic of Korea` a country; `Lanao del Norte` a
        // province.)
        const word = joiner[0].trim()
        if (word.startsWith('and') ? findCountryCode(joined) : word.startsWith('of') ? findCountryCode(joined) ?? findCityCountry(joined) : findCityCountry(joined) ?? findRegionCountry(joined)) {
          run = [...run, ...following!]
          runText = joined
          r++
        }
      }
      const inOrg = insideOrganization(run[0]!.start, run.at(-1)!.end)
      const kind = classify(run, runText)
      if (kind.type === 'country') {
        if (pending && !pending.country) {
          pending.country = kind.country
          results.push(pending)
          pending = undefined
          continue
        }
        if (pending) {
          // `Bruges of Belgium`: the country written beside a city wins over the gazetteer's guess.
          pending.country = kind.country
          pending = undefined
          continue
        }
        if (!inOrg) results.push({country: kind.country, at: run[0]!.start})
        continue
      }
      // `Ulaanbaatar, Mongolia`: a region's name written as a city, its country after a comma.
      const nextRun = runs[r + 1]
      if (kind.type === 'region' && kind.country && !pending && !designation.test(run.at(-1)!.text) && nextRun) {
        const gap = text.slice(run.at(-1)!.end, nextRun[0]!.start).trim()
        const nextText = text.slice(nextRun[0]!.start, nextRun.at(-1)!.end)
        // (Or a province after the comma, as a region's own name would not have: `Lumbini, Province No. 5`.)
        if (gap === ',' && (findCountryCode(nextText) === kind.country || (designation.test(nextRun[0]!.text) && nextRun.length > 1)) && !(inOrg && !institution)) {
          const place: Found = {city: runText, country: kind.country, at: run[0]!.start}
          results.push(place)
          pending = place
          continue
        }
      }
      // `Kyotera, a town in southern Uganda`, `in Moroto town`: a name the gazetteer knows as a district, said to be a town.
      if (kind.type === 'region' && kind.country && !pending && !(inOrg && !institution) && townAfter.test(text.slice(run.at(-1)!.end, run.at(-1)!.end + 40))) {
        const place: Found = {city: runText, country: kind.country, at: run[0]!.start}
        results.push(place)
        pending = place
        continue
      }
      if (kind.type === 'region') {
        if (pending) {
          pending.region ??= runText
          // `Santa Fe, New Mexico`, `Paris, Texas`: the state written after a city and its comma says the city's
          // country, over the gazetteer's guess (the largest city of that name).
          // (Not a region named by a point of the compass, `Tamale, Northern Region`: many countries have one.)
          if (kind.country && pending.city && pending.country && afterComma && pending.country !== kind.country && !compassRegion.test(runText)) pending.country = kind.country
          if (kind.country && !pending.country) {
            pending.country = kind.country
            results.push(pending)
            pending = undefined
          }
          continue
        }
        if (inOrg && !institution) continue
        if (kind.country) results.push({country: kind.country, region: runText, at: run[0]!.start})
        else pending = {country: '', region: runText, at: run[0]!.start}
        continue
      }
      if (kind.type === 'city') {
        // `Sirajganj, Rajshahi division`: a city's name after a city and its comma, then a designation in lower case,
        // names the city's region.
        if (afterComma && pending?.city && lowerDesignationAfter.test(text.slice(run.at(-1)!.end, run.at(-1)!.end + 16))) {
          pending.region ??= runText
          continue
        }
        // `Panama City, Panama`, `Kuwait City, Kuwait`: after a city and its comma, a country that is also a city's
        // name is the city's country.
        if (pending?.city && afterComma && pending.country === kind.country && findCountryCode(runText) === kind.country) {
          pending = undefined
          continue
        }
        if (inOrg && !institution) continue
        const place: Found = {city: kind.city, country: kind.country, at: run[0]!.start}
        results.push(place)
        pending = place
        continue
      }
      if (kind.type === 'unknown') {
        if (inOrg && !institution && !visit) continue
        // `Hohhot, Inner Mongolia`: a name after a city and its comma that is no place known is a part of the
        // city's country (a region the gazetteer lacks), so a country inside it (`Mongolia`) is not a venue.
        if (afterComma && pending?.city && pending.country) continue
        if ((institution || visit) && !kind.fromShape) {
          const inner = findInside(run)
          if (inner.length > 0) {
            results.push(...inner.slice(0, 1))
            pending = undefined
            continue
          }
        }
        // A settlement (`Moby Town`) or an unknown name whose country follows (`Surkhet of Nepal`).
        if (kind.city && (r === 0 || institution)) {
          pending = {city: kind.city, country: '', at: run[0]!.start}
        }
      }
    }
    return results.filter((place) => place.country)
  }

  function classify(run: Token[], runText: string):
    | {type: 'country'; country: string}
    | {type: 'region'; country?: string}
    | {type: 'city'; city: string; country: string}
    | {type: 'unknown'; city?: string; fromShape?: boolean} {
    const country = findCountryCode(runText)
    // City-states and special regions are written as cities: `Hong Kong`, `Macao`, `Singapore`.
    if (country && findCityCountry(runText) === country) return {type: 'city', city: runText, country}
    if (country) return {type: 'country', country}
    const cityCountry = findCityCountry(runText)
    if (cityCountry && !isCommonWord(runText)) return {type: 'city', city: runText, country: cityCountry}
    const regionCountry = findRegionCountry(runText)
    if (regionCountry) return {type: 'region', country: regionCountry}
    // `Laos Vientiane`, `LaosVientiane`: a country and a city of it, the comma (or the space) between them lost.
    const joined = run.length === 2 ? cityAfterItsCountry(run[0]!.text, run[1]!.text) : run.length === 1 && lowerThenUpper.test(runText) ? splitGluedPlace(runText) : undefined
    if (joined) return {type: 'city', ...joined}
    // `Jeju`, `Quezon`: a city the gazetteer knows only with `City` after its name (as written, without it).
    const cityOfName = isCommonWord(runText) ? undefined : findCityCountry(`${runText} City`)
    if (cityOfName) return {type: 'city', city: runText, country: cityOfName}
    // `Barangay San Roque, Quezon City`, `Brgy. Bucana`: a neighbourhood of the city named after it is no venue of its own.
    if (localUnit.test(run[0]!.text)) return {type: 'unknown', fromShape: true}
    const last = run.at(-1)!.text
    if (designation.test(last)) {
      // `Lanzhou Gansu Province`: a city and its province, the comma between them lost.
      if (run.length >= 3) {
        const cityCountry = findCityCountry(run[0]!.text)
        if (cityCountry && findRegionCountry(run.slice(1, -1).map((token) => token.text).join(' ')) === cityCountry) {
          return {type: 'city', city: run[0]!.text, country: cityCountry}
        }
      }
      const base = run.slice(0, -1).map((token) => token.text).join(' ')
      const baseRegion = base ? findRegionCountry(base) : undefined
      return baseRegion ? {type: 'region', country: baseRegion} : {type: 'region'}
    }
    if (citySuffix.test(runText)) {
      const base = runText.replace(citySuffix, '')
      const baseCountry = findCityCountry(base)
      return baseCountry ? {type: 'city', city: base, country: baseCountry} : {type: 'unknown', city: base, fromShape: true}
    }
    // `Davao City`, `Ormoc City`: a known city written with `City` after its name (as the Philippines' are), as written.
    if (last === 'City' && run.length > 1) {
      const baseCountry = findCityCountry(run.slice(0, -1).map((token) => token.text).join(' '))
      if (baseCountry) return {type: 'city', city: runText, country: baseCountry}
    }
    if (settlement.test(last) && run.length > 1) return {type: 'unknown', city: runText, fromShape: true}
    const designationAt = run.findIndex((token) => designation.test(token.text))
    if (designationAt !== -1 && designationAt < run.length - 1) {
      const tail = run.slice(designationAt + 1)
      return {type: 'unknown', city: text.slice(tail[0]!.start, tail.at(-1)!.end), fromShape: true}
    }
    if (run.some((token) => organizationHeads.has(token.text.toLowerCase()) || isCommonWord(token.text))) return {type: 'unknown'}
    return run.length <= 3 && !run.some((token) => lowerThenUpper.test(token.text)) ? {type: 'unknown', city: runText} : {type: 'unknown'}
  }
}

// A lower-case letter, then a capital: where two words were run together.
const gluedJoint = /\p{Ll}(?=\p{Lu})/gu

/**
 * The city of a word that is a country and one of its cities run together (`LaosVientiane`; not `YunnanKunming`:
 * a province is no country), as the `run-together-words` rule reports them; else `undefined`.
 *
 * @param word One word with a capital inside it.
 */
function splitGluedPlace(word: string): {city: string; country: string} | undefined {
  const joints = [...word.matchAll(gluedJoint)]
  if (joints.length !== 1) return undefined
  const split = joints[0]!.index + 1
  return cityAfterItsCountry(word.slice(0, split), word.slice(split))
}

/** The city of a country's name and a city's name (`Laos`, `Vientiane`) when the city is in that country; else `undefined`. */
function cityAfterItsCountry(first: string, city: string): {city: string; country: string} | undefined {
  if (first.length < 3 || city.length < 3 || !capital(city)) return undefined
  const country = findCountryCode(first)
  return country !== undefined && !isCommonWord(city) && findCityCountry(city) === country ? {city, country} : undefined
}

/** An `in`/`at` found by {@link findPreposition}. */
interface Preposition {
  /** Offset of the white space before the word, or of the word at the text's start. */
  index: number
  /** Offset after the white space that follows the word. */
  end: number
  /** Whether the word is capitalized (`In`, `At`). */
  capital: boolean
  /** Whether the match opens with a plain space (not another white-space character). */
  spaceFirst: boolean
}

/**
 * The next `in`, `at`, `In` or `At` at the start of the text or after white space, and followed by
 * white space, searched from `from` on: what `/(?:^|\s)(in|at|In|At)\s+/g` finds from `lastIndex`
 * `from` (same index and end), read by character codes instead of trying the pattern at every offset.
 */
function findPreposition(text: string, from: number): Preposition | undefined {
  // `second` is where the word's second letter would be: most characters are neither `n` nor `t`.
  // The character read there also rules out the next places: the one after it can be a second
  // letter only if this one is `i`, `I`, `a` or `A`, and the one after that only if this one is
  // white space (before the first letter). So most steps skip two places.
  for (let second = from === 0 ? 1 : from + 2; second + 1 < text.length; ) {
    const last = text.charCodeAt(second)
    if (last !== 110 && last !== 116) {
      second += last === 105 || last === 73 || last === 97 || last === 65 ? 1 : isWhiteSpaceCode(last) ? 2 : 3
      continue
    }
    const at = second - 1
    // `n` and `t` are neither white space nor a first letter.
    second += 3
    const first = text.charCodeAt(at)
    // `i`/`I` then `n`, or `a`/`A` then `t`.
    if (!(last === 110 && (first === 105 || first === 73)) && !(last === 116 && (first === 97 || first === 65))) continue
    if (!isWhiteSpaceCode(text.charCodeAt(at + 2))) continue
    const glued = at > 0 && !isWhiteSpaceCode(text.charCodeAt(at - 1))
    let end = at + 3
    while (isWhiteSpaceCode(text.charCodeAt(end))) end++
    // `was heldin Havana`: a line joined without its space, after a verb in the past, before a name.
    if (glued && !(gluedAfterVerb.test(text.slice(Math.max(0, at - 4), at)) && capital(text.charAt(end)))) continue
    const index = at === 0 || glued ? at : at - 1
    return {index, end, capital: first === 73 || first === 65, spaceFirst: index < at && text.charCodeAt(index) === 32}
  }
  return undefined
}

// `our water projects`, `its girls’ football programme`: a body's own projects, before `in` and their place.
// (In a relative clause or with its year: `which was founded in Cologne`, `founded in 1994 in Cologne`; a body founded in
// a city as the event, `the Federation … was founded in Beijing`, is the venue.)
const foundedRightBefore = /\b(?:which|that|who)\s+(?:was|were|had\s+been|has\s+been)\s+(?:founded|established|set\s+up|registered|created|formed)\s+(?:in\s+(?:19|20)\d\d\s+)?$|\b(?:founded|established|set\s+up|registered|created|formed)\s+in\s+(?:19|20)\d\d\s+$/
const seatBefore = /\b(?:headquarters|head\s+office|main\s+office|seat)\s+(?:is|are|was|were)\s+(?:located\s+)?$|\b(?:based|headquartered|registered)\s+$/
const fundsFor = /\b(?:rais(?:e|es|ed|ing)\s+(?:funds|money|donations)|fund-?raising|collect(?:ed|ing)?\s+(?:funds|money|donations))\s+for\s+[^.;:]{0,60}$/
const workBefore = /\b(?:our|its|their)\s+(?:[\w’'-]+\s+){0,3}(?:programmes?|programs?|projects?|schemes?)\s+$/

// `On June 5 to 14, the delegation visited …`: days without a year, then the event's own people, go on with the event
// (a later sentence that opens with a date is otherwise background).
const sameEventDays = /^(?:On|From|During)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:the\s+(?:delegation|group|team|participants|volunteers|guests|visitors|students)|they|it)\b/

// `the town of`, `the mountain town of`, `the city hall of` (sticky, read where a venue phrase starts).
// (Or a school, a hospital or a hotel of a city: `a secondary school of Kathmandu`.)
const placeKindOf = /(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:town|city|village|county|district|township|port|suburb|island|hall|school|hospital|hotel|park)\s+of\s+(?=\p{Lu})/uy

// The end of a verb in the past that a preposition was glued to (`heldin`, `organizedat`).
const gluedAfterVerb = /(?:held|[a-z]ed)$/

/** Whether a word starts with a capital letter (ASCII by arithmetic). */
function capital(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : startsUpper.test(text)
}

/** Places named inside a longer name (`Shenzhen University`, `China National Convention Center`). */
function findInside(tokens: Token[]): Found[] {
  const words = tokens.filter((token) => capital(token.text) && !isAcronym(token.text))
  const results: Found[] = []
  // Whether each word is a month, read once rather than for every window that holds it.
  const months = words.map((token) => monthNames.has(token.text.toLowerCase()))
  for (let i = 0; i < words.length; i++) {
    for (let length = Math.min(3, words.length - i); length >= 1; length--) {
      // Read the window `words[i … i + length)` in place: no month in it, and only consecutive words form a name.
      let usable = true
      for (let k = i; k < i + length && usable; k++) {
        if (months[k] || (k > i && words[k]!.start - words[k - 1]!.end > 1)) usable = false
      }
      if (!usable) continue
      const start = words[i]!.start
      let name = words[i]!.text
      for (let k = i + 1; k < i + length; k++) name += ` ${words[k]!.text}`
      const country = findCountryCode(name)
      const city = findCityCountry(name)
      const region = findRegionCountry(name)
      if (city && !isCommonWord(name) && (!country || country === city)) {
        results.push({city: name, country: city, at: start})
      } else if (country) {
        results.push({country, at: start})
      } else if (region && !isCommonWord(name)) {
        results.push({country: region, region: name, at: start})
      } else continue
      i += length - 1
      break
    }
  }
  return results
}

// Capitalized words that are also GeoNames places (`Union`, `Mission`, `Progress`):
// never read as a city unless written as a venue on their own.
const commonWords = new Set([
  'union', 'mission', 'progress', 'of', 'unity', 'victoria', 'university', 'national', 'international', 'center',
  'centre', 'college', 'school', 'republic', 'federation', 'library', 'palace', 'nations', 'hope', 'independence',
  'liberty', 'freedom', 'concord', 'friendship', 'harmony', 'peace', 'providence', 'commerce', 'industry', 'justice',
  'reform', 'primary', 'media', 'forum', 'summit', 'green', 'design', 'world', 'china', 'asia', 'africa', 'europe',
  'america', 'wits', 'science', 'technology', 'trade', 'energy', 'development', 'cooperation', 'silk', 'road',
  'belt', 'normal', 'mainland', 'headquarters', 'headquarter', 'mobile', 'orange', 'reading', 'bath', 'split', 'nice', 'young', 'global', 'east', 'west',
  'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern', 'far', 'federal', 'new', 'great', 'wall', 'ocean', 'lake', 'river', 'mountain', 'valley', 'bay',
  'beach', 'port', 'harbour', 'harbor', 'garden', 'gardens', 'park', 'plaza', 'square', 'market', 'convention',
  'exhibition', 'music', 'art', 'arts', 'culture', 'heritage', 'tourism', 'spring', 'summer', 'winter', 'autumn',
  'phoenix', 'pearl', 'sun', 'star', 'moon', 'dragon', 'panda', 'lotus', 'rose', 'crystal', 'golden', 'silver',
  // (A saint's title that opens names of places and bodies alike: `Universidad Nacional de San Agustín`.)
  'san', 'santa', 'santo', 'são', 'sao', 'saint', 'sierra'
])

function isCommonWord(name: string): boolean {
  return commonWords.has(name.toLowerCase())
}

/**
 * Read the places a field or a label states as where something is (`Almaty, Kazakhstan`, `Kazakhstan and
 * Kyrgyzstan`, `Bishkek`): a form's `Venue:`, a post's date line after its bar.
 *
 * @param value The place's words alone.
 * @returns The places, or none when the words name no place.
 */
export function readStatedPlaces(value: string): Place[] {
  return extractPlaces(`It took place in ${value}.`)
}
