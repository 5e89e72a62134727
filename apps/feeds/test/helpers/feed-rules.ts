import type {Element as HastElement, Root as HastRoot} from 'hast'
import type {Element, Root} from 'xast'
import {fromHtml} from 'hast-util-from-html'
import {fromXml} from 'xast-util-from-xml'

/**
 * The main rules of the W3C Feed Validation Service that can be checked
 * without the service, as messages; an empty list means none broken. Each
 * message starts with the validator's own wording where it has one.
 */

const rssElements = new Set(['title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate', 'lastBuildDate', 'category', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput', 'skipHours', 'skipDays', 'item'])
const rssItemElements = new Set(['title', 'link', 'description', 'author', 'category', 'comments', 'enclosure', 'guid', 'pubDate', 'source'])
const knownNamespaces = new Map([
  ['atom', 'http://www.w3.org/2005/Atom'],
  ['content', 'http://purl.org/rss/1.0/modules/content/'],
  ['fh', 'http://purl.org/syndication/history/1.0'],
  ['dc', 'http://purl.org/dc/elements/1.1/']
])
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const rfc822 = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
// RFC 4151: tag:authorityName,YYYY[-MM[-DD]]:specific
const tagUri = /^tag:(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|[^@\s]+@[a-z0-9.-]+),\d{4}(?:-\d{2}(?:-\d{2})?)?:[\w\-.~!$&'()*+,;=:@/?%]*$/i
const dangerousElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'applet', 'form', 'input', 'button', 'meta', 'link', 'base', 'frame', 'frameset', 'svg', 'math', 'img', 'video', 'audio'])

function children(element: Element | Root, name?: string): Element[] {
  const result: Element[] = []
  for (const child of element.children) {
    if (child.type === 'element' && (name === undefined || child.name === name)) result.push(child)
  }
  return result
}

function textOf(element: Element | undefined): string {
  if (!element) return ''
  return element.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : child.type === 'element' ? textOf(child) : '')).join('')
}

function isAbsoluteUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

function checkRfc822(value: string, where: string, messages: string[]): void {
  const match = rfc822.exec(value)
  if (!match) {
    messages.push(`${where}: pubDate must be an RFC-822 date-time with a 4-digit year: ${JSON.stringify(value)}`)
    return
  }
  const date = new Date(Date.UTC(Number(match[4]), months.indexOf(match[3]!), Number(match[2])))
  if (days[date.getUTCDay()] !== match[1]) messages.push(`${where}: Incorrect day of week: ${value}`)
  if (date.getUTCDate() !== Number(match[2])) messages.push(`${where}: Invalid day of month: ${value}`)
}

function checkLanguage(value: string, where: string, messages: string[]): void {
  // The validator accepts ISO 639 codes with an optional region, as RSS 2.0 and RFC 3066 allow.
  const valid = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(value) && (() => {
    try {
      return Intl.getCanonicalLocales(value).length === 1
    } catch {
      return false
    }
  })()
  if (!valid) messages.push(`${where}: Invalid language code ${JSON.stringify(value)}`)
}

/** Check an HTML fragment the way the validator does for unsafe or relative content. */
export function checkHtml(html: string, where: string, messages: string[]): void {
  const tree: HastRoot = fromHtml(html, {fragment: true})
  const visit = (node: HastRoot | HastElement) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (dangerousElements.has(child.tagName)) messages.push(`${where}: content should not contain ${child.tagName} tag`)
      for (const [key, value] of Object.entries(child.properties)) {
        if (/^on/i.test(key)) messages.push(`${where}: content should not contain ${key} attribute`)
        if ((key === 'href' || key === 'src') && typeof value === 'string' && !isAbsoluteUrl(value)) {
          messages.push(`${where}: content should not contain relative URL references: ${value}`)
        }
        if (key === 'style') messages.push(`${where}: content should not contain style attribute`)
      }
      visit(child)
    }
  }
  visit(tree)
}

function parse(xml: string): Root {
  return fromXml(xml)
}

function namespaceOf(prefix: string, root: Element): string | undefined {
  return root.attributes[`xmlns:${prefix}`] ?? undefined
}

/**
 * Check an RSS 2.0 document against the main W3C Feed Validation Service rules.
 *
 * @param xml The document.
 * @param feedUrl Where the document is published, for the self link.
 */
