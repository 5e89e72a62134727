import {markdownImage} from './light-markup.js'

// `Photos: courtesy of …`, `Editor’s note: …`, `(Source: …)`, `Contact: …`: a labelled note of the editors.
// (`Photos and reports: …`: two labels joined by `and`.)
const noteLabel = String.raw`(?:photos?|pictures?|images?|photo\s+credits?|credits?|reports?|texts?|sources?|editor[’']?s\s+notes?|notes?|contacts?|compiled\s+by|edited\s+by|translated\s+by|written\s+by|for\s+more\s+information|more\s+information|read\s+more|see\s+also)`
const editorialNote = new RegExp(String.raw`^\(?${noteLabel}(?:\s+(?:and|&)\s+${noteLabel})?\s*[:：]`, 'i')

/**
 * Whether a paragraph is page furniture rather than news: a copyright or
 * rights notice (`© 2017 Women & Environment Alliance. All rights reserved.`),
 * as a bulletin saved as a web page ends with, a short labelled note of the
 * editors (`Photos: courtesy of the member organizations.`, `Editor’s note: …`),
 * a sign-off (`Compiled by the network secretariat, Suva.`), or the footer of
 * a bulletin sent as an e-mail (`You receive this e-mail because … To
 * unsubscribe, reply with …`), or a report's footnotes (`¹ See the annual report
 * …`), the editors' contact line (`… · secretariat@… · shared under CC BY 4.0.`),
 * or a photo's caption closed by its credit (`… during the drill. Photo: PMI Aceh.`), a post's
 * `Read more »` link, a post's `Posted on … by …` line, a press release's `About …:` note on its sender, and
 * what ends an e-mail: its closing (`Best regards,`), a signature with a phone number, a quoted reply (`> Thanks`),
 * and a Markdown page's to-do (`[ ] Send the photos`), table of contents marker (`[TOC]`), or an image or comment
 * on a line of its own, the dotted lines a report is signed on, a LaTeX source's preamble, comments and bounds, and a
 * report's table or figure caption (`Table 3: …`, `Figure 7: …`) or sidebar (`Did you know? …`).
 * Such a paragraph is no item.
 *
 * @param text Paragraph text, trimmed.
 * @returns `true` for a copyright or rights notice or an editors' note.
 * @example
 *   looksLikeBoilerplate('Copyright 2018 SIRONET. All rights reserved.') // true
 *   looksLikeBoilerplate('Photos: courtesy of the member organizations.') // true
 */
export function looksLikeBoilerplate(paragraph: string): boolean {
  // (Emphasis around the whole paragraph, `_Compiled by … team._`, is Markdown's, not the paragraph's.)
  const text = emphasisAround.test(paragraph) ? paragraph.slice(1, -1).replace(emphasisAround, '$2') : paragraph
  if (text.length <= 2000 && isFootnotes(text)) return true
  if (isQuotedMessage(text)) return true
  // `About the Samarkand Heritage Foundation: Founded in 2004, …`: a press release's note on its sender.
  if (text.length <= 1200 && aboutSender.test(text)) return true
  if (text.length <= 600 && signatureLine.test(text)) return true
  // `Table 3: Key figures …` (with its rows copied as lines), `Figure 7: Participants of …`, `Did you know? …`: a
  // report's table, a figure's caption, a sidebar.
  if (text.length <= 1500 && (captionLabel.test(text) || sidebarLabel.test(text))) return true
  if (isLatexOnly(text)) return true
  if (text.length <= 600 && (summaryClosing.test(text) || editorsThanks.test(text))) return true
  // `We use cookies to understand how our blog is read …`: a site's notice on cookies.
  if (text.length <= 400 && cookieNotice.test(text)) return true
  if (text.length > 300) return false
  if (mailFooter.test(text) || isMailHeader(text)) return true
  if ((emailAddress.test(text) && contactMark.test(text)) || phoneNumber.test(text)) return true
  if (text.length > 200) return false
  if (photoCredit.test(text) || quotedReply.test(text)) return true
  if (text.length <= 40 && (closing.test(text) || slideClosing.test(text))) return true
  if (thanksClosing.test(text) || collectedBy.test(text) || seasonGreeting.test(text)) return true
  if (text.length <= 100 && moreLink.test(text)) return true
  if (text.length <= 120 && postedLine.test(text)) return true
  if (text.length <= 60 && isByline(text)) return true
  if (taskItem.test(text) || (text.length <= 20 && contentsMarker.test(text)) || markupOnly.test(text)) return true
  return /^(?:©|\(c\)\s|copyright\b)/i.test(text) || /\ball rights reserved\.?$/i.test(text) || editorialNote.test(text) || signOff.test(text)
}

