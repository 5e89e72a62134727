import {readFileSync} from 'node:fs'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {atomStylesheet, rssStylesheet, toAtom, toRss} from '@sironet/feeds'
import {loadGoldItems, loadHostileItems} from './helpers/gold-items.ts'
import {launchChromium, serveFiles} from './helpers/browser.ts'

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

describe('stylesheets in Chromium', () => {
  const items = loadGoldItems()
  const hostile = loadHostileItems()
  let browser: Browser
  let server: {url: string; close: () => Promise<void>}

  beforeAll(async () => {
    browser = await launchChromium()
    // The feeds need the server's address for their self links, so serve them from a second table filled below.
    const files: Record<string, {type: string; body: string}> = {}
    server = await serveFiles(files)
    const siteUrl = server.url
    files['feed.xml'] = {type: 'application/xml', body: toRss(items, {siteUrl, stylesheetHref: 'feed.xsl'})}
    files['feed.xsl'] = {type: 'text/xsl', body: rssStylesheet}
    files['atom.xml'] = {type: 'application/xml', body: toAtom([...items, ...hostile], {siteUrl, stylesheetHref: 'atom.xsl'})}
    files['atom.xsl'] = {type: 'text/xsl', body: atomStylesheet}
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('should show every RSS item as a linked headline with its date and countries', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}feed.xml`)
    expect(await page.locator('article').count()).toBe(items.length)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('SIRONET International Exchanges')
    expect(await page.locator('.note code').textContent()).toBe(`${server.url}feed.xml`)
    const item = items.find((entry) => entry.date?.start === '2018-01-10')!
    const article = page.locator('article', {has: page.locator(`a[href="${server.url}items/${item.id}.html"]`)})
    expect(await article.locator('.meta').textContent()).toBe('Wed, 10 Jan 2018 · CN')
    await page.close()
  }, 60_000)

  it('should show every Atom entry with its summary as inert text, running no script', async () => {
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.url}atom.xml`)
    expect(await page.locator('article').count()).toBe(items.length + hostile.length)
    expect(await page.locator('script, img, svg, iframe').count()).toBe(0)
    const script = page.locator('article', {has: page.locator(`a[href="${server.url}items/hostile-script.html"]`)})
    expect(await script.locator('p:not(.meta)').textContent()).toContain('<script>alert(1)</script>')
    expect(dialogs).toEqual([])
    await page.close()
  }, 60_000)
})