export function checkRss(xml: string, feedUrl: string): string[] {
  const messages: string[] = []
  const root = children(parse(xml), 'rss')[0]
  if (!root) return ['Missing rss element']
  if (root.attributes.version !== '2.0') messages.push('rss: version should be 2.0')
  for (const [key, value] of Object.entries(root.attributes)) {
    if (!key.startsWith('xmlns:')) continue
    const prefix = key.slice(6)
    if (knownNamespaces.get(prefix) !== value) messages.push(`rss: Use of unknown namespace ${prefix}=${value}`)
  }
  const channel = children(root, 'channel')[0]
  if (!channel) return ['Missing channel element']
  for (const name of ['title', 'link', 'description']) {
    if (children(channel, name).length !== 1) messages.push(`channel: Missing channel element or duplicate: ${name}`)
  }
  if (!isAbsoluteUrl(textOf(children(channel, 'link')[0]))) messages.push('channel: link must be a full URL')
  const language = children(channel, 'language')[0]
  if (language) checkLanguage(textOf(language), 'channel/language', messages)
  else messages.push('channel: Missing language element (warning)')
  for (const name of ['pubDate', 'lastBuildDate']) {
    const element = children(channel, name)[0]
    if (element) checkRss822(textOf(element), `channel/${name}`)
  }
  function checkRss822(value: string, where: string) {
    checkRfc822(value, where, messages)
  }
  const atomLinks = children(channel, 'atom:link')
  const self = atomLinks.filter((link) => link.attributes.rel === 'self')
  if (self.length !== 1) messages.push('channel: Missing atom:link with rel="self"')
  else if (self[0]!.attributes.href !== feedUrl) messages.push(`channel: Self reference doesn't match document location: ${self[0]!.attributes.href}`)
  for (const link of atomLinks) {
    if (!isAbsoluteUrl(link.attributes.href ?? '')) messages.push(`atom:link: href must be a full URL: ${link.attributes.href}`)
  }
  for (const element of children(channel)) {
    const [prefix, local] = element.name.includes(':') ? element.name.split(':') : [undefined, element.name]
    if (prefix === undefined && !rssElements.has(local!)) messages.push(`channel: Undefined channel element: ${element.name}`)
    if (prefix !== undefined && namespaceOf(prefix, root) === undefined) messages.push(`channel: Unbound prefix ${prefix}`)
  }
  const guids = new Set<string>()
  for (const [index, item] of children(channel, 'item').entries()) {
    const where = `item[${index}]`
    if (children(item, 'title').length === 0 && children(item, 'description').length === 0) {
      messages.push(`${where}: item must contain either title or description`)
    }
    const link = children(item, 'link')[0]
    if (link && !isAbsoluteUrl(textOf(link))) messages.push(`${where}: link must be a full URL`)
    const guid = children(item, 'guid')[0]
    if (!guid) messages.push(`${where}: item should contain a guid element`)
    else {
      const value = textOf(guid)
      if (guid.attributes.isPermaLink !== 'false' && !isAbsoluteUrl(value)) {
        messages.push(`${where}: guid must be a full URL, unless isPermaLink attribute is false`)
      }
      if (guids.has(value)) messages.push(`${where}: guid values must be unique: ${value}`)
      guids.add(value)
    }
    const pubDate = children(item, 'pubDate')[0]
    if (pubDate) checkRfc822(textOf(pubDate), `${where}/pubDate`, messages)
    if (pubDate && children(item, 'dc:date').length > 0) messages.push(`${where}: An item should not include both pubDate and dc:date`)
    for (const category of children(item, 'category')) {
      const domain = category.attributes.domain
      if (typeof domain === 'string' && !isAbsoluteUrl(domain)) messages.push(`${where}: category domain should be a full URL`)
      if (textOf(category) === '') messages.push(`${where}: category should not be blank`)
    }
    for (const element of children(item)) {
      const [prefix, local] = element.name.includes(':') ? element.name.split(':') : [undefined, element.name]
      if (prefix === undefined && !rssItemElements.has(local!)) messages.push(`${where}: Undefined item element: ${element.name}`)
      if (prefix !== undefined && namespaceOf(prefix, root) === undefined) messages.push(`${where}: Unbound prefix ${prefix}`)
      if (element.name === 'content:encoded' && namespaceOf('content', root) !== knownNamespaces.get('content')) {
        messages.push(`${where}: content:encoded must be in the content namespace`)
      }
    }
    const description = children(item, 'description')[0]
    if (description) checkHtml(textOf(description), `${where}/description`, messages)
    const encoded = children(item, 'content:encoded')[0]
    if (encoded) checkHtml(textOf(encoded), `${where}/content:encoded`, messages)
  }
  return messages
}

