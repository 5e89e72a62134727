import type {Nodes} from 'xast'
import type {} from 'xast-util-to-xml'

// Why our own serializer: `xast-util-to-xml` is generic (every node kind, any
// name, configurable quotes) and escapes through `stringify-entities`, which
// runs a regular-expression replace per text and per attribute even when
// there is nothing to escape; on feeds of 100,000 items that was a quarter of
// the time. This one serializes only the node kinds our feeds build (root,
// element, text, CDATA, raw, processing instruction), with one test and at
// most one replace per value, and gives the same bytes as
// `xast-util-to-xml` with `{allowDangerousXml: true, closeEmptyElements: true}`
// (`to-xml.test.ts` checks this on hostile text).

// Characters XML 1.0 forbids (dropped, as `xast-util-to-xml` does) and the
// ones that need a reference in text (`&`, `<`) and in attributes (also `"`).
const textUnsafe = /[&<\u0000-\u0008\u000B\u000C\u000E-\u001F]/
const textUnsafeAll = /[&<\u0000-\u0008\u000B\u000C\u000E-\u001F]/g
const attributeUnsafe = /[&<"\u0000-\u0008\u000B\u000C\u000E-\u001F]/
const attributeUnsafeAll = /[&<"\u0000-\u0008\u000B\u000C\u000E-\u001F]/g
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
const forbiddenAll = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g
// Names come from this package's code, never from records; checked once each.
const validName = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/
const checkedNames = new Set<string>()

function reference(character: string): string {
  return character === '&' ? '&#x26;' : character === '<' ? '&#x3C;' : character === '"' ? '&#x22;' : ''
}

/**
 * Escape text for XML character data: `&` and `<` as references, characters
 * XML forbids dropped.
 *
 * @param value Any string (example: `'a < b & c'`).
 * @returns Escaped text (example: `'a &#x3C; b &#x26; c'`).
 */
export function escapeXmlText(value: string): string {
  return textUnsafe.test(value) ? value.replace(textUnsafeAll, reference) : value
}

/**
 * Escape text that already went through `cleanText` for XML character data:
 * the same bytes as {@link escapeXmlText}, without looking for the
 * characters cleaning removed. Two searches for one character each and a
 * plain replacement are about twice as fast as one search for a class of
 * characters with a replacement function.
 *
 * @param value Cleaned text (example: `'a < b & c'`).
 * @returns Escaped text (example: `'a &#x3C; b &#x26; c'`).
 */
export function escapeCleanXmlText(value: string): string {
  const escaped = value.includes('&') ? value.replaceAll('&', '&#x26;') : value
  return escaped.includes('<') ? escaped.replaceAll('<', '&#x3C;') : escaped
}

/**
 * Escape text for an XML attribute value in double quotes: `&`, `<` and `"`
 * as references, characters XML forbids dropped (as the serializer does).
 *
 * @param value Any string (example: `'a "b"'`).
 * @returns Escaped text (example: `'a &#x22;b&#x22;'`).
 */
export function escapeXmlAttribute(value: string): string {
  return attributeUnsafe.test(value) ? value.replace(attributeUnsafeAll, reference) : value
}

function dropForbidden(value: string): string {
  return forbidden.test(value) ? value.replace(forbiddenAll, '') : value
}

function checkName(name: string): string {
  if (!checkedNames.has(name)) {
    if (!validName.test(name)) throw new TypeError(`Cannot serialize the XML name \`${name}\`. Use a name of letters, digits, \`-\`, \`_\` and \`.\`, with one optional prefix.`)
    checkedNames.add(name)
  }
  return name
}

/** The tags of an element name, made once per name rather than per element. */
interface Tags {
  start: string
  open: string
  close: string
  empty: string
}

const tagsByName = new Map<string, Tags>()

function getTags(name: string): Tags {
  let tags = tagsByName.get(name)
  if (tags === undefined) {
    checkName(name)
    tags = {start: `<${name}`, open: `<${name}>`, close: `</${name}>`, empty: `<${name} />`}
    tagsByName.set(name, tags)
  }
  return tags
}

// Pieces go to one array joined once: the result is one flat string, not a
// rope of thousands of small ones (which costs memory and garbage collection).
function serialize(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'text': {
      parts.push(escapeXmlText(node.value))
      break
    }
    case 'raw': {
      parts.push(node.value)
      break
    }
    case 'cdata': {
      // Two fast scans in the usual case (item HTML holds neither).
      const value = forbidden.test(node.value) || node.value.includes(']]>') ? dropForbidden(node.value).replaceAll(']]>', ']]&#x3E;') : node.value
      parts.push('<![CDATA[', value, ']]>')
      break
    }
    case 'element': {
      const tags = getTags(node.name)
      let attributes = ''
      const values = node.attributes
      for (const key in values) {
        if (!Object.hasOwn(values, key)) continue
        const value = values[key]
        if (value !== null && value !== undefined) attributes += ` ${checkName(key)}="${escapeXmlAttribute(String(value))}"`
      }
      // No children (Atom's `link`): the empty tag at once, no slot to fill or take back.
      if (node.children.length === 0) {
        parts.push(attributes === '' ? tags.empty : `${tags.start}${attributes} />`)
        break
      }
      const start = parts.length
      parts.push('')
      for (const child of node.children) serialize(child, parts)
      let empty = true
      for (let index = start + 1; index < parts.length; index++) {
        if (parts[index] !== '') {
          empty = false
          break
        }
      }
      if (empty) {
        // Popped rather than `parts.length = start`, which V8 does as a slow runtime call.
        while (parts.length > start) parts.pop()
        parts.push(attributes === '' ? tags.empty : `${tags.start}${attributes} />`)
      } else {
        parts[start] = attributes === '' ? tags.open : `${tags.start}${attributes}>`
        parts.push(tags.close)
      }
      break
    }
    case 'root': {
      for (const child of node.children) serialize(child, parts)
      break
    }
    case 'instruction': {
      const value = dropForbidden(node.value).replaceAll('?>', '?&#x3E;')
      parts.push(`<?${checkName(node.name)}${value ? ` ${value}` : ''}?>`)
      break
    }
    default: {
      throw new TypeError(`Cannot serialize the xast node type \`${node.type}\`. Use root, element, text, cdata, raw or instruction nodes.`)
    }
  }
}

/**
 * Serialize an xast tree of the kinds of nodes feeds use (root, element,
 * text, CDATA, raw, processing instruction) to XML: empty elements closed as
 * `<a />`, raw nodes passed through as they are.
 *
 * @param tree Any xast root or element.
 * @returns XML text.
 * @example
 *   toXml({type: 'element', name: 'a', attributes: {b: '"'}, children: []}) // '<a b="&#x22;" />'
 */
export function toXml(tree: Nodes): string {
  const parts: string[] = []
  serialize(tree, parts)
  return parts.join('')
}
