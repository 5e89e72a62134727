import type {Participants, ParticipantsQualifier} from '@sironet/model'
import {earlierEditionOpeningSource} from './earlier-edition.js'
import {splitSentences} from './extract-sentences.js'
import {personNouns} from './extract-vocabulary.js'

const qualifiers: Array<[RegExp, ParticipantsQualifier]> = [
  [/^(?:more\s+than|more\s+of|at\s+least|upwards\s+of)$/i, 'more-than'],
  [/^(?:over|above|in\s+excess\s+of)$/i, 'over'],
  [/^(?:nearly|almost|close\s+to|up\s+to|just\s+under)$/i, 'nearly'],
  [/^(?:some|about|around|approximately|roughly|an\s+estimated|estimated|circa|approx\.?|c\.|ca\.)$/i, 'about'],
  [/^exactly$/i, 'exact']
]

const numberWords: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100
}
const numberWord = Object.keys(numberWords).join('|')
const qualifierPattern =
  'more\\s+than|more\\s+of|at\\s+least|upwards\\s+of|over|above|in\\s+excess\\s+of|nearly|almost|close\\s+to|up\\s+to|just\\s+under|some|about|around|approximately|roughly|an\\s+estimated|estimated|circa|approx\\.?|c\\.|ca\\.|exactly'
// A day after a month is no thousands group (`On May 3 120 people …`): `1 200` only elsewhere.
const monthPattern = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'
// (French writers group thousands with a space, often a no-break one: `1 200 participants`.)
// Compound number words (`thirty-five`) join as a whole: group each side of the alternation.
// (`a dozen` is twelve; `Two hundred and fifty`, `two hundred fifty-five` are read whole.)
const count = `(?:(${qualifierPattern})\\s+)?(\\d{1,3}(?:,\\d{3})+|(?<!(?:${monthPattern})\\.?\\s)\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?![\\d,.])|\\d+|(?<!half\\s)a\\s+dozen|a\\s+hundred(?:\\s+and\\s+(?:${numberWord})(?:-(?:${numberWord}))?)?|(?:${numberWord})(?:(?:[\\s-]|(?<=hundred)\\s+and\\s+)(?:${numberWord})){0,3})`
// A sentence without a digit or a number word has no headcount: skip it cheaply.
const mayCount = new RegExp(`\\d|\\b(?:${numberWord}|dozen)`, 'i')
// A count, up to three describing words, and a noun for people: `More than 150 people`, `113 Chinese volunteers`.
// (A post's `~150` is about 150, and its `150+` more than 150.)
const headcount = new RegExp(`(?<![\\w,.~-])(~\\s?)?${count}\\b(\\+(?=\\s))?`, 'giu')
// `… as well as another 200 representatives`, compiled once.
const another = new RegExp(`\\b(?:as\\s+well\\s+as|and|plus)\\s+(?:another\\s+|other\\s+)?${count}\\b`, 'iu')
const delegation = new RegExp(`\\b(?:an?|the)\\s+(\\d+|${numberWord})-(?:member|person|people|strong)\\b`, 'giu')
// Words saying the people took part in this event.
const attendance =
  /\b(?:attend(?:ed|ing)?|at+ended|took\s+part|take\s+part|taking\s+part|participated|participating|presented|present|joined|gathered|arrived|came|went|were\s+(?:present|invited|trained|connected)|logged\s+in|became|become|(?:was|were)\s+(?:dispatched|sent|deployed)|discussed|shared|visited|met|made|started|set\s+off|traveled|travelled|took|delivered|exchanged|witnessed|watched|signed|completed|graduated|competed|toured|performed|played|danced|sang|marched|paraded|cycled|hiked|began|begun|launched|carried\s+out|conducted|held|served|spent|volunteered|worked|celebrated)(?:\b|(?=the\b))/i
