import type {Nodes} from 'hast'

// Why our own serializer: item HTML is built only from text and the elements
// below, without properties, so a generic serializer (`hast-util-to-html`:
// options, omissions, quote choice, `stringify-entities` on every text) and a
// sanitizer pass over a tree that cannot hold anything else cost most of the
// per-item time of large feeds. This one refuses any other element, any
// property and any other node kind, so its output can hold no markup beyond
// the allow-list, and gives the same bytes as `hast-util-to-html`'s defaults
// (`to-html.test.ts` checks both).

/** The elements item HTML may hold: paragraphs and a definition list. */
export const itemHtmlElements: ReadonlySet<string> = new Set(['p', 'dl', 'dt', 'dd'])

// The start and end tags of each allowed element, made once rather than per element.
const tags = new Map([...itemHtmlElements].map((name) => [name, [`<${name}>`, `</${name}>`] as const]))

/**
 * Escape text for HTML as `hast-util-to-html` does: `&` and `<` as
 * hexadecimal references. Two searches for one character each and a plain
 * replacement are about twice as fast as one search for a class of
 * characters with a replacement function (item text is long and most of it
 * holds one of them).
 *
 * @param value Any string (example: `'a < b'`).
 * @returns Escaped text (example: `'a &#x3C; b'`).
 */
export function escapeHtmlText(value: string): string {
  const escaped = value.includes('&') ? value.replaceAll('&', '&#x26;') : value
  return escaped.includes('<') ? escaped.replaceAll('<', '&#x3C;') : escaped
}

// No array of keys made per element, as `Object.keys` would.
function isEmpty(properties: object): boolean {
  for (const key in properties) if (Object.hasOwn(properties, key)) return false
  return true
}

// Pieces go to one array joined once, so the (remembered) HTML is one flat
// string rather than a rope of small ones.
function serialize(node: Nodes, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(escapeHtmlText(node.value))
  } else if (node.type === 'root') {
    for (const child of node.children) serialize(child, parts)
  } else if (node.type === 'element') {
    const tag = tags.get(node.tagName)
    if (tag === undefined || !isEmpty(node.properties)) {
      throw new TypeError(`Cannot serialize \`<${node.tagName}>\` with properties ${JSON.stringify(node.properties)} in item HTML. Use only \`p\`, \`dl\`, \`dt\` and \`dd\` without properties.`)
    }
    parts.push(tag[0])
    for (const child of node.children) serialize(child, parts)
    parts.push(tag[1])
  } else {
    throw new TypeError(`Cannot serialize a \`${node.type}\` node in item HTML. Use only text and the allowed elements.`)
  }
}

/**
 * Serialize a hast tree of item HTML: text, and `p`, `dl`, `dt`, `dd`
 * elements without properties; anything else throws, so nothing outside
 * this allow-list can reach a feed.
 *
 * @param tree A hast root, element or text node.
 * @returns HTML text.
 * @example
 *   toItemHtml({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'a < b'}]}) // '<p>a &#x3C; b</p>'
 */
export function toItemHtml(tree: Nodes): string {
  const parts: string[] = []
  serialize(tree, parts)
  return parts.join('')
}
