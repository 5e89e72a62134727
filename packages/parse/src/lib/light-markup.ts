/** The source of a pattern for Markdown's image: `![Volunteers at the site](/images/site.jpg "At the site")`. */
export const markdownImage = String.raw`!\[[^\]\n]*\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"\n]*")?\)`

// The inline markup of Markdown, of wikitext (a MediaWiki page's source), of BBCode (a forum post's source) and of
// LaTeX (a `.tex` source) that hides a paragraph's words from the readers of names, places and dates. Each pattern below either keeps one group (a
// link's text) or drops the match.
const patterns = [
  // Markdown's image inside a paragraph.
  markdownImage,
  // A wiki's file or category: `[[File:Camp.jpg|thumb|Volunteers at the camp]]`, `[[Category:Newsletters]]`.
  String.raw`\[\[(?:File|Image|Category|Datei|Fichier|Kategorie|Catégorie):[^\[\]\n]*(?:\[\[[^\]\n]*\]\][^\[\]\n]*)*\]\]`,
  // A wiki link, its label kept: `[[Uzbekistan Youth Union|the Youth Union]]`, `[[Tashkent]]`.
  String.raw`\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\]`,
  // BBCode (a forum post's source), before Markdown's links, which `[size=150][b]` would read as one: a link's text
  // kept, `[url=https://…]Mongolian Red Cross Society[/url]`; an image or a bare link left out, `[img]…[/img]`,
  // `[url]https://…[/url]`; and every other tag, `[b]`, `[/i]`, `[size=150]`, `[quote="Editor"]`, `[list]`, `[*]`.
  String.raw`\[(?:url|email)=[^\]\n]*\]([^\[\n]+)\[\/(?:url|email)\]|\[(?:img|url|email)(?:=[^\]\n]*)?\][^\[\n]*\[\/(?:img|url|email)\]|\[\/?(?:b|i|u|s|size|color|colour|font|center|left|right|quote|list|code|hr|\*)(?:=[^\]\n]*)?\]`,
  // A citation's or a reviewer's comment's mark glued to the word before, as pages copied from a wiki or drafts saved
  // from Google Docs keep them (`the Accra Youth Forum[d][1] opened`): before Markdown's links, which `[d][1]` would be.
  String.raw`(?<=[\p{L}\p{N}.,;:!?)”"’\]])\[(?:\d{1,3}|[a-z]{1,2})\](?!\()`,
  // Markdown's link, its text kept: `[Almaty Youth Centre](https://ayc.kz "AYC")`, `[ADN][adn]`.
  String.raw`\[([^\]\n]+)\](?:\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+"[^"\n]*")?\)|\[[^\]\n]*\])`,
  // A wiki's external link, its label kept: `[https://kgyf.example.kr Korea Green Youth Foundation]`.
  String.raw`\[(?:https?:)?\/\/[^\s\]]+\s+([^\]\n]+)\]`,
  // A footnote's mark (not its definition, `[^1]: …`, which opens a paragraph of its own).
  String.raw`\[\^[^\]\s]+\](?!:)`,
  // An HTML comment; a wiki's reference, `<ref>…</ref>`, `<ref name="x" />`; an inline template, `{{cn}}`; a magic
  // word, `__NOTOC__`.
  String.raw`<!--[\s\S]*?-->|<ref\b[^>]*\/>|<ref\b[^>]*>[\s\S]*?<\/ref>|\{\{[^{}\n]*\}\}|__[A-Z]{4,}__`,
  // Markdown's emphasis around a name inside a sentence, its words kept: `led by **Nino Beridze**,`, `_Robert Bosch
  // Stiftung_` (not at the paragraph's start, where `**On 6th August**` or a run-in heading `**1. Title.**` stands).
  String.raw`(?<=[\s(“"])(?:\*\*|__)(\p{Lu}[^*_
]{0,80}?)(?:\*\*|__)(?=[\s,.;:!?)”"]|$)|(?<=[\s(“"])[*_](\p{Lu}[^*_
]{0,80}?)[*_](?=[\s,.;:!?)”"]|$)`,
  // Wikitext's bold and italic marks: `'''Giorgi Beridze'''`, `''Caucasus Rivers Forum''`.
  String.raw`'{2,5}`
]
const inlineMarkup = new RegExp(patterns.join('|'), 'gdu')