// `About the Samarkand Heritage Foundation:`, `About SEWA:`: a press release's paragraph on the body that sends it.
const aboutSender = /^About\s+(?:the\s+)?\p{Lu}[^:.\n]{1,80}:\s/u

// `Posted on 30/12/2024 by admin`, `Published 12 March 2025`: a post's date-and-author line, no event's date.
// (Or a forum post's `Last edited by batbayar_g on Tue Jul 09, 2019 4:12 pm, edited 2 times in total.`)
const postedLine = /^(?:posted|published|updated|last\s+updated)\b(?:\s+(?:on|by|in)\b)?[^.!?]{0,100}$|^last\s+edited\s+by\s[^!?]{0,100}$/i

// `Questions?`, `Any questions?`, `Q&A`: a slide deck's last slide.
const slideClosing = /^(?:any\s+(?:more\s+)?questions|questions)\s*\?$|^q\s*&\s*a$/i

// `Read more »`, `Continue reading “Palermo Opens Its Doors” →`, `Full story…`: the link under a post's excerpt.
// (An arrow or an ellipsis ends it, or its words are all it says; a bare `More` only with its arrow: `More than 150 people …` is no link.)
const moreLink =
  /^(?:read\s+more|read\s+the\s+(?:full\s+|whole\s+)?(?:story|article|post|report)|continue\s+reading|full\s+(?:story|article|report)|learn\s+more|see\s+more)(?:\s+[^\s.!?][^.!?]{0,80}?)?\s*(?:[»›→>…]+|\.{3})$|^more\s*(?:[»›→>…]+|\.{3})$|^(?:read\s+more|continue\s+reading|learn\s+more|full\s+story)\s*[.:]?$/i

// `¹ See the annual report …`, `[3] Information provided by …`, `5/ The report of …` (as UN documents mark them), `[^1]: The
// summer school …` (a Markdown footnote), `[a]Please check the date` (a reviewer's comment, as a Google Docs draft
// saved as text lists them at its end): a report's footnotes and comments, one a line.
const footnoteLine = /^(?:(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3}\/|\[\^[^\]\s]{1,20}\]:)\s|\[[a-z]{1,2}\](?=\S))/

/** Whether every line of a paragraph is a footnote. */
function isFootnotes(text: string): boolean {
  if (!footnoteLine.test(text)) return false
  for (const line of text.split('\n')) if (!footnoteLine.test(line.trim())) return false
  return true
}

/**
 * Whether a paragraph is the header of an e-mail saved as text (`From: …`, `Sent: …`, `To: …`, `Subject: …`, a line
 * each): no title and no item.
 *
 * @param text Paragraph text.
 * @returns `true` for two header lines or more and nothing else.
 */
export function isMailHeader(text: string): boolean {
  const lines = text.split('\n')
  if (lines.length < 2) return false
  for (const line of lines) if (!mailHeaderLine.test(line.trim())) return false
  return true
}

const mailHeaderLine = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|de|para|asunto|enviado|objet|envoyé|à)\s*:/i

// `You receive this e-mail because …`, `To unsubscribe, …`: the footer of a bulletin sent as an e-mail.
const mailFooter = /\bunsubscribe\b|\bno longer wish to receive\b|\byou (?:are )?receiv(?:e|ed|ing) this (?:e-?mail|newsletter|message)\b/i

