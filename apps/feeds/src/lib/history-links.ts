import type {Element} from 'xast'
import {x} from 'xastscript'
import type {ResolvedOptions} from './options.js'

/**
 * Build the `atom:link` elements for the self link and RFC 5005 archive links,
 * and the `fh:` marker of complete feeds and archive pages.
 *
 * @param prefix Element name prefix: `'atom:'` in RSS, `''` in Atom.
 * @param options Resolved options.
 * @param type Media type of the document.
 */
export function buildHistoryElements(prefix: string, options: ResolvedOptions, type: string): Element[] {
  const elements: Element[] = [x(`${prefix}link`, {rel: 'self', type, href: options.feedUrl})]
  const archive = options.archive
  if (archive?.current !== undefined) elements.push(x(`${prefix}link`, {rel: 'current', type, href: archive.current}))
  if (archive?.prevArchive !== undefined) {
    elements.push(x(`${prefix}link`, {rel: 'prev-archive', type, href: archive.prevArchive}))
  }
  if (archive?.nextArchive !== undefined) {
    elements.push(x(`${prefix}link`, {rel: 'next-archive', type, href: archive.nextArchive}))
  }
  // RFC 5005: a document that is not the current one is an archive page.
  if (archive?.current !== undefined && archive.current !== options.feedUrl) elements.push(x('fh:archive'))
  else if (options.complete) elements.push(x('fh:complete'))
  return elements
}
