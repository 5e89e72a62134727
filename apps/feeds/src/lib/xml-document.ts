import type {Attributes, Element, ElementContent, Root, RootContent, Text} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {cleanText} from './clean-text.js'
import {toXml} from './to-xml.js'

function escapePseudoAttribute(value: string): string {
  return cleanText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * Serialize an xast element as a standalone XML document: declaration,
 * optional `xml-stylesheet` instruction, then the element.
 *
 * @param element Root element.
 * @param stylesheetHref URL of an XSL stylesheet (optional).
 * @returns The document, ending in a newline.
 */
export function serializeDocument(element: Element, stylesheetHref: string | undefined): string {
  const children: RootContent[] = [{type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}]
  if (stylesheetHref !== undefined) {
    children.push(
      {type: 'text', value: '\n'},
      {
        type: 'instruction',
        name: 'xml-stylesheet',
        value: `type="text/xsl" href="${escapePseudoAttribute(stylesheetHref)}"`
      }
    )
  }
  children.push({type: 'text', value: '\n'}, element, {type: 'text', value: '\n'})
  const root: Root = {type: 'root', children}
  return serializeXml(root)
}

/**
 * Stands where the items go in a document skeleton: U+0000 never survives
 * `cleanText`, so it cannot occur anywhere else in the output.
 */
export const itemsSlot: Raw = {type: 'raw', value: '\u0000'}

/**
 * Serialize a document skeleton holding {@link itemsSlot} and cut it there,
 * so items serialized one at a time can be written between the two halves
 * without building (and copying) one tree of the whole feed.
 *
 * @param element Root element, with `itemsSlot` among its descendants.
 * @param stylesheetHref URL of an XSL stylesheet (optional).
 * @returns The text before and after the items.
 */
export function splitDocument(element: Element, stylesheetHref: string | undefined): [string, string] {
  const text = serializeDocument(element, stylesheetHref)
  const index = text.indexOf(itemsSlot.value)
  return [text.slice(0, index), text.slice(index + 1)]
}

// One node for every line feed between elements: serializing never changes a
// node, so trees may share it, and large feeds make two fewer objects an element.
const lineFeed: Text = {type: 'text', value: '\n'}

/**
 * Put a line feed between the children of an element, so a document reads one
 * element a line.
 *
 * @param children Child nodes.
 */
export function onePerLine<T extends RootContent>(children: Array<T | undefined | false>): Array<T | Text> {
  const result: Array<T | Text> = []
  for (const child of children) {
    if (!child) continue
    result.push(lineFeed, child)
  }
  result.push(lineFeed)
  return result
}

/**
 * Serialize xast nodes to XML with {@link toXml}; raw nodes (serialized
 * items, escaped `>`) pass through as they are.
 *
 * @param tree Any xast node.
 */
export function serializeXml(tree: Root | Element): string {
  return toXml(tree)
}

/**
 * Make an xast element as a plain object: feeds build a few elements per
 * item for hundreds of thousands of items, where `xastscript`'s
 * normalization of every call shows.
 *
 * @param name Element name (example: `'title'`).
 * @param attributes Attributes (example: `{rel: 'self'}`).
 * @param children Child nodes, or a string for one text node.
 */
export function makeElement(name: string, attributes: Attributes, children: ElementContent[] | string): Element {
  return {type: 'element', name, attributes, children: typeof children === 'string' ? [{type: 'text', value: children}] : children}
}