// (Or a group said to be made of the people: `The team, composed of 18 ophthalmologists, nurses and volunteers, screened …`.)
const participation =
  /\b(?:team|group|delegation|troupe|mission|contingent)s?,?\s+(?:composed|consisting|made\s+up)\s+of\s+$|\b(?:participation|attendance|presence)\s+of\s+$|\b(?:attended|joined|participated|presented|represented)\s+by\s+$|\b(?:sent|send|dispatched|dispatch|sending|deployed|mobili[sz]ed|with|drew|draws|drawing|attract(?:ed|ing|s)?|brought(?:\s+together)?|took|before|in\s+front\s+of|brings\s+together|bringing\s+together|gathered|welcomed|invited|hosted|addressed|greeted|briefed|trained|taught)\s+$|\b(?:arrival|visit)\s+(?:(?:in|to|at)\s+[A-Z][^,.;]{0,40}?\s+)?of\s+$|^(?:\*\*|__)?(?:(?:early|mid|late)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\*\*|__)?\s+(?:saw|witnessed)\s+$|^(?:a\s+)?total\s+of\s+$|,\s*a\s+total\s+of\s+$|\b(?:camp|training|course|workshop|seminar|class(?:es)?|session|summer\s+school|gathering|(?:study|exchange)\s+(?:visit|tour|trip))[”"’']?\s+(?:(?![.;]|\bwhich\b)[^\s.;]+\s+){0,8}?for\s+(?:the\s+)?$/i
// `a team of 12 medical volunteers arrived`, `a cultural troupe of 42 dancers`: a group, then its count, with a verb of taking part.
// (Or a group named without an article after a comma or where the sentence opens: `…, group of about 25 volunteers …`.)
const groupPhrase = '(?:(?:an?|the|this|their|its)\\s+|(?<=^|[,;]\\s*))(?:[a-z]+\\s+){0,2}(?:team|group|delegation|contingent|troupe|party|batch|panel|squad|choir|band|crew|cohort|mission)\\s+of\\s+$'
const groupOf = new RegExp(`\\b${groupPhrase}`, 'i')
// `a medical volunteer team of 14 doctors and nurses dispatched by …`: a group sent to the event.
const groupSent = /^\s+(?:dispatched|sent|deployed|led|headed)\s+by\b/
// `welcomed a group of 35 runners`: the group is the event's people whatever follows.
const groupReceived = new RegExp(`\\b(?:welcomed|received|hosted|sent|dispatched|brought|led|headed)\\s+${groupPhrase}`, 'i')
// A verb in the past right after the counted people (an adverb may come first), not one of being given or counted.
// (Or one of the common irregular pasts of doing: `30 volunteers … gave a summer course`.)
const actedIn = /^\s+(?:\w+ly\s+)?(?:(?!(?:benefit+ed|received|needed|owned|lived|died|used|numbered|totall?ed|reached|registered|listed|based|located|employed|affected|killed|injured|rescued|evacuated|displaced|trained|served|supported|helped|funded|sponsored|selected|recruited|dispatched|expected|estimated)\b)[a-z]{3,}ed|gave|taught|built|ran|led|brought|dug|sewed|sold|wrote|drew|swept|fought|rebuilt|undertook|broke|ate|sat|rode|swam|flew)\b/
const notEvent = /\b(?:have|has|had)\s+(?:\w+\s+)?(?:participated|attended|taken|visited|benefited|been)\b|\bregistered\s+(?:for|to|in|online)\b|\bso\s+far\b|\bin\s+total\b|\btotally\b|\bsince\b|\bthere\s+(?:are|were|is)\b|\bboasts?\b|\bcovering\b|\bbenefit/i
// (Or a stretch of time before the event: `Over the past six months, 48 volunteer mentors coached …`.)
// (Or an earlier edition's: `The first edition of the forum took place in Bishkek in 2021 with 80 participants.`)
const background = new RegExp(
  String.raw`^(?:(?:In|On|From|Since|By|During|Until)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b)|So\s+far\b|Since\b|To\s+date\b|(?:Over|During|In|Throughout)\s+the\s+(?:past|last|previous)\b|${earlierEditionOpeningSource})`
)

/**
 * Read the headcount of an item's reported event: a count of people
 * (`More than 150 people`, `Nearly 200 representatives`, `73 guests`,
 * `a three-member delegation`) that is the subject of the sentence or follows
 * `participation of`, with a verb of taking part; not counts of members,
 * organizations, countries or beneficiaries, not totals (`so far`, `have participated`),
 * not background sentences. `as well as another 200 representatives` adds up.
 *
 * @param text Item text.
 * @param options The year of the item's event (optional): a count in a year before it is a past total.
 * @returns The headcount, or `null` when the item gives none.
 * @example
 *   extractParticipants('More than 150 people took part in the meeting.')
 *   // {value: 150, qualifier: 'more-than', text: 'More than 150 people'}
 */
export function extractParticipants(text: string, options: {year?: number | undefined} = {}): Participants | null {
  const sentences = splitSentences(text)
  // An indexed loop: `entries()` would make an iterator and a pair per sentence.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!.text
    if (index > 0 && background.test(sentence)) continue
    // (A group's size, `a five-member delegation`, when the sentence counts no people.)
    const found = readSentence(sentence, options.year) ?? readDelegation(sentence)
    if (found) return found
  }
  // No count with a verb: a note's or a slide's fragment (`12–16 Jan | Almaty | Winter camp — 85 participants from 7
  // countries; opened by …`).
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!.text
    if (index > 0 && background.test(sentence)) continue
    const found = readFragment(sentence)
    if (found) return found
  }
  return null
}

