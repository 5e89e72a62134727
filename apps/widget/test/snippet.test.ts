import {demoStylesheet, renderDemoPage, renderStaticSnippet, snippetStylesheet} from '@sironet/widget/snippet'
import {describe, expect, it} from 'vitest'
import {goldItems, makeGoldFeed} from './helpers/gold-feed.ts'
import {listHostileFeeds} from './helpers/hostile.ts'

describe('renderStaticSnippet', () => {
  it('should render the feed’s items as a list with links, dates, places and organizers', () => {
    const feed = makeGoldFeed()
    const html = renderStaticSnippet(feed, {lang: 'en-GB', limit: 100, feedUrl: feed.feed_url})
    expect(html.startsWith('<div class="sironet-news"><div class="root list" part="root" lang="en-GB" dir="ltr" aria-busy="false">')).toBe(true)
    expect(html.match(/<li /g)).toHaveLength(goldItems.length)
    for (const item of feed.items) expect(html).toContain(`href="${item.url}"`)
    // Item 5 runs from 12 to 16 January, in Finland and Latvia.
    expect(html).toContain('<time part="date" datetime="2018-01-12">12–16 Jan 2018</time><span part="place">Finland; Latvia</span>')
    expect(html).toContain(`<a href="${feed.home_page_url}" rel="noopener" part="link all-link">All news</a>`)
  })

  it('should write the page’s language: French words and month names, Arabic right to left', () => {
    const feed = makeGoldFeed()
    const french = renderStaticSnippet(feed, {lang: 'fr', limit: 100})
    expect(french).toContain('fin mai 2018')
    expect(french).toContain('Toutes les actualités')
    expect(french).toContain('Finlande; Lettonie')
    const arabic = renderStaticSnippet(feed, {lang: 'ar', layout: 'cards', country: 'CN', limit: 1})
    expect(arabic).toContain('class="root cards" part="root" lang="ar" dir="rtl"')
    expect(arabic).toContain('الصين')
    expect(arabic.match(/<li /g)).toHaveLength(1)
  })

  it('should escape every hostile field and keep only http(s) links', () => {
    for (const [name, feed] of listHostileFeeds()) {
      const html = renderStaticSnippet(feed, {limit: 100, feedUrl: 'https://news.example.org/feed.json'})
      // Every raw `<` opens one of the snippet’s own tags, with only its own
      // attributes: no payload became markup.
      const tags = [...html.matchAll(/<\/?([a-z0-9]+)((?:\s[a-z-]+="[^"]*")*)>/g)]
      expect(tags.length, name).toBe(html.split('<').length - 1)
      expect(new Set(tags.map((tag) => tag[1])), name).toEqual(
        new Set(['div', 'h2', 'bdi', 'ul', 'li', 'article', 'h3', 'a', 'span', 'p', 'time'])
      )
      const attributes = new Set(tags.flatMap((tag) => [...tag[2]!.matchAll(/\s([a-z-]+)=/g)].map((match) => match[1])))
      expect([...attributes].sort(), name).toEqual(['aria-busy', 'class', 'datetime', 'dir', 'href', 'lang', 'part', 'rel', 'role'])
      const hrefs = tags.flatMap((tag) => [...tag[2]!.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]))
      expect(hrefs.length, name).toBeGreaterThan(0)
      for (const href of hrefs) expect(href, name).toMatch(/^https?:\/\//)
    }
  })

  it('should throw a `TypeError` that says what to pass when given no data', () => {
    expect(() => renderStaticSnippet(undefined)).toThrow(/Cannot call `renderStaticSnippet` without data/)
  })
})

describe('renderDemoPage', () => {
  it('should embed the module and the feed in two themes and three languages, with no inline style or script', () => {
    const html = renderDemoPage({feedUrl: '../feed.json', scriptUrl: 'sironet-news.js'})
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<script type="module" src="sironet-news.js"></script>')
    expect(html).toContain('<link rel="stylesheet" href="demo.css">')
    expect(html.match(/<sironet-news /g)).toHaveLength(3)
    for (const attribute of ['class="demo-light"', 'class="demo-dark"', 'lang="en"', 'lang="ar"', 'lang="fr"']) {
      expect(html).toContain(attribute)
    }
    expect(html).not.toMatch(/<style|style=|<script>|\son[a-z]+=/)
    expect(demoStylesheet).toContain('.demo-dark{--sironet-news-bg')
    expect(snippetStylesheet.startsWith('.sironet-news{')).toBe(true)
  })

  it('should throw a `TypeError` naming the options when the URLs are missing', () => {
    // @ts-expect-error: testing misuse from JavaScript.
    expect(() => renderDemoPage({feedUrl: 'feed.json'})).toThrow(/Pass `\{feedUrl, scriptUrl\}`/)
  })
})