// LaTeX's (a `.tex` source's), read before the patterns above in a paragraph that holds LaTeX commands:
const latexPatterns = [
  // A comment, to the line's end (not an escaped `\%`).
  String.raw`(?<!\\)%[^\n]*`,
  // Commands whose argument is no part of the text: `\url{…}`, `\footnote{…}`, `\date{…}`, `\usepackage[utf8]{…}`.
  String.raw`\\(?:url|footnote|label|ref|cite|hypersetup|usepackage|documentclass|date|author|includegraphics|thanks|vspace|hspace)\*?(?:\[[^\]\n]*\])?\{(?:[^{}]|\{[^{}]*\})*\}`,
  // A link's address, its label kept (the label's brace closes it): `\href{https://…}{Al-Farabi Kazakh National University}`.
  String.raw`\\href\{[^{}]*\}\{`,
  // An environment's bounds: `\begin{itemize}`, `\end{document}`.
  String.raw`\\(?:begin|end)\{[^{}]*\}(?:\[[^\]\n]*\])?`,
  // A character's command (see `latexCharacters`): `\%`, `\&`, `\"u`, `\'e`.
  String.raw`\\[%&$#_]|\\["'\x60^]\{?[A-Za-z]\}?`,
  // Any other command, its argument kept: `\textbf{…}`, `\emph{…}`, `\section{…}`; or one without: `\item`, `\maketitle`.
  String.raw`\\[a-zA-Z]+\*?(?:\[[^\]\n]*\])?\{|\\[a-zA-Z]+\b[ \t]?`,
  // A forced line break, braces, and what stands for characters: `~`, `--`, `---`, two backquotes, two apostrophes.
  String.raw`\\\\|[{}]|---|--|~|\x60\x60|''`
]
const latexMarkup = new RegExp([...latexPatterns, ...patterns].join('|'), 'gdu')
// What LaTeX writes for a character: `~` a space, `--` an en dash, two backquotes and two apostrophes quotation marks,
// `\%` a percent sign.
const latexCharacters: Record<string, string> = {
  '~': ' ',
  '---': '\u2014',
  '--': '\u2013',
  '\x60\x60': '\u201c',
  "''": '\u201d',
  '\\%': '%',
  '\\&': '&',
  '\\$': '$',
  '\\#': '#',
  '\\_': '_'
}
// `\"u` → `ü`, `\'e` → `é`: a letter and its accent.
const latexAccent = /^\\(["'\x60^])\{?([A-Za-z])\}?$/
const accentMarks: Record<string, string> = {'"': '\u0308', "'": '\u0301', '\x60': '\u0300', '^': '\u0302'}
// Whether a paragraph is LaTeX: a command (`\textbf{`, `\item`, `\%`) or a tie between words (`Prof.~Aliya`).
const latex = /\\(?:[a-zA-Z]+[{*[]|item\b|maketitle\b|[%&$#_])|[\w.]~\w/
// A LaTeX heading (`\section{July 2021}`) or the document's title (`\title{…}`).
const latexHeading = /^\\(?:sub)*section\*?\{/
const latexTitle = /^\\title\{/
// Whether a paragraph is wikitext, whose `''` marks italics (elsewhere two apostrophes may stand for a quotation mark).
const wikitext = /\[\[|'''|<ref\b|^=+[^=]/
const wikiEmphasis = /^'{2,5}$/
// A BBCode tag that needs a closing one in the paragraph to be markup (`[b]`, `[size=150]`; not `[*]` or `[hr]`).
const bbTag = /^\[\/?(?:b|i|u|s|size|colou?r|font|center|left|right|quote|list|code)(?:=[^\]\n]*)?\]$/
const bbClosing = /\[\/(?:b|i|u|s|size|colou?r|font|center|left|right|quote|list|code|url|img|email)\]/
// An ATX heading's marks, `### ` and a closing `##`; a wiki heading's, `== July ==`.
const atxHeading = /^(#{1,6})[ \t]+/
const atxClosing = /[ \t]+#+$/
const wikiHeading = /^(={1,6})[ \t]*(?=\S)(.*?\S)[ \t]*\1[ \t]*$/
// What any of it needs: a quick test before the scan.
const mayHoldMarkup = /\s(?:\*\*|__|[*_])\p{Lu}|\\[a-zA-Z%&$#_]|\w~\w|\]\(|\]\[|\[\^|\[\[|\[(?:https?:)?\/\/|<!--|<ref\b|\{\{|__[A-Z]{4,}__|''|^#{1,6}[ \t]|^=|\S\[(?:\d{1,3}|[a-z]{1,2})\]|\[\/?(?:b|i|u|s|url|email|img|size|colou?r|font|center|left|right|quote|list|code|hr|\*)[\]=]/u

/** A paragraph's text without its inline markup, and where each of its characters is in the source. */
export interface PlainText {
  /** The text, markup left out (example: `On July 3, the Caucasus Youth Learning Initiative opened …`). */
  text: string
  /** Source offset of each character of `text`. */
  sourceOffsets: number[]
  /** Whether the paragraph is a heading (`## July`, `### Tenth summer school opens`, `== July ==`, `\section{July 2021}`). */
  heading: boolean
  /** Whether the paragraph is the document's title (a LaTeX source's `\title{…}`). */
  title?: true
}

/**
 * Read a paragraph of a Markdown file (a static site's source, a notes app's
 * export), of wikitext (a wiki page's source), of BBCode (a forum post's
 * source) or of LaTeX (a `.tex` source: commands, comments, footnotes, ties
 * and dashes) as the words a reader sees:
 * link texts without their addresses, no images, files, footnote marks,
 * references, templates or comments inside the text, no bold or italic
 * apostrophes, a heading without its marks. A paragraph that is markup only (an
 * image or a comment on a line of its own) is left as it is, so that it is
 * reported rather than dropped. Markdown's emphasis around a name inside a
 * sentence is left out (`led by **Nino Beridze**`); at a paragraph's start
 * (`**On 6th August**`, a run-in heading) it is left: the readers skip it.
 *
 * @param text The paragraph's exact source text.
 * @param offset Its offset in the source.
 * @returns The plain text with the source offset of each character, or `undefined` when it holds no such markup.
 * @example
 *   readLightMarkup('On July 3, the [Youth Centre](https://yc.kz) opened.', 0)?.text // 'On July 3, the Youth Centre opened.'
 *   readLightMarkup("On 4 July, the [[Armenian Green Youth Network|AGYN]] met in [[Dilijan]].", 0)?.text // 'On 4 July, the AGYN met in Dilijan.'
 */
export function readLightMarkup(text: string, offset: number): PlainText | undefined {
  if (!mayHoldMarkup.test(text)) return undefined
  let plain = ''
  const sourceOffsets: number[] = []
  const keep = (from: number, to: number) => {
    plain += text.slice(from, to)
    for (let index = from; index < to; index++) sourceOffsets.push(offset + index)
  }
  let start = 0
  let end = text.length
  const atx = atxHeading.exec(text)
  const wiki = atx ? null : wikiHeading.exec(text)
  if (atx) {
    start = atx[0].length
    end = atxClosing.exec(text)?.index ?? text.length
  } else if (wiki) {
    start = wiki.index + wiki[0].indexOf(wiki[2]!, wiki[1]!.length)
    end = start + wiki[2]!.length
  }
  const isWiki = wikitext.test(text)
  const isLatex = latex.test(text)
  const markup = isLatex ? latexMarkup : inlineMarkup
  markup.lastIndex = start
  let match: RegExpExecArray | null
  while ((match = markup.exec(text)) !== null && match.index < end) {
    // (LaTeX's characters: each stands at the place of what writes it.)
    const character = isLatex ? readLatexCharacter(match[0]) : undefined
    if (character !== undefined) {
      keep(start, match.index)
      plain += character
      for (let index = 0; index < character.length; index++) sourceOffsets.push(offset + match.index)
      start = match.index + match[0].length
      continue
    }
    // (Two apostrophes outside wikitext are no markup: `themed ''Green Future''` typed for quotation marks.)
    if (!isWiki && wikiEmphasis.test(match[0])) continue
    // (Nor is a BBCode tag in a paragraph that closes none: `[b]Was it Kumasi?` is a reviewer's comment's mark.)
    if (bbTag.test(match[0]) && !bbClosing.test(text)) continue
    keep(start, match.index)
    const kept = match.indices!.findIndex((range, group) => group > 0 && range !== undefined)
    if (kept > 0) {
      const [from, to] = match.indices![kept]!
      keep(from, to)
    }
    start = match.index + match[0].length
    // (What is left out between two spaces leaves one of them.)
    if (kept <= 0 && /[ \t]$/.test(plain) && (text[start] === ' ' || text[start] === '\t')) start++
  }
  keep(start, end)
  if (plain === text) return undefined
  // Markup and nothing else: kept as written.
  if (plain.trim().length === 0) return undefined
  // (White space left where markup was, at either end, is no part of the paragraph.)
  const leading = plain.length - plain.trimStart().length
  const kept = plain.trim()
  const heading = atx !== null || wiki !== null || (isLatex && latexHeading.test(text))
  return {text: kept, sourceOffsets: sourceOffsets.slice(leading, leading + kept.length), heading, ...(isLatex && latexTitle.test(text) ? {title: true as const} : {})}
}

/** The character a LaTeX source writes as `~`, `--`, two backquotes, `\%` or `\"u`, or `undefined` for other markup. */
function readLatexCharacter(written: string): string | undefined {
  const plain = latexCharacters[written]
  if (plain !== undefined) return plain
  const accent = latexAccent.exec(written)
  return accent ? (accent[2]! + accentMarks[accent[1]!]!).normalize('NFC') : undefined
}