// What sets a fragment apart: a spaced dash, a bar, a semicolon or a colon (maybe then a list's first entries).
// (Or nothing but a post's emoji: `👥 120+ participants · 🤝 partners: …`.)
const fragmentLead = /(?:\s[—–-]|[|;:·])\s*(?:[^.;|:—–]{0,120},\s*)?$|^(?:\p{Extended_Pictographic}\uFE0F?\s*)*$|\s(?:\p{Extended_Pictographic}\uFE0F?\s*)+$/u
// A verb in a fragment's clause, which makes it a sentence that `readSentence` has read.
const clauseVerb = /\b(?!(?:aged|based|skilled|qualified|selected|registered)\b)[a-z]{3,}ed\b|\b(?:was|were|is|are|has|have|had|will|took|met|came|went|gave|made|won|ran)\b/i

/**
 * A count of people that stands alone in a fragment (`— 85 participants from 7
 * countries;`, `; approx. 250 volunteers, partners and guests`): after a dash,
 * a bar, a semicolon or a colon, with no verb up to the clause's end.
 */
function readFragment(sentence: string): Participants | null {
  if (!mayCount.test(sentence) || !/[—–|;:·]|\s-\s/.test(sentence)) return null
  headcount.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = headcount.exec(sentence)) !== null) {
    const [counted, tilde, qualifierText, numberText, plus] = match as unknown as [string, string | undefined, string | undefined, string, string | undefined]
    const words = readNoun(sentence, match.index + counted.length)
    if (!words) continue
    const value = toNumber(numberText!)
    if (!value || value > 1_000_000) continue
    if (!fragmentLead.test(sentence.slice(Math.max(0, match.index - 130), match.index))) continue
    const after = sentence.slice(match.index + counted.length + words.length)
    const stop = after.search(/[.;|—–]/)
    const clause = stop === -1 ? after : after.slice(0, stop)
    if (clauseVerb.test(clause) || notEvent.test(clause)) continue
    return {value, qualifier: readQualifier(tilde, qualifierText, plus), text: counted + words}
  }
  return null
}