/**
 * Check an Atom 1.0 document against the main W3C Feed Validation Service rules.
 *
 * @param xml The document.
 * @param feedUrl Where the document is published, for the self link.
 */
export function checkAtom(xml: string, feedUrl: string): string[] {
  const messages: string[] = []
  const feed = children(parse(xml), 'feed')[0]
  if (!feed) return ['Missing feed element']
  if (feed.attributes.xmlns !== 'http://www.w3.org/2005/Atom') messages.push('feed: not in the Atom namespace')
  const language = feed.attributes['xml:lang']
  if (typeof language !== 'string') messages.push('feed: Missing xml:lang (warning)')
  else checkLanguage(language, 'feed/@xml:lang', messages)
  const checkId = (value: string, where: string) => {
    if (!tagUri.test(value) && !isAbsoluteUrl(value)) messages.push(`${where}: id is not a valid IRI or tag URI: ${value}`)
  }
  const checkLinks = (parent: Element, where: string) => {
    for (const link of children(parent, 'link')) {
      if (!isAbsoluteUrl(link.attributes.href ?? '')) messages.push(`${where}: link href must be a full URL: ${link.attributes.href}`)
    }
  }
  for (const name of ['id', 'title', 'updated']) {
    if (children(feed, name).length !== 1) messages.push(`feed: Missing feed element or duplicate: ${name}`)
  }
  checkId(textOf(children(feed, 'id')[0]), 'feed/id')
  const updated = textOf(children(feed, 'updated')[0])
  if (!rfc3339.test(updated)) messages.push(`feed/updated: not an RFC 3339 date-time: ${updated}`)
  const self = children(feed, 'link').filter((link) => link.attributes.rel === 'self')
  if (self.length !== 1) messages.push('feed: Missing atom:link with rel="self"')
  else if (self[0]!.attributes.href !== feedUrl) messages.push(`feed: Self reference doesn't match document location: ${self[0]!.attributes.href}`)
  checkLinks(feed, 'feed')
  const feedHasAuthor = children(feed, 'author').length > 0
  const ids = new Set<string>()
  for (const [index, entry] of children(feed, 'entry').entries()) {
    const where = `entry[${index}]`
    for (const name of ['id', 'title', 'updated']) {
      if (children(entry, name).length !== 1) messages.push(`${where}: Missing entry element or duplicate: ${name}`)
    }
    const id = textOf(children(entry, 'id')[0])
    checkId(id, `${where}/id`)
    if (ids.has(id)) messages.push(`${where}: duplicate entry id ${id}`)
    ids.add(id)
    for (const name of ['updated', 'published']) {
      const element = children(entry, name)[0]
      if (element && !rfc3339.test(textOf(element))) messages.push(`${where}/${name}: not an RFC 3339 date-time`)
    }
    if (!feedHasAuthor && children(entry, 'author').length === 0) messages.push(`${where}: Missing entry element: author`)
    const alternate = children(entry, 'link').filter((link) => (link.attributes.rel ?? 'alternate') === 'alternate')
    if (alternate.length === 0 && children(entry, 'content').length === 0) messages.push(`${where}: Missing entry element: link or content`)
    checkLinks(entry, where)
    for (const category of children(entry, 'category')) {
      if (!category.attributes.term) messages.push(`${where}: Missing category attribute: term`)
      const scheme = category.attributes.scheme
      if (typeof scheme === 'string' && !isAbsoluteUrl(scheme)) messages.push(`${where}: category scheme must be an IRI`)
    }
    const content = children(entry, 'content')[0]
    if (content?.attributes.type === 'html') checkHtml(textOf(content), `${where}/content`, messages)
  }
  return messages
}
