/**
 * The widget in real headless Chromium (Debian’s `/usr/bin/chromium`), served
 * from a local HTTP server, bundled from source in `beforeAll`.
 * Run alone with `pnpm --filter @sironet/widget test:browser`.
 */
import {mkdirSync} from 'node:fs'
import axe from 'axe-core'
import type {Browser, BrowserContextOptions, Page} from 'playwright-core'
import {toDateKey, widgetLanguages} from '@sironet/json-export'
import {demoStylesheet, renderDemoPage, renderStaticSnippet} from '@sironet/widget/snippet'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bundleWidget, launchChromium, makePage, probeScript, startServer, type TestServer} from './helpers/browser.ts'
import {goldItems, goldNewsItems, goldTags, makeGoldFeed} from './helpers/gold-feed.ts'
import {listHostileFeeds} from './helpers/hostile.ts'

declare global {
  interface Window {
    __events: Array<{type: string; count?: number; message?: string}>
    __violations: string[]
    __errors: string[]
    __pwned?: unknown
    axe: typeof axe
  }
}

const artifacts = new URL('../test-results/', import.meta.url)
const strictCsp = "default-src 'self'; require-trusted-types-for 'script'; report-uri /csp-report"
const feed = makeGoldFeed()
const hostileFeeds = listHostileFeeds()
const html = 'text/html; charset=utf-8'

let browser: Browser
let server: TestServer

/** What a widget shows, read through its open shadow root. */
interface Shown {
  lang: string | null
  dir: string | null
  busy: string | null
  layout: string
  title: string
  status: string | null
  statusLink: string | null
  footerLink: {href: string | null; text: string} | null
  items: Array<{headline: string; href: string | null; lang: string | null; date: string | null; datetime: string | null; place: string | null; org: string | null}>
}

function readWidget(page: Page, index = 0): Promise<Shown> {
  return page.evaluate((index) => {
    const root = document.querySelectorAll('sironet-news')[index]!.shadowRoot!.firstElementChild!
    const text = (element: Element | null) => element?.textContent ?? null
    const footer = root.querySelector('[part~="all-link"]')
    return {
      lang: root.getAttribute('lang'),
      dir: root.getAttribute('dir'),
      busy: root.getAttribute('aria-busy'),
      layout: root.className,
      title: root.querySelector('h2')!.textContent!,
      status: text(root.querySelector('[part~="status"]')),
      statusLink: root.querySelector('[part~="feed-link"]')?.getAttribute('href') ?? null,
      footerLink: footer ? {href: footer.getAttribute('href'), text: footer.textContent!} : null,
      items: [...root.querySelectorAll('[part~="item"]')].map((item) => {
        const headline = item.querySelector('[part~="headline"]')!
        const link = headline.querySelector('a')
        return {
          headline: headline.textContent!,
          href: link?.getAttribute('href') ?? null,
          lang: headline.firstElementChild!.getAttribute('lang'),
          date: text(item.querySelector('[part~="date"]')),
          datetime: item.querySelector('time')?.getAttribute('datetime') ?? null,
          place: text(item.querySelector('[part~="place"]')),
          org: text(item.querySelector('[part~="org"]'))
        }
      })
    }
  }, index)
}

/** Open a page in a fresh context, recording dialogs, page errors and requests. */
async function open(path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  const dialogs: string[] = []
  const errors: string[] = []
  const requests: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(server.origin + path)
  return {page, context, dialogs, errors, requests}
}

/** Wait until the page’s widgets have fired `count` load or error events. */
async function waitForEvents(page: Page, count = 1) {
  await page.waitForFunction((count) => window.__events.length >= count, count, {timeout: 10_000})
  return page.evaluate(() => window.__events)
}

function findItem(shown: Shown, n: number) {
  const href = feed.items.find((item) => item._sironet.id === goldNewsItems[n - 1]!.id)!.url
  return shown.items.find((item) => item.href === href)!
}

const countGold = (keep: (item: (typeof goldItems)[number]) => boolean) => goldItems.filter(keep).length