// A `.` that ends a sentence or a `;`, not the point of a title or initial (`Mr.`, `Dr.`, `H.E.`, `J.`).
const clauseEnd = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Messrs|St|Jr|Sr|Gen|Col|Rev|Hon|H\.E|Ca|ca|Approx|approx|Engr|Eng|Er|Atty|Amb|Gov|Sen|Capt|Lt|Supt|Smt|Mgr|Ing|Lic|Dra|Sra|[A-Z]))[.;]/
// A verb of taking part right after the counted people.
const attendedRightAfter = /^\s+(?:\w+ly\s+)?(?:were\s+present|attended|took\s+part|participated|joined\s+(?:the|it|them)|were\s+invited)\b/
// An item's opening date with nothing after it (`In December`, `Late May`, `On May 3`, `On 5 May 2025`, `In 2025`),
// the date of a sentence whose subject follows.
const openingMonth = new RegExp(
  `^(?:(?:In|During|Throughout|Early|Late|Mid|Mid-)\\s*(?:${monthPattern})\\.?(?:\\s+\\d{4})?|(?:On|In)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${monthPattern})\\.?|(?:${monthPattern})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?|In\\s+\\d{4})$`
)
// `28 February —`, `**12–16 February** —`: a date set off by a dash before the sentence's subject (a post's or a page's).
const datedDash = new RegExp(`^(?:\\*\\*|__)?[^.!?]{0,30}?(?:\\b(?:${monthPattern})\\b|\\b(?:19|20)\\d\\d\\b)[^.!?]{0,16}?(?:\\*\\*|__)?\\s*[—–]$`)
// `In total` alone before the count.
const totalFirst = /^In\s+total,?$/i
// A clause the count opens after `where`, a colon or a semicolon.
// (Or a clause reported after `said`: `Mrs. Freshta Noori … said around 30 women staff and volunteers worked …`.)
const clauseOpening = /(?:\bwhere\s+|[:;]\s*|\b(?:said|says|noted|added|reported)\s+(?:that\s+)?)$/i
// `Over 80 volunteers helped to load the trucks`: they helped do it (not `helped by`, people helped).
const helpedWith = /^\s+(?:\w+ly\s+)?helped\s+(?:to|with)\b/
// `, including 12 doctors and nurses,`: an aside on who the counted people were.
// (Or what the body they came from is: `…, a Recife-based network of health NGOs, ran …`.)
// (Or who they were, over commas of its own, up to the verb: `…, most of them Maya women from Guatemala, Chiapas and
// Yucatán, exhibited …`.)
// (The longer form first: `…, including six specialists from Almaty, Kazakhstan, seconded by …, examined …`.)
// (Or who backed or led them: `…, supported by the Mongolian Youth Arts Foundation, gave four concerts`.)
const asideFirst =
  /^,\s*(?:(?:including|among\s+them|of\s+whom|(?:most|many|all|half|some)\s+of\s+them)\b[^.;]{1,160}?,(?=\s+(?:\w+ly\s+)?[a-z]{3,}ed\b)|(?:(?:including|among\s+them|of\s+whom|mostly|mainly|(?:supported|sponsored|funded|accompanied|led|headed|invited|organi[sz]ed|coordinated|guided|assisted)\s+by)\b|(?:an?|the)\s)[^,;]{1,80},)/
// `, benefiting …`, `, covering …`: a participle clause after a comma.
// (Or a purpose: `… dispatched about 60 volunteers to Sukkur, to help families affected by the worst floods since 2010`.)
const participleAfterComma = /,\s+(?:[a-z]+ing|to\s+[a-z]+)\b/
// A noun for a body, then `with`, right before a count (`an organization with 1,700 volunteers`).
const bodyWith = /\b(?:organi[sz]ations?|networks?|associations?|federations?|bod(?:y|ies)|NGOs?|societ(?:y|ies)|unions?|alliances?|clubs?|foundations?|charit(?:y|ies)|institutions?|universit(?:y|ies)|companies|company|groups?)\s+with\s+$/

// Where a relative clause opens after a comma (`, which`, `, who`, `, where`, `, whose`).
const relativeClause = /,\s*(?:which|who|where|whose)\b/

// `only` or `just` right before a count.
const limiter = /\b(?:only|just)\s+$/i
// `of Yiwu Volunteers Association` after the counted people: the body they came from.
// (With its acronym in parentheses, or its own name in quotation marks: `of the Estonian Fund for Nature (ELF)
// planted`, `from the Regional Public Organization "Clean Baikal" cleaned`.)
// (Or several, in a list or with where they are: `from Ganja, Shaki and Baku exhibited`, `from the … "Clean Baikal" and
// Inner Mongolia University in Hohhot cleaned`, `from China, Turkey and Uzbekistan as well as Pakistan broke …`.)
const bodyName = `\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|for|and|the|&|de|del|des|du|da|do|dos|la|le|les|y|e|et|pour|para|per|für|voor)\\s+)*\\p{Lu}[\\p{L}’'-]*)*(?:\\s*\\([^()]{1,20}\\))?(?:\\s+["“][^"“”]{1,40}["”])?`
// (Or a body named by its kind: `Around forty volunteers of the society organized …`.)
const bodyKind = '(?:(?:the|our|its|their|this)\\s+(?:[a-z]+\\s+)?(?:society|association|network|federation|organi[sz]ation|club|foundation|centre|center|group|alliance|union|council|charity|chapter|branch)|(?:both|the\\s+two|all|the\\s+three)\\s+(?:organi[sz]ations|associations|sides|partners|networks|societies|federations|bodies|countries)|(?:the\\s+)?(?:[a-z0-9-]+\\s+)?(?:countries|regions|provinces|communities|villages)(?:\\s+of\\s+(?:the\\s+)?[a-z]+)?)'
// (Places may close with their kind: `from Savannakhet and Champasak provinces of Laos`.)
const placeKinds = `(?:\\s+(?:provinces?|regions?|districts?|villages?|counties|states?|cities|towns)(?:\\s+of\\s+${bodyName})?)?`
const bodyAfter = new RegExp(`^\\s+(?:of|from)\\s+(?:${bodyKind}\\b|(?:the\\s+)?${bodyName})(?:(?:,\\s*|\\s+(?:and|in|at|from|as\\s+well\\s+as)\\s+)(?:${bodyKind}\\b|(?:the\\s+)?${bodyName}))*${placeKinds}`, 'u')

