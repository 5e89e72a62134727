import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {atomStylesheet, rssStylesheet, toAtom, toRss} from '@sironet/feeds'
import {loadGoldItems, loadHostileItems} from './helpers/gold-items.ts'
import {runTool, writeTemporary} from './helpers/tools.ts'

describe('stylesheets', () => {
  it('should ship xsl/feed.xsl and xsl/atom.xsl equal to the exported strings (run `pnpm generate` after a change)', () => {
    expect(readFileSync(new URL('../xsl/feed.xsl', import.meta.url), 'utf8')).toBe(rssStylesheet)
    expect(readFileSync(new URL('../xsl/atom.xsl', import.meta.url), 'utf8')).toBe(atomStylesheet)
  })

  it('should select the elements that toRss and toAtom write', () => {
    for (const path of ['/rss/channel/item', "atom:link[@rel='self']/@href", 'substring(pubDate, 1, 16)']) expect(rssStylesheet).toContain(path)
    for (const path of ['/atom:feed/atom:entry', "atom:link[@rel='alternate']/@href", 'atom:summary']) expect(atomStylesheet).toContain(path)
  })
})

describe('stylesheets applied with libxslt (xsltproc, the XSLT engine of Chromium)', () => {
  const siteUrl = 'https://sironet.org/news/'
  const items = loadGoldItems()

  function transform(stylesheet: string, xml: string): string {
    const result = runTool('xsltproc', [writeTemporary('feed.xsl', stylesheet), writeTemporary('feed.xml', xml)])
    expect(result.stderr).toBe('')
    return result.stdout
  }

  it('should show every RSS item as a linked headline with its date and countries', () => {
    const html = transform(rssStylesheet, toRss(items, {siteUrl, stylesheetHref: 'feed.xsl'}))
    expect(html.match(/<article>/g)).toHaveLength(items.length)
    expect(html).toContain('<html lang="en">')
    expect(html).toContain(`<code>${siteUrl}feed.xml</code>`)
    const item = items.find((entry) => entry.date?.start === '2018-01-10')!
    expect(html).toContain(`<a href="${siteUrl}items/${item.id}.html">`)
    expect(html).toContain('Wed, 10 Jan 2018 · CN')
  })

  it('should show every Atom entry with its summary, escaped as text', () => {
    const hostile = loadHostileItems()
    const html = transform(atomStylesheet, toAtom([...items, ...hostile], {siteUrl, stylesheetHref: 'atom.xsl'}))
    expect(html.match(/<article>/g)).toHaveLength(items.length + hostile.length)
    expect(html).toContain('2018-01-10 · China')
    expect(html).not.toMatch(/<(script|img|svg)\b/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