// `Compiled by the network secretariat, Suva.`: who made the bulletin, signing it off; it may close with the month it
// was made in (`…, Tehran, September 2023.`) or an address to write to (`… Corrections and news: info@cyli.ge.`).
// (Of 200 characters at most, as every paragraph read here past the footnotes and notes on a sender.)
// (And what the next issue will cover: `… Cebu City, January 2018. Next issue: January–June 2018.`)
// (Or who made it and where, then a request to readers: `Prepared by the CASCN secretariat (Tashkent) and regional office
// (Almaty). Please send your news for the July–December 2024 issue before 15 December 2024.`)
const signOff =
  /^(?:compiled|edited|prepared|written|translated|published|issued)\s+by\s+(?:the\s+)?(?:(?:[\p{L}\s,.’'&:@–—-]|(?<!\d)(?:19|20)\d\d(?!\d))+|[\p{L}\s,’'&()–—-]{1,160}\.\s+please\s[^!?]{0,200})$/iu

// `......................    (KAVITHA RAMAN)`, `____________`: the lines a report is signed on, with the names and
// posts of who signs under them.
const signatureLine = /^[._]{8,}/

/**
 * Whether every line of a paragraph is a LaTeX comment or command (`% Compiled by …`, `\documentclass[11pt]{article}`,
 * `\begin{document}`): a `.tex` source's preamble, comments and bounds, no text.
 */
function isLatexOnly(text: string): boolean {
  if (!latexLine.test(text)) return false
  for (const line of text.split('\n')) if (!latexLine.test(line.trim())) return false
  return true
}

// (A comment, or a command of the document's structure, not one around text: `\\textbf{On 5 July}, …` is an item.)
const latexLine = /^(?:%|\\(?:documentclass|usepackage|hypersetup|begin|end|maketitle|title|author|date|newcommand|renewcommand|setlength|pagestyle|thispagestyle|tableofcontents|input|include|bibliography|bibliographystyle|newpage|clearpage|geometry)\b)/

const captionLabel = /^(?:table|figure|fig\.|chart|graph|box|map|photo)\s*\d{1,3}(?:\.\d{1,2})?\s*[:.–—-]\s/i
const sidebarLabel = /^(?:did\s+you\s+know\s*\?|fun\s+fact\s*:|key\s+facts?\s*:|at\s+a\s+glance\s*:)/i

// `[ ] Send the photos by January 15`, `[x] Done`: a to-do of a notes app's page (a Markdown task list's item), no news.
const taskItem = /^\[[ xX]\]\s/

// `![Volunteers at the site](/images/site.jpg)`, `[img]https://…/camp.jpg[/img]`, `<!-- TODO: add photos -->`: a
// Markdown or BBCode image or an HTML comment on a line of its own.
const markupOnly = new RegExp(String.raw`^(?:\[img(?:=[^\]\n]*)?\][^[\n]*\[\/img\]|${markdownImage}|<!--[\s\S]*?-->)$`)

// `[TOC]`, `[[_TOC_]]`, `{{TOC}}`, `<!-- toc -->`: where a Markdown page's table of contents goes.
const contentsMarker = /^(?:\[toc\]|\[\[_toc_\]\]|\{\{\s*toc\s*\}\}|<!--\s*toc\s*-->)$/i

// `Information collected by the Executive Secretariat. Members are invited to send …`: who gathered the news, signing off.
const collectedBy = /^(?:information|news|texts?|reports?|items?)\s+(?:collected|compiled|gathered|edited|prepared)\s+by\s/i

// `_…_`, `*…*`, `**…**`: Markdown's emphasis around a whole paragraph.
const emphasisAround = /^([*_]{1,2})(\S[\s\S]*\S)\1$/

// `Forum … · Jl. Kramat Raya 45 · secretariat@… · This bulletin is shared under CC BY 4.0.`: the editors' contact line,
// an e-mail address with separators, labels or a licence.
const emailAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
// (Or words asking to write to it: `To send your news for the next bulletin, please write to secretaria@….`)
const contactMark = /\s[·|•]\s|\b(?:tel|phone|fax|e-?mail|address|website)\b\s*[:.]|\bCC\s+BY\b|\bCreative\s+Commons\b|\b(?:write|send\s+(?:it|them|your\s+\w+))\s+to\s+(?:[^\s@]+\s+){0,4}?[\w.+-]+@|\bcontact\s+us\b|^for\s+more\s+information\b/i

// `Residents walk to the escape building during the drill. Photo: PMI Aceh.`, `… (Photo by Li Wei)`: a photo's
// caption, closed by its credit.
const photoCredit = /(?:^|[.!?]["”’]?\s+|\s(?=\())\(?(?:photos?|pictures?|images?)(?:\s+(?:credit|courtesy))?\s*(?:[:：]|by\b)[^.!?()]{1,80}\.?\)?\.?$/i

// `Tel. +43 1 523 48 17`, `Phone: (021) 555 0101`, `Tél. : +221 33 867 45 12`: a signature's or an address's phone number.
const phoneNumber = /(?<![\p{L}])(?:t[eé]l|phone|mobile|mob|fax|t[eé]l[eé]phone)(?![\p{L}])\.?\s*:?\s*\+?\(?\d[\d\s()/-]{5,}\d/iu

// `> Thanks, we will share it.`: a reply quoted under an e-mail, standing alone (a block quote under an item is
// joined to it before paragraphs are sorted).
const quotedReply = /^>\s/

// `Best regards,`, `Yours sincerely,`, `Thank you!`: the closing of a letter or an e-mail.
// (Also in Spanish, Portuguese and French: `Un abrazo,`, `Saludos cordiales,`, `Abraços,`, `Bien cordialement,`.)
const closing = /^(?:(?:best|kind|warm|warmest|kindest|with\s+best|with\s+kind)\s+(?:regards|wishes)|regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|many\s+thanks|thank\s+you|thanks|cheers|with\s+(?:thanks|gratitude)|un\s+(?:fuerte\s+)?abrazo|(?:un\s+)?saludo(?:s)?(?:\s+cordiales)?|cordialmente|atentamente|abra[çc]os?|(?:um\s+)?abra[çc]o|atenciosamente|(?:bien\s+)?cordialement|bien\s+[àa]\s+vous)\s*[,.!]?$/i

// `We wish all our members and partners a happy and peaceful New Year!`, `Season's greetings to all!`: a closing greeting.
const seasonGreeting = /^(?:(?:we\s+)?wish(?:ing|es)?\s+(?:you|all)\b[^.!?\d]{0,120}\b(?:new\s+year|holidays?|holiday\s+season|festive\s+season|christmas|eid|nowruz|spring\s+festival)|(?:season[’']?s\s+greetings|happy\s+new\s+year|merry\s+christmas)\b)[^.!?\d]{0,80}[.!]?$/i
// `The Secretariat warmly thanks all contributors. News for the next issue can be sent …`: the editors' thanks.
const editorsThanks = /^(?:the\s+)?(?:secretariat|editors?|editorial\s+(?:team|board)|newsletter\s+team|network)\s+(?:\w+ly\s+)?thanks?\s+(?:all|our|every)\b[^\d]{0,150}$|^(?:the\s+)?(?:secretariat|editors?|editorial\s+(?:team|board)|newsletter\s+team|network)\s+(?:\w+ly\s+)?thanks?\s+(?:all|our|every)\b[^.!?]*[.!?]\s+(?:news|stories|contributions|reports)\b[^!?]{0,400}$/i
const cookieNotice = /^(?:we|this\s+(?:site|website|blog|page))\s+uses?\s+cookies\b/i

// `The above is the summary of international exchanges of our member organizations …`, `These are the highlights of
// the first half of 2021; …`: the editors closing the bulletin by naming what it was (no date of an event in it).
const summaryClosing =
  /^(?:the\s+above\s+(?:is|are|were)|(?:this|these)\s+(?:is|are|were)|(?:that|those)\s+(?:is|are|were))\s+(?:the\s+|a\s+|some\s+)?(?:brief\s+|main\s+|short\s+)?(?:summary|summaries|overview|highlights|round-?up|selection|news|main\s+events)\s+of\b(?![^.!?]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)/i

// `Thank you all for your reports and photos. Stay safe!`: the last words of a letter, no news. (So is the editor's
// `That's all for this half-year. …`.)
const thanksClosing = /^that[’']?s\s+all\s+for\s+(?:this|now|today)\b[^\d]{0,160}$|^(?:thank\s+you|thanks|many\s+thanks)\b[^\d.!?]{0,60}[.!]\s*(?:(?:stay\s+safe|take\s+care|see\s+you\s+soon|all\s+the\s+best|best\s+wishes)[.!]?)?$/i

/**
 * Whether a paragraph is an earlier message quoted under an e-mail, every line marked (`> On 2 July 2021, Carla
 * Méndez <…> wrote:` / `> > Dear Lucía, …`): no item, though it opens with a date.
 *
 * @param text Paragraph text.
 * @returns `true` for a quoted message.
 */
export function isQuotedMessage(text: string): boolean {
  if (!quotedReply.test(text) || !quotedHeader.test(text)) return false
  for (const line of text.split('\n')) if (!quotedLine.test(line)) return false
  return true
}

const quotedHeader = /\b(?:wrote|escribió|escreveu|a\s+écrit|schrieb)\s*:/i
const quotedLine = /^\s*>/

// `By Mele Tupou`, `By our Manila correspondent`: a story's byline.
const byline = /^By\s+(?:(?:our|the)\s+[\p{L} ]{1,40}|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})$/u

/**
 * Whether a line is a story's byline (`By Mele Tupou`, `By our Port Moresby correspondent`): page furniture, and no
 * date (`By Jun Abellana` names a writer, not June).
 *
 * @param text The line, trimmed.
 */
export function isByline(text: string): boolean {
  return text.charCodeAt(0) === 0x42 && byline.test(text)
}