/** The clause after the counted people, without the body they came from (`of Yiwu Volunteers Association worked` → ` worked`). */
function afterBody(clause: string): string {
  const body = bodyAfter.exec(clause)
  return body === null ? clause : clause.slice(body[0].length)
}

// `… visited Xishuangbanna in 2018`: the year a clause says its people came in.
const yearOfClause = new RegExp(`\\bin\\s+(?:(?:early|mid|late)[\\s-]+)?(?:(?:${monthPattern})\\.?\\s+)?((?:19|20)\\d\\d)\\b`)
// `Consul General … Mr. Kyaw Zin Oo and more than 300 foreign experts, … from 46 countries … attended the reception`: a
// crowd's rough count (with its qualifier) joined to the names before it by `and`, with them the subject of a verb of
// taking part further on. (Not an exact few with a name: `Vice Chairman Yerlan Mukhametov and three staff members
// attended …` is a delegation at the event.)
const afterName = /\p{Lu}[\p{L}’'-]*\s+and\s+$/u
const attendedInClause = /^[^.;]{0,160}?\b(?:attended|took\s+part|participated|were\s+present)\b/

function readSentence(sentence: string, year?: number): Participants | null {
  if (!mayCount.test(sentence)) return null
  // `exec` over the shared pattern rather than `matchAll`, which copies the pattern on each call;
  // nothing in the loop uses `headcount`.
  headcount.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = headcount.exec(sentence)) !== null) {
    const [counted, tilde, qualifierText, numberText, plus] = match as unknown as [string, string | undefined, string | undefined, string, string | undefined]
    const words =
      readNoun(sentence, match.index + counted.length) ?? readMembersMet(sentence, match.index, counted.length) ?? readPluralThatAttended(sentence, match.index + counted.length) ??
      readBareCountAttended(sentence, match.index, counted.length) ?? readGroupCount(sentence, match.index, counted.length)
    if (words === undefined) continue
    const whole = counted + words
    const value = toNumber(numberText!)
    if (!value || value > 1_000_000) continue
    const before = sentence.slice(Math.max(0, match.index - 120), match.index)
    const after = sentence.slice(match.index + whole.length)
    const inGroup = groupOf.test(before)
    // `only 20 people were present`: `only` and `just` stand before the subject's count.
    const lead = limiter.test(before) ? before.replace(limiter, '') : before
    // `…, and more than 60 young entrepreneurs took part`: after a comma, `and` opens a new clause.
    const newClause = /,\s*and\s+$/.test(lead)
    // (`… was held outdoors and nearly 300 visitors attended`: `and` opens a clause of its own when the people attended.)
    const andAttended =
      /\band\s+$/i.test(lead) && (attendedRightAfter.test(sentence.slice(match.index + whole.length)) || (qualifierText !== undefined && afterName.test(lead) && attendedInClause.test(after)))
    // `a Seoul-based organization with 1,700 registered volunteers`: a body's members or staff, not the event's people.
    if (bodyWith.test(lead)) continue
    // (`The 34 participants included …`: the event's people, counted where the sentence opens.)
    // (Not a year: `The 2023 Korea-Mongolia Youth Forum …`.)
    const theOpening = /^The\s+$/.test(sentence.slice(0, match.index)) && !/^(?:19|20)\d\d$/.test(numberText!)
    if (!newClause && !andAttended && !theOpening && /(?:\bfrom|(?<!total\s)\bof|\bby|\bto|\bthan|\band|\bamong|\bincluding|\bwith|\bfor|\bthe|\bits|\btheir)\s+$/i.test(lead) && !inGroup && !participation.test(lead)) continue
    // The count opens the sentence (`only` aside), or follows a comma that is not a list's.
    // (Or follows only an opening month without its comma: `In December 45 nurses took part`.)
    const opening = sentence.slice(0, match.index - (before.length - lead.length)).trim()
    // (`In total 40 people took part`: the total of this event, not a past one.)
    const totalOpening = totalFirst.test(opening)
    const opensSentence = opening === '' || openingMonth.test(opening) || totalOpening || datedDash.test(opening) || theOpening
    // (Or opens a clause of its own: `…, where about 250 guests gathered`, `… programme: 30 students … arrived`.)
    const subject =
      opensSentence || clauseOpening.test(lead) ||
      (/,\s*(?:and\s+)?$/.test(lead) && !/\b(?:including|such\s+as|namely)\b[^,]*,\s*(?:and\s+)?$/i.test(lead))
    // What follows, up to the first `.` or `;` (`split(/[.;]/)[0]`, without splitting the rest).
    // (Not the point of a title: `Nearly 100 people, including Mr. Ramon Villanueva, attended`.)
    const stop = after.search(clauseEnd)
    const clause = stop === -1 ? after : after.slice(0, stop)
    // `more than 500 volunteers planted trees`: a count of people as subject, right before its verb in the past, did it.
    // `because of the distancing only 20 people were present`: a verb of taking part right after the people makes them its subject.
    // (`A team of 28 volunteers, including 12 doctors and nurses, provided …`: an aside on who they were comes first.)
    const acted = afterBody(clause).replace(asideFirst, '')
    const ok =
      participation.test(before) || (inGroup && (groupReceived.test(before) || groupSent.test(clause))) || attendedRightAfter.test(clause) || andAttended ||
      ((subject || inGroup) && (attendance.test(clause) || actedIn.test(acted) || helpedWith.test(clause)))
    // (Up to a participle clause after a comma, which says what came of it: `… took part, benefiting 600 families`.)
    const participle = participleAfterComma.exec(clause)
    const ownClause = participle === null ? clause : clause.slice(0, participle.index)
    // (After `, and` the clause before is another's: `… registered for the course, and about 180 joined …`.)
    if (!ok || notEvent.test((totalOpening || newClause ? '' : before.slice(-40)) + ownClause.slice(0, 80))) continue
    // (`… and more than 150,000 tourists visited Xishuangbanna in 2018`, in a bulletin of 2019: a past year's count;
    // not the year of an aside after a comma, `… took part in the forum, whose first edition was held … in 2019`.)
    const clauseYear = year === undefined ? null : yearOfClause.exec(ownClause.split(',', 1)[0]!)
    if (clauseYear && Number(clauseYear[1]) < year!) continue
    // `… has established cooperation …, attracting some 1,500 volunteers`: a participle follows its main verb, here a total.
    if (/\b(?:attracting|drawing)\s+$/.test(before) && /\b(?:has|have)\s+(?!to\b)\w+/.test(sentence.slice(0, match.index))) continue
    let total = value
    // `80 people … as well as another 200 representatives`.
    // (Not in a relative clause about the event: `…, which was facilitated by Er. … and two engineers from the company`.)
    // (Nor people who are among the counted ones: `The 34 participants included 26 heads … and eight guests`.)
    const more = /^\s*(?:,\s*)?includ/.test(clause) ? null : another.exec(clause.split(relativeClause, 1)[0]!)
    // (Not `, and`: `…, and some 1,200 children received check-ups` is a clause of its own.)
    if (more && readNoun(clause, more.index + more[0].length) && !(/^and\b/i.test(more[0]) && /,\s*$/.test(clause.slice(0, more.index)))) {
      const extra = toNumber(more[2]!)
      if (extra) total += extra
    }
    return {value: total, qualifier: readQualifier(tilde, qualifierText, plus), text: whole}
  }
  return null
}