beforeAll(async () => {
  mkdirSync(artifacts, {recursive: true})
  const [bundles, started, launched] = await Promise.all([bundleWidget(), startServer(), launchChromium()])
  server = started
  browser = launched
  const js = 'text/javascript; charset=utf-8'
  server.route('/sironet-news.js', {body: bundles.esm, type: js})
  server.route('/sironet-news.iife.js', {body: bundles.iife, type: js})
  server.route('/probe.js', {body: probeScript, type: js})
  server.route('/demo/sironet-news.js', {body: bundles.esm, type: js})
  server.route('/axe.js', {body: axe.source, type: js})
  server.route('/feed.json', {body: JSON.stringify(feed), type: 'application/feed+json'})
  server.route('/broken.json', {body: '{"items": [', type: 'application/feed+json'})
  hostileFeeds.forEach(([, hostile], index) => {
    server.route(`/hostile-${index}.json`, {body: JSON.stringify(hostile), type: 'application/feed+json'})
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('<sironet-news> in Chromium', () => {
  it('should render every item of the fixture feed with its link, date, place and organizer', async () => {
    server.route('/all.html', {body: makePage('<sironet-news src="/feed.json" limit="100" lang="en-GB"></sironet-news>'), type: html})
    const {page, context, errors} = await open('/all.html')
    expect(await waitForEvents(page)).toEqual([{type: 'load', count: goldItems.length}])
    const shown = await readWidget(page)
    expect(shown.items.map((item) => item.headline)).toEqual(feed.items.map((item) => item.title))
    expect(shown.items.map((item) => item.href)).toEqual(feed.items.map((item) => item.url))
    expect(shown.items.every((item) => item.lang === 'en')).toBe(true)
    expect(shown).toMatchObject({lang: 'en-GB', dir: 'ltr', busy: 'false', title: 'SIRONET news', layout: 'root list'})
    expect(shown.footerLink).toEqual({href: feed.home_page_url, text: 'All news'})
    // Item 5 of the bulletin: 12 to 16 January, Finland and Latvia.
    expect(findItem(shown, 5)).toMatchObject({date: '12–16 Jan 2018', datetime: '2018-01-12', place: 'Finland; Latvia'})
    expect(findItem(shown, 3)).toMatchObject({place: 'Beijing, China', org: goldItems[2]!.organizations[0]})
    expect(errors).toEqual([])
    await context.close()
  })

  it('should filter by country, organization, tag and limit, and re-render on attribute changes without fetching again', async () => {
    server.route('/filters.html', {body: makePage('<sironet-news src="/feed.json" country="CN" limit="100"></sironet-news>'), type: html})
    const {page, context} = await open('/filters.html')
    const inChina = (item: (typeof goldItems)[number]) => item.places.some((place) => place.country === 'CN')
    expect((await waitForEvents(page))[0]!.count).toBe(countGold(inChina))
    const fetches = () => server.requests.filter((request) => request.path === '/feed.json').length
    const fetched = fetches()
    expect((await readWidget(page)).items.every((item) => item.place?.includes('China'))).toBe(true)
    const organization = 'All-China Youth Federation'
    const change = async (step: string, count: number) => {
      await page.evaluate((step) => new Function('widget', step)(document.querySelector('sironet-news')), step)
      return (await waitForEvents(page, count)).at(-1)!.count
    }
    expect(await change(`widget.setAttribute('organization', '${organization}')`, 2)).toBe(
      countGold((item) => inChina(item) && item.organizations.includes(organization))
    )
    expect(await change("widget.removeAttribute('organization'); widget.removeAttribute('country'); widget.setAttribute('tag', 'youth')", 3)).toBe(
      countGold((item) => goldTags(item).includes('youth'))
    )
    expect(await change("widget.setAttribute('limit', '2')", 4)).toBe(2)
    expect(await change("widget.setAttribute('country', 'ZZ')", 5)).toBe(0)
    expect((await readWidget(page)).status).toBe('No news.')
    expect(fetches()).toBe(fetched)
    await context.close()
  })

  it('should write dates and words in the page’s language: English, French, Arabic right to left, Spanish from an ancestor', async () => {
    const widgets = ['en-GB', 'fr', 'ar'].map((lang) => `<sironet-news src="/feed.json" limit="100" lang="${lang}"></sironet-news>`)
    server.route('/languages.html', {body: makePage(`${widgets.join('')}<div lang="es"><sironet-news src="/feed.json" limit="1"></sironet-news></div>`), type: html})
    const {page, context} = await open('/languages.html')
    await waitForEvents(page, 4)
    const [english, french, arabic, spanish] = await Promise.all([0, 1, 2, 3].map((index) => readWidget(page, index)))
    expect(findItem(english!, 5).date).toBe('12–16 Jan 2018')
    expect(findItem(english!, 54).date).toBe('late May 2018')
    expect(french).toMatchObject({lang: 'fr', dir: 'ltr', footerLink: {text: 'Toutes les actualités'}})
    expect(findItem(french!, 54).date).toBe('fin mai 2018')
    expect(findItem(french!, 5)).toMatchObject({date: '12–16 janv. 2018', place: 'Finlande; Lettonie'})
    expect(arabic).toMatchObject({lang: 'ar', dir: 'rtl', footerLink: {text: 'كل الأخبار'}})
    expect(findItem(arabic!, 5).date).toContain('يناير')
    expect(findItem(arabic!, 5).place).toBe('فنلندا; لاتفيا')
    // Headlines keep the feed’s language inside an Arabic widget.
    expect(arabic!.items.every((item) => item.lang === 'en')).toBe(true)
    expect(spanish).toMatchObject({lang: 'es', footerLink: {text: 'Todas las noticias'}})
    await context.close()
  })

  it('should show the dates and country names a feed wrote out in the six UN languages; its dates read as Chromium’s own', async () => {
    const labelled = makeGoldFeed({labels: widgetLanguages})
    server.route('/labelled.json', {body: JSON.stringify(labelled), type: 'application/feed+json'})
    // The same feed with two labels changed: the widget must show those, not format its own.
    const doctored = structuredClone(labelled)
    doctored._sironet.labels!.fr!.countries.FI = 'Suomi (label)'
    doctored._sironet.labels!.fr!.dates['2018-01-12/2018-01-16'] = 'du 12 au 16 janvier (label)'
    server.route('/doctored.json', {body: JSON.stringify(doctored), type: 'application/feed+json'})
    const widgets = widgetLanguages.flatMap((lang) => ['/labelled.json', '/feed.json'].map((src) => `<sironet-news src="${src}" limit="100" lang="${lang}"></sironet-news>`))
    server.route('/labels.html', {body: makePage(`${widgets.join('')}<sironet-news src="/doctored.json" limit="100" lang="fr"></sironet-news>`), type: html})
    const {page, context, errors} = await open('/labels.html')
    await waitForEvents(page, widgets.length + 1)
    const shown = await Promise.all(widgets.map((_, index) => readWidget(page, index)))
    // The build’s ICU and the browser’s may differ in the kind of space around a dash.
    const spaces = (text: string | null) => text?.replace(/[\s\u2009\u202f]+/g, ' ')
    for (const [index, language] of widgetLanguages.entries()) {
      const [fromLabels, fromIntl] = [shown[2 * index]!, shown[2 * index + 1]!]
      const labels = labelled._sironet.labels![language]!
      expect(fromLabels.items.map((item) => [item.date, item.place]), language).toEqual(
        labelled.items.map(({_sironet: record}) => [
          labels.dates[toDateKey(record.date!)],
          record.places.map((place) => (place.city ? `${place.city}, ` : '') + labels.countries[place.country]).join('; ') || null
        ])
      )
      expect(fromLabels.items.map((item) => spaces(item.date)), language).toEqual(fromIntl.items.map((item) => spaces(item.date)))
    }
    expect(findItem(shown[2]!, 5)).toMatchObject({date: '12–16 janv. 2018', place: 'Finlande; Lettonie'})
    expect(findItem(await readWidget(page, widgets.length), 5)).toMatchObject({date: 'du 12 au 16 janvier (label)', place: 'Suomi (label); Lettonie'})
    expect(errors).toEqual([])
    await context.close()
  })

  it('should run under `default-src \'self\'` and Trusted Types with no CSP violation, as a module and as a classic script', async () => {
    const headers = {'content-security-policy': strictCsp}
    const body = '<sironet-news src="/feed.json" limit="5"></sironet-news><sironet-news src="/feed.json" limit="4" lang="ar" layout="cards"></sironet-news>'
    server.route('/csp.html', {body: makePage(body), type: html, headers})
    server.route('/csp-iife.html', {body: makePage(body, {script: '/sironet-news.iife.js'}), type: html, headers})
    const before = server.reports.length
    for (const path of ['/csp.html', '/csp-iife.html']) {
      const {page, context, errors} = await open(path)
      expect(await waitForEvents(page, 2)).toEqual([
        {type: 'load', count: 5},
        {type: 'load', count: 4}
      ])
      // The constructed stylesheet applies: the list has no bullets, the cards are a grid.
      const styles = await page.evaluate(() =>
        [...document.querySelectorAll('sironet-news')].map((widget) => getComputedStyle(widget.shadowRoot!.querySelector('ul')!).display)
      )
      expect(styles).toEqual(['block', 'grid'])
      await page.waitForTimeout(300)
      expect(await page.evaluate(() => [window.__violations, window.__errors])).toEqual([[], []])
      expect(errors).toEqual([])
      await context.close()
    }
    expect(server.reports.slice(before)).toEqual([])
  })

  it('should see a violation on the same CSP when a page breaks it (the check can fail)', async () => {
    server.route('/csp-control.html', {
      body: makePage('<p style="color: red">Inline style</p><sironet-news src="/feed.json" limit="1"></sironet-news>'),
      type: html,
      headers: {'content-security-policy': strictCsp}
    })
    const before = server.reports.length
    const {page, context} = await open('/csp-control.html')
    await waitForEvents(page)
    await page.waitForFunction(() => window.__violations.length > 0)
    expect(await page.evaluate(() => window.__violations)).toEqual(['style-src-attr '.concat('inline')])
    await expect.poll(() => server.reports.length).toBeGreaterThan(before)
    await context.close()
  })

  it('should execute nothing from a hostile feed, in every layout, by `src`, by `items` and as a static snippet', async () => {
    for (const [index, [name, hostile]] of hostileFeeds.entries()) {
      const layouts = ['list', 'cards', 'compact'].map((layout) => `<sironet-news src="/hostile-${index}.json" limit="100" layout="${layout}"></sironet-news>`)
      server.route(`/xss-${index}.html`, {body: makePage(`${layouts.join('')}<sironet-news id="direct" limit="100"></sironet-news>`), type: html})
      server.route(`/xss-snippet-${index}.html`, {
        body: makePage(renderStaticSnippet(hostile, {limit: 100, feedUrl: `${server.origin}/hostile-${index}.json`}), {script: '/none.js'}),
        type: html
      })
      const {page, context, dialogs, errors, requests} = await open(`/xss-${index}.html`)
      await waitForEvents(page, 3)
      await page.evaluate((hostile) => {
        const items = (hostile as {items: unknown[]}).items
        document.querySelector<HTMLElement & {items: unknown}>('#direct')!.items = items
      }, hostile)
      await waitForEvents(page, 4)
      const snippet = await open(`/xss-snippet-${index}.html`)
      // Give any `onerror`/`onload` payload time to fire.
      await page.waitForTimeout(500)
      for (const {page: each, dialogs: shownDialogs} of [{page, dialogs}, snippet]) {
        const found = await each.evaluate(() => {
          const roots: ParentNode[] = [document, ...[...document.querySelectorAll('sironet-news')].map((widget) => widget.shadowRoot!)]
          const elements = roots.flatMap((root) => [...root.querySelectorAll('*')])
          return {
            pwned: window.__pwned,
            dangerous: elements.filter((element) => /^(script|img|svg|iframe|style|math|object|embed|form|input)$/i.test(element.localName) && element.closest('head') === null).map((element) => element.localName),
            handlers: elements.flatMap((element) => element.getAttributeNames().filter((attribute) => attribute.startsWith('on'))),
            hrefs: elements.flatMap((element) => (element.hasAttribute('href') && element.localName === 'a' ? [element.getAttribute('href')!] : [])),
            headlines: roots.flatMap((root) => [...root.querySelectorAll('[part~="headline"]')].map((headline) => headline.textContent!))
          }
        })
        expect(found.pwned, name).toBeUndefined()
        expect(found.dangerous, name).toEqual([])
        expect(found.handlers, name).toEqual([])
        expect(found.hrefs.length, name).toBeGreaterThan(0)
        for (const href of found.hrefs) expect(href, name).toMatch(/^https?:\/\//)
        expect(found.headlines.length, name).toBeGreaterThan(0)
        expect(shownDialogs, name).toEqual([])
      }
      // Titles show as the very text the feed holds.
      const shown = await readWidget(page)
      const titles = (hostile as {items: Array<{title: string}>}).items.map((item) => item.title.trim()).filter(Boolean)
      expect(shown.items.map((item) => item.headline), name).toEqual(titles)
      expect(errors, name).toEqual([])
      // No request left the test server, and none fetched a payload’s `src`.
      expect(requests.every((url) => url.startsWith(server.origin)), name).toBe(true)
      expect([...new Set(requests.map((url) => new URL(url).pathname))].sort(), name).toEqual(
        [`/hostile-${index}.json`, '/probe.js', '/sironet-news.js', `/xss-${index}.html`].sort()
      )
      await snippet.context.close()
      await context.close()
    }
  })

  it('should pass axe-core with zero violations in light and dark, list, cards and compact, and in the error and empty states; save screenshots', async () => {
    const cases = [
      {name: 'list-en-light', body: '<sironet-news src="/feed.json" limit="5" lang="en-GB"></sironet-news>', colorScheme: 'light'},
      {name: 'cards-ar-dark', body: '<sironet-news src="/feed.json" limit="4" lang="ar" layout="cards"></sironet-news>', colorScheme: 'dark', lang: 'ar'},
      {name: 'compact-fr-light', body: '<sironet-news src="/feed.json" limit="6" lang="fr" layout="compact"></sironet-news>', colorScheme: 'light', lang: 'fr'},
      {name: 'error-zh-dark', body: '<sironet-news src="/missing.json" lang="zh"></sironet-news>', colorScheme: 'dark', lang: 'zh'},
      {name: 'empty-ru-light', body: '<sironet-news src="/feed.json" country="ZZ" lang="ru"></sironet-news>', colorScheme: 'light', lang: 'ru'}
    ] as const
    for (const test of cases) {
      server.route(`/axe-${test.name}.html`, {body: makePage(test.body, {lang: 'lang' in test ? test.lang : 'en'}), type: html})
      const {page, context} = await open(`/axe-${test.name}.html`, {colorScheme: test.colorScheme, viewport: {width: 760, height: 640}})
      await waitForEvents(page)
      await page.addScriptTag({url: '/axe.js'})
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document)).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      )
      expect(violations, test.name).toEqual([])
      await page.screenshot({path: new URL(`${test.name}.png`, artifacts).pathname, fullPage: true})
      await context.close()
    }
  })

  it('should move focus through the headlines, then “All news”, with a visible outline', async () => {
    server.route('/focus.html', {body: makePage('<sironet-news src="/feed.json" limit="3"></sironet-news>'), type: html})
    const {page, context} = await open('/focus.html')
    await waitForEvents(page)
    const focused: Array<{text: string; outline: string}> = []
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab')
      focused.push(
        await page.evaluate(() => {
          const active = document.activeElement!.shadowRoot?.activeElement ?? document.activeElement!
          const style = getComputedStyle(active)
          return {text: active.textContent!, outline: `${style.outlineStyle} ${style.outlineWidth}`}
        })
      )
    }
    expect(focused.map((item) => item.text)).toEqual([...feed.items.slice(0, 3).map((item) => item.title), 'All news'])
    expect(focused.every((item) => item.outline === 'solid 2px')).toBe(true)
    await context.close()
  })

  it('should show loading with `aria-busy`, then the error with a link to the feed, and fire `sironet-news:error`', async () => {
    let release: () => void = () => {}
    server.route('/slow.json', async (response) => {
      await new Promise<void>((resolve) => (release = resolve))
      response.writeHead(404, {'content-type': 'text/plain'}).end('Not found')
    })
    server.route('/states.html', {body: makePage('<sironet-news src="/slow.json"></sironet-news><sironet-news src="/broken.json"></sironet-news><sironet-news src="http://["></sironet-news>'), type: html})
    const {page, context} = await open('/states.html')
    await waitForEvents(page, 2)
    // “Loading…” shows once the feed has taken 100 ms.
    await page.waitForFunction(() => document.querySelector('sironet-news')!.shadowRoot!.firstElementChild)
    expect(await readWidget(page)).toMatchObject({busy: 'true', status: 'Loading…', items: []})
    release()
    const events = await waitForEvents(page, 3)
    expect(events.map((event) => event.type)).toEqual(['error', 'error', 'error'])
    expect(events.some((event) => event.message === 'HTTP 404')).toBe(true)
    expect(await readWidget(page)).toMatchObject({
      busy: 'false',
      status: 'The news could not be loaded. Open the feed',
      statusLink: `${server.origin}/slow.json`
    })
    expect((await readWidget(page, 1)).statusLink).toBe(`${server.origin}/broken.json`)
    // A `src` that is not a URL is an error too, with no link.
    expect(await readWidget(page, 2)).toMatchObject({status: 'The news could not be loaded. ', statusLink: null})
    await context.close()
  })

  it('should show the light-DOM fallback when scripts are off, and hide it once the widget renders', async () => {
    server.route('/fallback.html', {body: makePage('<sironet-news src="/feed.json"><a id="fallback" href="/feed.json">Read the news feed</a></sironet-news>'), type: html})
    const off = await open('/fallback.html', {javaScriptEnabled: false})
    expect(await off.page.locator('#fallback').isVisible()).toBe(true)
    await off.context.close()
    const on = await open('/fallback.html')
    await waitForEvents(on.page)
    expect(await on.page.locator('#fallback').isVisible()).toBe(false)
    await on.context.close()
  })

  it('should send no cookies and no Referer with the feed request, and request nothing from another origin', async () => {
    server.route('/private.html', {
      body: makePage('<sironet-news src="/private-feed.json"></sironet-news>'),
      type: html,
      headers: {'set-cookie': 'session=secret; Path=/; SameSite=Lax'}
    })
    server.route('/private-feed.json', {body: JSON.stringify(feed), type: 'application/feed+json'})
    const {page, context, requests} = await open('/private.html')
    await waitForEvents(page)
    const seen = server.requests.filter((request) => request.path === '/private-feed.json').at(-1)!
    expect(seen.headers.cookie).toBeUndefined()
    expect(seen.headers.referer).toBeUndefined()
    // The page’s own script requests do carry the cookie: the check above can fail.
    expect(server.requests.filter((request) => request.path === '/probe.js').at(-1)!.headers.cookie).toBe('session=secret')
    expect(requests.every((url) => url.startsWith(server.origin))).toBe(true)
    await context.close()
  })

  it('should register once when both bundles load, and take `NewsItem` records through `items`', async () => {
    server.route('/both.html', {
      body: makePage('<sironet-news id="direct" lang="en-GB"></sironet-news>', {head: '<script defer src="/sironet-news.iife.js"></script>'}),
      type: html
    })
    const {page, context, errors} = await open('/both.html')
    await waitForEvents(page)
    await page.evaluate((items) => {
      document.querySelector<HTMLElement & {items: unknown}>('#direct')!.items = items
    }, goldNewsItems)
    const events = await waitForEvents(page, 2)
    expect(events.at(-1)).toEqual({type: 'load', count: 10})
    const shown = await readWidget(page)
    expect(shown.items.map((item) => item.headline)).toEqual(goldNewsItems.slice(0, 10).map((item) => item.headline))
    // Records have no link, so headlines are plain text and there is no “All news”.
    expect(shown.items.every((item) => item.href === null)).toBe(true)
    expect(shown.footerLink).toBeNull()
    expect(shown.items[4]!.date).toBe('12–16 Jan 2018')
    expect(errors).toEqual([])
    expect(await page.evaluate(() => window.__errors)).toEqual([])
    await context.close()
  })

  it('should show the demo page under a strict CSP: three widgets, two themes, no violation, no axe violation', async () => {
    server.route('/demo/index.html', {
      body: renderDemoPage({feedUrl: '../feed.json', scriptUrl: 'sironet-news.js'}),
      type: html,
      // Without Trusted Types here, so the test can inject axe-core.
      headers: {'content-security-policy': "default-src 'self'; report-uri /csp-report"}
    })
    const before = server.reports.length
    server.route('/demo/demo.css', {body: demoStylesheet, type: 'text/css; charset=utf-8'})
    const {page, context, errors} = await open('/demo/index.html', {viewport: {width: 900, height: 800}})
    const counts = await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('sironet-news')].map(
          (widget) => widget.shadowRoot?.querySelector('ul') ? widget.shadowRoot.querySelectorAll('li').length : new Promise<number>((resolve) => widget.addEventListener('sironet-news:load', (event) => resolve((event as CustomEvent<{count: number}>).detail.count)))
        )
      )
    )
    expect(counts).toEqual([5, 4, 5])
    const backgrounds = await page.evaluate(() => [...document.querySelectorAll('sironet-news')].map((widget) => getComputedStyle(widget).backgroundColor))
    expect(backgrounds.slice(0, 2)).toEqual(['rgb(255, 255, 255)', 'rgb(16, 24, 38)'])
    await page.addScriptTag({url: '/axe.js'})
    expect(await page.evaluate(async () => (await window.axe.run(document)).violations.map((violation) => violation.id))).toEqual([])
    await page.screenshot({path: new URL('demo-page.png', artifacts).pathname, fullPage: true})
    expect(errors).toEqual([])
    expect(server.reports.slice(before)).toEqual([])
    await context.close()
  })
})
