import type {Cdata, Text} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {cleanText} from './clean-text.js'

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
 * Turn an HTML fragment into xast nodes for an element's content: one CDATA
 * section, which keeps markup readable and small, or escaped text when the
 * fragment holds `]]>`, which would end a CDATA section early.
 *
 * @param html HTML from `renderItemHtml`, whose text is already cleaned (so it is not scanned again).
 */
export function toXmlHtml(html: string): Array<Text | Raw | Cdata> {
  return html.includes(']]>') ? toXmlText(html) : [{type: 'cdata', value: html}]
}