/** `a five-member delegation`, `the 30-strong team`: a group's size, the headcount when no sentence counts people. */
function readDelegation(sentence: string): Participants | null {
  if (!mayCount.test(sentence) || !/-(?:member|person|people|strong)\b/.test(sentence)) return null
  delegation.lastIndex = 0
  for (let match = delegation.exec(sentence); match !== null; match = delegation.exec(sentence)) {
    const value = toNumber(match[1]!)
    if (value) return {value, qualifier: 'exact', text: match[0].replace(/^(?:an?|the)\s+/i, '')}
  }
  return null
}

// `with more than 30 members of China Youth Entrepreneurs Association`: members of a named body met.
const membersOfBody = /\s+members\s+of\s+(?:the\s+)?\p{Lu}/uy
const metWith = /\b(?:with|met|meet|meeting)\s+(?:(?:more\s+than|over|nearly|about|some|around)\s+)?$/i

/**
 * `members` after a count, when they took part (`120 members took part`) or are members of a
 * named body whom the event's people met or talked with (a count of members is otherwise no headcount).
 */
function readMembersMet(sentence: string, index: number, length: number): string | undefined {
  // `More than 120 members took part`, `100 members and guests attended`: members who took part are its people.
  membersTookPart.lastIndex = index + length
  // (One word may describe them: `More than 120 chama members took part`.)
  const tookPart = membersTookPart.exec(sentence)
  if (tookPart !== null) return tookPart[1]
  // `a delegation of 15 members`: the members of a group that came are its people.
  membersAfter.lastIndex = index + length
  if (membersAfter.test(sentence) && groupOf.test(sentence.slice(Math.max(0, index - 60), index))) return ' members'
  membersOfBody.lastIndex = index + length
  if (!membersOfBody.test(sentence)) return undefined
  return metWith.test(sentence.slice(Math.max(0, index - 40), index)) ? ' members' : undefined
}

