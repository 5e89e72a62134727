import {describe, expect, it} from 'vitest'
import {streamAtom, toAtom} from '@sironet/feeds'
import {checkAtom} from './helpers/feed-rules.ts'
import {loadGoldItems} from './helpers/gold-items.ts'
import {lintXml, validateAtom, writeTemporary} from './helpers/tools.ts'

const siteUrl = 'https://sironet.org/news/'
const items = loadGoldItems()
const xml = toAtom(items, {siteUrl, stylesheetHref: 'atom.xsl', author: {name: 'SIRONET Secretariat', uri: 'https://sironet.org/'}})


describe('toAtom', () => {
  it('should write one entry per record with a tag: id, published and updated', () => {
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((match) => match[0])
    expect(entries).toHaveLength(items.length)
    const ranged = items.find((item) => item.date?.start === '2018-01-12')!
    const entry = entries.find((text) => text.includes(`items/${ranged.id}<`))!
    expect(entry).toContain(`<id>tag:sironet.org,2018:items/${ranged.id}</id>`)
    expect(entry).toContain('<published>2018-01-12T00:00:00Z</published>')
    expect(entry).toContain('<updated>2018-01-12T00:00:00Z</updated>')
    expect(entry).toContain(`<link rel="alternate" href="${siteUrl}items/${ranged.id}.html" />`)
    expect(entry).toContain('<content type="html"><![CDATA[<p>')
  })

  it('should give the feed xml:lang, self and alternate links, an author and updated from the newest item', () => {
    expect(xml).toContain('xml:lang="en"')
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${siteUrl}atom.xml" />`)
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${siteUrl}" />`)
    expect(xml).toContain('<author><name>SIRONET Secretariat</name><uri>https://sironet.org/</uri></author>')
    const newest = items.map((item) => item.date!.start).sort().at(-1)!
    expect(xml).toContain(`<updated>${newest.length === 7 ? `${newest}-01` : newest}T00:00:00Z</updated>`)
  })

  it('should label country categories with a scheme and the country name', () => {
    expect(xml).toContain(`<category term="fi" scheme="${siteUrl}countries/" label="Finland" />`)
  })

  it('should use the configured tag authority', () => {
    expect(toAtom(items.slice(0, 1), {siteUrl, tagAuthority: 'example.org,2020'})).toContain(
      `<id>tag:example.org,2020:items/${items[0]!.id}</id>`
    )
  })

  it('should render the same bytes for the same items in any order', () => {
    expect(toAtom([...items].reverse(), {siteUrl, stylesheetHref: 'atom.xsl', author: {name: 'SIRONET Secretariat', uri: 'https://sironet.org/'}})).toBe(xml)
  })

  it('should break no W3C Feed Validation Service rule we check', () => {
    expect(checkAtom(xml, `${siteUrl}atom.xml`)).toEqual([])
  })

  it('should be well-formed and valid under the RFC 4287 RELAX NG schema (jing)', () => {
    expect(lintXml(writeTemporary('atom.xml', xml))).toBe('')
    expect(validateAtom(xml)).toBe('')
  })

  it('should stay valid with RFC 5005 archive links', () => {
    const page = toAtom(items.slice(5), {
      siteUrl,
      feedUrl: `${siteUrl}archive/1.xml`,
      archive: {current: `${siteUrl}atom.xml`, nextArchive: `${siteUrl}archive/2.xml`}
    })
    expect(page).toContain('<fh:archive />')
    expect(page).toContain(`<id>${siteUrl}atom.xml</id>`)
    expect(validateAtom(page)).toBe('')
    expect(checkAtom(page, `${siteUrl}archive/1.xml`)).toEqual([])
  })
})

describe('streamAtom', () => {
  it('should yield pieces that join into the same document as toAtom', () => {
    const options = {siteUrl, stylesheetHref: 'atom.xsl', author: {name: 'SIRONET Secretariat', uri: 'https://sironet.org/'}}
    expect([...streamAtom(items, options)].join('')).toBe(xml)
  })
})
