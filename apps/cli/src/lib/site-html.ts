import type {Element, ElementContent} from 'hast'

// Why our own serializer: the pages of items hold one article per item
// (100,000 in a large build), and `hast-util-to-html` is generic (schemas,
// omissions, quote choice, `stringify-entities` on every text and attribute),
// which made it most of the cost of those pages. This one serializes only the
// elements and properties articles are built from, refuses anything else,
// and gives the same bytes as `hast-util-to-html` with its defaults
// (`site-html.test.ts` checks this on hostile, real and synthetic items).

/** The elements an article may hold. */
const articleElements: ReadonlySet<string> = new Set(['article', 'h2', 'dl', 'dt', 'dd', 'p', 'a', 'ul', 'li'])

/** The properties an article’s elements may have, with their attribute names. */
const attributeNames: Readonly<Record<string, string>> = {id: 'id', lang: 'lang', href: 'href', type: 'type', className: 'class'}

const textUnsafe = /[&<]/
const textUnsafeAll = /[&<]/g
const attributeUnsafe = /["&'`]/
const attributeUnsafeAll = /["&'`]/g

// Hexadecimal references, upper case, as `stringify-entities` writes them.
function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
}

function escapeText(value: string): string {
  return textUnsafe.test(value) ? value.replace(textUnsafeAll, reference) : value
}

function escapeAttribute(value: string): string {
  return attributeUnsafe.test(value) ? value.replace(attributeUnsafeAll, reference) : value
}

function serialize(node: ElementContent, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(escapeText(node.value))
    return
  }
  if (node.type !== 'element' || !articleElements.has(node.tagName)) {
    throw new TypeError(
      `Cannot serialize ${node.type === 'element' ? `\`<${node.tagName}>\`` : `a \`${node.type}\` node`} in an article. Use text and ${[...articleElements].map((name) => `\`${name}\``).join(', ')} only.`
    )
  }
  let open = `<${node.tagName}`
  for (const key in node.properties) {
    const value = node.properties[key]
    if (value === null || value === undefined) continue
    const name = attributeNames[key]
    if (name === undefined || typeof value === 'boolean' || typeof value === 'number') {
      throw new TypeError(`Cannot serialize the property \`${key}\` of \`<${node.tagName}>\` in an article. Use string values of ${Object.keys(attributeNames).map((known) => `\`${known}\``).join(', ')} only.`)
    }
    open += ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ').trim() : value)}"`
  }
  parts.push(`${open}>`)
  for (const child of node.children) serialize(child, parts)
  parts.push(`</${node.tagName}>`)
}

/**
 * Serialize the hast tree of an item’s article to HTML, the same bytes as
 * `hast-util-to-html` with its defaults gives: text, and the elements and
 * properties of articles only (anything else throws), so record text can
 * never become markup.
 *
 * @param tree The article element.
 * @returns HTML text.
 * @example
 *   toArticleHtml({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'a < b'}]}) // '<p>a &#x3C; b</p>'
 */
export function toArticleHtml(tree: Element): string {
  const parts: string[] = []
  serialize(tree, parts)
  return parts.join('')
}