/** `Of the 260 young leaders who registered, 164 attended …`: a bare count opening a clause, then a verb of taking part. */
function readBareCountAttended(sentence: string, index: number, length: number): string | undefined {
  if (!attendedRightAfter.test(sentence.slice(index + length)) || !/(?:^|,)\s*(?:and\s+)?$/.test(sentence.slice(Math.max(0, index - 7), index))) return undefined
  return ''
}

// After a group's bare count: who led it, where it came from, or its verb (`a delegation of 9 led by …`, `of 15 from …`).
const afterGroupCount = /^\s+(?:led|headed|from|arrived|visited|came|went|travell?ed|toured)\b/

/** `a delegation of 9 led by Chen Ruolan`, `a delegation of 15 from …`: a group's count with no noun after it. */
function readGroupCount(sentence: string, index: number, length: number): string | undefined {
  if (!afterGroupCount.test(sentence.slice(index + length, index + length + 16)) || !groupOf.test(sentence.slice(Math.max(0, index - 60), index))) return undefined
  return ''
}

// A plural noun that no list holds (`fisherwomen`, `tea-pickers`), then a verb of taking part (sticky).
const pluralThatAttended = /(?:\s+[a-z][a-z-]+)?\s+[a-z][a-z-]{2,}(?:s|men|women|folk)(?=\s+(?:\w+ly\s+)?(?:were\s+present|attended|took\s+part|participated|were\s+invited|gathered)\b)/y

/** `Over 300 fisherwomen attended`: a plural right after a count, when they took part, counts people though no list knows it. */
function readPluralThatAttended(sentence: string, from: number): string | undefined {
  pluralThatAttended.lastIndex = from
  return pluralThatAttended.exec(sentence)?.[0]
}

const membersAfter = /\s+members\b/y
// (Or members of a named body who joined: `18 members of the Japan–Norway Sled Dog Club joined …`.)
const membersTookPart = /((?:\s+[a-z]+)?\s+members)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}–’'-]*(?:\s+(?:\p{Lu}[\p{L}–’'-]*|of|for|and|&)){0,7})?\s+(?:and\s+(?:[a-z]+\s+){1,2})?(?:took\s+part|attended|participated|were\s+present|gathered|joined)\b/uy

// Words after a count that show it does not count people (`150 of`, `20 million`, `30 countries`).
const notPeople: ReadonlySet<string> = new Set([
  'of', 'from', 'for', 'in', 'million', 'billion', 'thousand', 'member', 'members', 'countries', 'country', 'organizations',
  'and', 'to', 'at', 'on'
])

