import type {Element, Root, RootContent, Text} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {cleanText} from './clean-text.js'

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
 * Put a line feed between the children of an element, so a document reads one
 * element a line.
 *
 * @param children Child nodes.
 */
export function onePerLine<T extends RootContent>(children: Array<T | undefined | false>): Array<T | Text> {
  const result: Array<T | Text> = []
  for (const child of children) {
    if (!child) continue
    result.push({type: 'text', value: '\n'}, child)
  }
  result.push({type: 'text', value: '\n'})
  return result
}

/**
 * Serialize xast nodes to XML; raw nodes (serialized items, escaped `>`) pass
 * through as they are.
 *
 * @param tree Any xast node.
 */
export function serializeXml(tree: Root | Element): string {
  return toXml(tree, {allowDangerousXml: true, closeEmptyElements: true})
}
