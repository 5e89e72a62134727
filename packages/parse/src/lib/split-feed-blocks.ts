import type {Element, ElementContent, Root} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {VFile} from 'vfile'
import type {Block} from './block.js'
import {toDecodedBlock} from './decoded-block.js'
import {splitHtmlBlocks} from './split-html-blocks.js'

// An RSS or Atom document: an XML declaration and comments maybe, then `<rss` or `<feed`.
const feedStart = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/

/**
 * Whether a text is a news feed (RSS 2.0 or Atom), as a member's site writes it.
 *
 * @param text The decoded input.
 * @returns `true` for a feed.
 */
export function isFeed(text: string): boolean {
  return feedStart.test(text.slice(0, 2048))
}

// The elements of a feed that hold its entries, their titles, full texts and excerpts (RSS 2.0 and Atom).
const entryNames = new Set(['item', 'entry'])
const contentNames = ['content:encoded', 'content']
const excerptNames = ['description', 'summary']

/**
 * Split a news feed (RSS 2.0, Atom) into paragraphs, as a saved page's: the
 * channel's title is the title and its description a heading under it (where
 * the period may be); each entry's title is a heading and its full text
 * (`content:encoded`, Atom's `content`, else its excerpt) is read as HTML,
 * its paragraphs one entry (see `Block.container`). Offsets are the source's:
 * exact inside CDATA sections, at the text's start for escaped HTML.
 *
 * @param text The feed's XML.
 * @returns Paragraphs in document order; none when the XML is not well formed.
 */
export function splitFeedBlocks(text: string): Block[] {
  let tree: Root
  try {
    tree = fromXml(text)
  } catch {
    return []
  }
  const blocks: Block[] = []
  const root = tree.children.find((node): node is Element => node.type === 'element')
  if (!root) return blocks
  const channel = root.name === 'rss' ? childElements(root).find((element) => element.name === 'channel') : root
  if (!channel) return blocks
  const title = textBlock(childElements(channel).find((element) => element.name === 'title'))
  if (title) blocks.push({...title, tag: 'title'})
  const about = textBlock(childElements(channel).find((element) => excerptNames.includes(element.name) || element.name === 'subtitle'))
  if (about) blocks.push({...about, tag: 'heading'})
  // (RSS 1.0 puts its items beside the channel.)
  const entries = [...childElements(channel), ...(channel === root ? [] : childElements(root))].filter((element) => entryNames.has(element.name))
  for (const [index, entry] of entries.entries()) {
    const children = childElements(entry)
    const headline = textBlock(children.find((element) => element.name === 'title'))
    if (headline) blocks.push({...headline, tag: 'heading'})
    const body = children.find((element) => contentNames.includes(element.name)) ?? children.find((element) => excerptNames.includes(element.name))
    if (body) for (const block of htmlBlocks(body)) blocks.push({...block, container: -(index + 1)})
  }
  return blocks
}

function childElements(parent: Element | Root): Element[] {
  const children: ReadonlyArray<ElementContent | Root['children'][number]> = parent.children
  return children.filter((node): node is Element => node.type === 'element')
}

/** An element's text (its text and CDATA), as one paragraph. */
function textBlock(element: Element | undefined): Block | undefined {
  if (!element) return undefined
  const pieces = element.children.filter((node) => node.type === 'text' || node.type === 'cdata')
  const value = pieces.map((node) => node.value).join('').trim()
  const start = pieces[0]?.position?.start.offset
  const end = pieces.at(-1)?.position?.end.offset
  if (value === '' || start === undefined || end === undefined) return undefined
  return toDecodedBlock(value, start, end)
}

/** The paragraphs of an element that holds HTML (in CDATA or escaped), at their places in the feed. */
function htmlBlocks(element: Element): Block[] {
  const blocks: Block[] = []
  for (const node of element.children as ElementContent[]) {
    if ((node.type !== 'cdata' && node.type !== 'text') || node.value.trim() === '' || !node.position) continue
    const start = node.position.start.offset!
    const end = node.position.end.offset!
    // Inside CDATA each character is the source's, after `<![CDATA[`; escaped HTML is placed at the text's start.
    const base = node.type === 'cdata' ? start + '<![CDATA['.length : start
    const exact = node.type === 'cdata'
    for (const block of splitHtmlBlocks(new VFile({value: node.value}))) {
      const at = (offset: number) => (exact ? base + offset : Math.min(end, base + offset))
      const moved: Block = {...block, offset: at(block.offset), length: exact ? block.length : Math.max(1, Math.min(end, base + block.offset + block.length) - at(block.offset))}
      moved.sourceOffsets = block.sourceOffsets ? block.sourceOffsets.map(at) : Array.from({length: block.text.length}, (_, index) => at(block.offset + index))
      blocks.push(moved)
    }
  }
  return blocks
}