// A word after a count, with the white space before it (sticky: read in place from where the count ends).
const nounWord = /\s+([\w’'*-]+)/uy
// `, fishermen` in a list (sticky).
const listNoun = /,\s+([a-z][\w’'-]*)/y
// `and`, then a noun, or a describing word and a noun (sticky).
const andNoun = [/,?\s+(?:and|&)\s+([a-z][\w’'-]*)/y, /,?\s+(?:and|&)\s+[a-z][\w’'-]*\s+([a-z][\w’'-]*)/y]

/**
 * Where the people counted end when more follow the first noun: `engineers and technicians`, `returnees and
 * community leaders`, `students, fishermen and volunteers` (a list closed by `and`; not `people, mainly officials`).
 */
function readMorePeople(text: string, end: number): number {
  let cursor = end
  for (let found = true; found; ) {
    listNoun.lastIndex = cursor
    const next = listNoun.exec(text)
    found = next !== null && personNouns.has(next[1]!.toLowerCase())
    if (found) cursor = listNoun.lastIndex
  }
  for (const pattern of andNoun) {
    pattern.lastIndex = cursor
    const last = pattern.exec(text)
    if (last !== null && personNouns.has(last[1]!.toLowerCase())) return pattern.lastIndex
  }
  return end
}
// The word before `and` is capitalized (`Chinese and`); so is the one after it (`and Kenyan`).
const capitalized = /\p{Lu}[\p{Ll}’'-]+\s*$/u
const capitalizedNext = /^\s+\p{Lu}\p{Ll}/u

/**
 * Read the words after a count up to the noun for people they describe
 * (`young volunteers`, `youth representatives`), or `undefined` when the count is not of people.
 * Looks at up to four words, and a fifth when the fourth is such a noun; reads each only when it is reached.
 */
function readNoun(text: string, from: number): string | undefined {
  let end = from
  // (One word more after an `and` between two describing words: `nine Thai and Lao handicraft producers`.)
  let words = 4
  for (let i = 0; i < words; i++) {
    nounWord.lastIndex = end
    const found = nounWord.exec(text)
    if (found === null) return undefined
    end = nounWord.lastIndex
    const word = found[1]!.toLowerCase()
    // `On May 3 120 people`, `In 2025 300 people`: a number after the count is the count, not the counted.
    if (i === 0 && /^\d/.test(word)) return undefined
    // `45 Chinese and Russian students`: `and` between two capitalized words that describe the people.
    if (word === 'and' && i > 0 && capitalized.test(text.slice(from, found.index)) && capitalizedNext.test(text.slice(end))) {
      words = 5
      continue
    }
    if (notPeople.has(word)) return undefined
    if (personNouns.has(word)) {
      // `youth representatives`: a second noun for people right after the first belongs to it.
      nounWord.lastIndex = end
      const next = nounWord.exec(text)
      if (next !== null && personNouns.has(next[1]!.toLowerCase())) end = nounWord.lastIndex
      // `engineers and technicians`, `returnees and community leaders`: more people after `and` are counted with them.
      return text.slice(from, readMorePeople(text, end))
    }
  }
  return undefined
}

// A count that opens a value (`approx. 120`, `~150`, `120+`, `35 (incl. 10 trainers)`).
// (Not a date's or a time's figures: `10/01/2025`, `10.01.`, `9:30`.)
const countFirst = new RegExp(`^(~\\s*)?${count}(\\+)?(?![,./:–-]?\\d)`, 'iu')

/**
 * Read the count a form's value opens with (`Participants: approx. 120`): the form says whom it counts, so no noun
 * for people need follow.
 *
 * @param value The value, without its label.
 * @returns The headcount, or `null` when the value opens with no count.
 * @example
 *   readCount('approx. 120') // {value: 120, qualifier: 'about', text: 'approx. 120'}
 */
export function readCount(value: string): Participants | null {
  const match = countFirst.exec(value.trim())
  if (match === null) return null
  const [text, tilde, qualifierText, numberText, plus] = match as unknown as [string, string | undefined, string | undefined, string, string | undefined]
  const number = toNumber(numberText)
  if (!number || number > 1_000_000) return null
  return {value: number, qualifier: readQualifier(tilde, qualifierText, plus), text}
}

/** The qualifier of a count: `~` before it says about, `+` after it more than, else its words. */
function readQualifier(tilde: string | undefined, text: string | undefined, plus: string | undefined): ParticipantsQualifier {
  return plus ? 'more-than' : tilde ? 'about' : toQualifier(text)
}

function toQualifier(text: string | undefined): ParticipantsQualifier {
  if (!text) return 'exact'
  for (const [pattern, qualifier] of qualifiers) if (pattern.test(text.replace(/\s+/g, ' '))) return qualifier
  return 'exact'
}

function toNumber(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text.replace(/[,\s\u00a0\u202f]/g, ''))
  if (/^a\s+dozen$/i.test(text)) return 12
  let total = 0
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    // (`a hundred and twenty`: the article counts one.)
    if (word === 'and' || word === 'a') continue
    const value = numberWords[word]
    if (value === undefined) return undefined
    total = value === 100 ? Math.max(total, 1) * 100 : total + value
  }
  return total || undefined
}
