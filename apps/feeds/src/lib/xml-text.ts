import type {Text} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {cleanText} from './clean-text.js'
import {escapeCleanXmlText} from './to-xml.js'

// `xast-util-to-xml` escapes `&` and `<` in text but not `>`, and XML forbids
// `]]>` in character data; this escaped `>` is the one raw node we add.
const escapedGreaterThan: Raw = {type: 'raw', value: '&gt;'}

/**
 * Turn any string into xast text nodes that serialize to well-formed XML:
 * cleaned with {@link cleanText}, with `]]>` broken by an escaped `>`.
 *
 * @param value Text from a record or an option.
 * @returns Nodes to use as element children.
 */
export function toXmlText(value: string): Array<Text | Raw> {
  const clean = cleanText(value)
  if (!clean.includes(']]>')) return [{type: 'text', value: clean}]
  const nodes: Array<Text | Raw> = []
  const parts = clean.split(']]>')
  for (const [index, part] of parts.entries()) {
    if (index > 0) nodes.push({type: 'text', value: ']]'}, escapedGreaterThan)
    if (part) nodes.push({type: 'text', value: part})
  }
  return nodes
}

/**
 * Serialize text that already went through {@link cleanText} as XML
 * character data: the same bytes as serializing `toXmlText(value)`, without
 * building the nodes or scanning for what cleaning removed. Used for the text
 * every entry repeats (headline, summary), serialized once per item.
 *
 * @param clean Cleaned text.
 * @returns Escaped character data (example: `'a &#x3C; b]]&gt;'` for `'a < b]]>'`).
 */
export function serializeCleanText(clean: string): Raw {
  if (!clean.includes(']]>')) return {type: 'raw', value: escapeCleanXmlText(clean)}
  let value = ''
  const parts = clean.split(']]>')
  for (const [index, part] of parts.entries()) value += index === 0 ? escapeCleanXmlText(part) : `]]&gt;${escapeCleanXmlText(part)}`
  return {type: 'raw', value}
}

/**
 * Serialize any string as XML character data: the same bytes as serializing
 * `toXmlText(value)`, without building the nodes.
 *
 * @param value Text from a record or an option (example: `'a < b'`).
 * @returns Escaped character data (example: `'a &#x3C; b'`).
 */
export function serializeText(value: string): string {
  return serializeCleanText(cleanText(value)).value
}

/**
 * Serialize an HTML fragment whose text is already cleaned (from
 * `renderItemHtml`) as an element's content: one CDATA section, which keeps
 * markup readable and small, or escaped text when the fragment holds `]]>`,
 * which would end a CDATA section early. The same bytes as a `cdata` node
 * (or `toXmlText` nodes) serialized, without scanning the fragment again for
 * characters cleaning already removed.
 *
 * @param html HTML from `renderItemHtml`.
 */
export function serializeXmlHtml(html: string): Raw {
  return html.includes(']]>') ? serializeCleanText(html) : {type: 'raw', value: `<![CDATA[${html}]]>`}
}
