import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {getEventDays, validateNewsItem, type NewsItem} from '@sironet/model'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '@sironet/cli'
import {toDateKey, type JsonFeed} from '@sironet/json-export'
import {loadGoldItems} from '../../json-export/test/gold-items.ts'
import {makeHostileItem} from '../../json-export/test/hostile-item.ts'
import {listFiles} from './list-files.ts'

const items = loadGoldItems()
const siteUrl = 'https://example.org/news/'
const scratch = await mkdtemp(path.join(tmpdir(), 'sironet-build-test-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))

async function build(name: string, options: {items?: NewsItem[]; feedSize?: number; labels?: string[]} = {}) {
  const out = path.join(scratch, name)
  const report = await buildSite({out, siteUrl, items: options.items ?? items, feedSize: options.feedSize ?? 50, widget: false, labels: options.labels})
  return {out, report, files: await listFiles(out)}
}

describe('buildSite', {timeout: 60_000}, () => {
  const full = build('full')

  it('should write every feed, the API, the CSV, pages of items and the index', async () => {
    const {out, report, files} = await full
    expect(report).toMatchObject({written: true, items: 74, failed: false})
    expect(report.files).toBe(files.length)
    const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(out, file))).size))
    expect(report.bytes).toBe(sizes.reduce((sum, size) => sum + size, 0))
    for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'feed-2.json', 'archive/feed-1.xml', 'archive/atom-1.xml', 'api/index.json', 'api/months.json', 'api/countries/cn.json', 'items.csv', 'index.html', 'style.css']) {
      expect(files, file).toContain(file)
    }
    for (const item of items) expect(files).toContain(`api/items/${item.id}.json`)
    const countries = new Set(items.flatMap((item) => item.places.map((place) => place.country.toLowerCase())))
    for (const code of countries) {
      for (const kind of ['feed.xml', 'atom.xml', 'feed.json']) expect(files).toContain(`countries/${code}/${kind}`)
    }
    expect(files).toContain('organizations/all-china-youth-federation/feed.json')
    expect(files.some((file) => file.includes('.building-') || file.includes('.old-'))).toBe(false)
  })

  it('should write byte-identical output on every run', async () => {
    const first = await full
    const second = await build('same-2', {items: [...items].reverse()})
    expect(second.files).toEqual(first.files)
    for (const file of first.files) {
      const [a, b] = await Promise.all([readFile(path.join(first.out, file)), readFile(path.join(second.out, file))])
      expect(a.equals(b), file).toBe(true)
    }
  })

  it('should publish records as validated, whatever their key order or extra keys', async () => {
    const first = await full
    const shuffled = items.map((item) => ({...Object.fromEntries(Object.entries(item).reverse()), extra: '<not published>'}) as unknown as NewsItem)
    const second = await build('reordered', {items: shuffled})
    expect(second.files).toEqual(first.files)
    for (const file of first.files) {
      const [a, b] = await Promise.all([readFile(path.join(first.out, file)), readFile(path.join(second.out, file))])
      expect(a.equals(b), file).toBe(true)
    }
  })

  it('should keep the newest `feedSize` items in the feeds and every older one in exactly one archive page', async () => {
    const {out, files} = await build('archive', {feedSize: 10})
    const pages = files.filter((file) => /^archive\/feed-\d+\.xml$/.test(file))
    expect(pages).toHaveLength(7)
    const guids = async (file: string) => [...(await readFile(path.join(out, file), 'utf8')).matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((match) => match[1])
    const current = await guids('feed.xml')
    expect(current).toHaveLength(10)
    const archived = (await Promise.all(pages.map(guids))).flat()
    expect(new Set([...current, ...archived]).size).toBe(74)
    expect(archived).toHaveLength(64)
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8')
    expect(feed).toContain(`rel="prev-archive"`)
    expect(feed).toContain(`${siteUrl}archive/feed-7.xml`)
    const oldest = await readFile(path.join(out, 'archive/feed-1.xml'), 'utf8')
    expect(oldest).toContain('<fh:archive')
    expect(oldest).not.toContain('rel="prev-archive"')
    const middle = await readFile(path.join(out, 'archive/feed-3.xml'), 'utf8')
    expect(middle).toContain(`rel="prev-archive" type="application/rss+xml" href="${siteUrl}archive/feed-2.xml"`)
    expect(middle).toContain(`rel="next-archive" type="application/rss+xml" href="${siteUrl}archive/feed-4.xml"`)
    expect(middle).toContain(`rel="current" type="application/rss+xml" href="${siteUrl}feed.xml"`)
    expect(await readFile(path.join(out, 'archive/feed-7.xml'), 'utf8')).not.toContain('rel="next-archive"')
    const json = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as {items: unknown[]; next_url: string}
    expect(json.items).toHaveLength(10)
    expect(json.next_url).toBe(`${siteUrl}feed-2.json`)
  })

  it('should filter the country feeds to the newest `feedSize` items of the country, without pages', async () => {
    const {out, files} = await build('filtered', {feedSize: 10})
    expect(files.some((file) => file.startsWith('countries/cn/archive/') || file === 'countries/cn/feed-2.json')).toBe(false)
    const feed = JSON.parse(await readFile(path.join(out, 'countries/cn/feed.json'), 'utf8')) as {
      items: Array<{_sironet: NewsItem}>
      next_url?: string
      feed_url: string
    }
    const chinese = items.filter((item) => item.places.some((place) => place.country === 'CN'))
    expect(chinese.length).toBeGreaterThan(10)
    expect(feed.items).toHaveLength(10)
    expect(feed.next_url).toBeUndefined()
    expect(feed.feed_url).toBe(`${siteUrl}countries/cn/feed.json`)
    for (const entry of feed.items) expect(entry._sironet.places.map((place) => place.country)).toContain('CN')
    const rss = await readFile(path.join(out, 'countries/cn/feed.xml'), 'utf8')
    expect(rss).toContain(`<atom:link rel="self" type="application/rss+xml" href="${siteUrl}countries/cn/feed.xml"`)
    expect(rss).toContain('<?xml-stylesheet type="text/xsl" href="../../feed.xsl"?>')
  })

  it('should write the dates and countries of each first JSON Feed page in the six UN languages for the widget, or in the languages asked for', async () => {
    const {out, files} = await full
    const pages = files.filter((file) => /(^|\/)feed\.json$/.test(file))
    expect(pages.length).toBeGreaterThan(10)
    expect((JSON.parse(await readFile(path.join(out, 'feed-2.json'), 'utf8')) as JsonFeed)._sironet.labels).toBeUndefined()
    for (const file of pages) {
      const feed = JSON.parse(await readFile(path.join(out, file), 'utf8')) as JsonFeed
      const labels = feed._sironet.labels!
      expect(Object.keys(labels), file).toEqual(['en', 'fr', 'es', 'ru', 'zh', 'ar'])
      const keys = new Set(feed.items.flatMap((item) => (item._sironet.date ? [toDateKey(item._sironet.date)] : [])))
      expect(Object.keys(labels.zh!.dates), file).toEqual([...keys])
      for (const item of feed.items) for (const place of item._sironet.places) expect(labels.ru!.countries[place.country], file).toBeTruthy()
    }
    const some = await build('labels-fr', {labels: ['fr'], feedSize: 10})
    const french = JSON.parse(await readFile(path.join(some.out, 'countries/cn/feed.json'), 'utf8')) as JsonFeed
    expect(Object.keys(french._sironet.labels!)).toEqual(['fr'])
    expect(french._sironet.labels!.fr!.countries.CN).toBe('Chine')
    const none = await build('labels-none', {labels: []})
    expect((JSON.parse(await readFile(path.join(none.out, 'feed.json'), 'utf8')) as JsonFeed)._sironet.labels).toBeUndefined()
  })

  it('should write API records valid under the model', async () => {
    const {out, files} = await full
    const records = files.filter((file) => file.startsWith('api/items/'))
    expect(records).toHaveLength(74)
    for (const file of records) expect(validateNewsItem(JSON.parse(await readFile(path.join(out, file), 'utf8'))).ok).toBe(true)
  })

  it('should link every feed entry to its item’s article on the page of its month', async () => {
    const {out, files} = await full
    const pages = files.filter((file) => file.startsWith('items/'))
    const months = new Set(items.map((item) => item.date ? getEventDays(item.date).first.slice(0, 7) : 'undated'))
    expect(pages.sort()).toEqual([...months].map((month) => `items/${month}.html`).sort())
    const articles = new Map<string, string>()
    for (const page of pages) {
      for (const match of (await readFile(path.join(out, page), 'utf8')).matchAll(/<article id="([^"]+)"/g)) articles.set(match[1]!, page)
    }
    expect(articles.size).toBe(items.length)
    const feed = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as {items: Array<{url: string; _sironet: NewsItem}>}
    const rss = await readFile(path.join(out, 'feed.xml'), 'utf8')
    const index = await readFile(path.join(out, 'index.html'), 'utf8')
    for (const entry of feed.items) {
      const page = articles.get(entry._sironet.id)!
      expect(entry.url).toBe(`${siteUrl}${page}#${entry._sironet.id}`)
      expect(rss).toContain(`<link>${entry.url}</link>`)
      expect(index).toContain(`href="${page}#${entry._sironet.id}"`)
    }
  })

  it('should keep hostile content inert in the pages', async () => {
    const hostile = makeHostileItem()
    const {out} = await build('hostile', {items: [hostile, ...items.slice(0, 3)]})
    for (const file of ['index.html', 'items/2018-02.html']) {
      const html = await readFile(path.join(out, file), 'utf8')
      expect(html).not.toContain('<script>')
      expect(html).not.toContain('<img')
      expect(html).toContain('&#x3C;script>')
    }
  })

  it('should leave `out` as it was and no temporary folder when aborted', async () => {
    const {out} = await build('abort')
    const before = await readFile(path.join(out, 'feed.json'))
    const controller = new AbortController()
    let written = 0
    const attempt = buildSite({
      out,
      siteUrl,
      items: items.slice(0, 5),
      widget: false,
      signal: controller.signal,
      onProgress(progress) {
        if (progress.phase === 'write' && ++written === 3) controller.abort()
      }
    })
    await expect(attempt).rejects.toThrow()
    expect((await readFile(path.join(out, 'feed.json'))).equals(before)).toBe(true)
    expect((await readdir(scratch)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('should remove the temporary folder a killed build left and say so', async () => {
    const {out} = await build('killed')
    // A build killed with SIGKILL cannot clean up: its folder stays, named with its process id.
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    const left = path.join(scratch, `.killed.building-${child.stdout}-0123abcd`)
    await mkdir(path.join(left, 'api'), {recursive: true})
    const report = await buildSite({out, siteUrl, items: items.slice(0, 5), widget: false})
    expect(report.written).toBe(true)
    expect(report.warnings).toEqual([`removed ${left}, left by a build that was stopped (process ${child.stdout} no longer runs)`])
    expect((await readdir(scratch)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('should refuse to replace a folder that holds something other than a site', async () => {
    const out = path.join(scratch, 'not-a-site')
    await mkdir(out)
    await writeFile(path.join(out, 'notes.txt'), 'keep me')
    await expect(buildSite({out, siteUrl, items, widget: false})).rejects.toThrow(/not empty/)
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me')
  })

  it('should publish the valid records and report the invalid one', async () => {
    const broken = {...items[0]!, id: 'Not A Slug'}
    const out = path.join(scratch, 'invalid')
    const report = await buildSite({out, siteUrl, items: [broken, ...items.slice(1)], widget: false})
    expect(report.items).toBe(73)
    expect(report.messages.map((message) => message.ruleId)).toEqual(['invalid-item'])
    expect(report.messages[0]!.reason).toMatch(/^items\[0\] is not a valid record: id: /)
  })
})

describe('buildSite with more records than it keeps in memory', {timeout: 120_000}, () => {
  const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
  const inputs = [path.join(fixtures, 'sironet-2018-h1.txt'), path.join(fixtures, 'hostile/bulletin.txt')]
  const temporary = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('sironet-records-'))

  it('should sort them on disk and write the same bytes as a build in memory, leaving no temporary file', async () => {
    const before = await temporary()
    const inMemory = await buildSite({out: path.join(scratch, 'memory'), siteUrl, inputs, feedSize: 6, widget: false})
    const onDisk = await buildSite({out: path.join(scratch, 'disk'), siteUrl, inputs, feedSize: 6, widget: false, recordsInMemory: 9})
    expect(onDisk.items).toBe(inMemory.items)
    expect(onDisk.items).toBeGreaterThan(9 * 10)
    const files = await listFiles(path.join(scratch, 'memory'))
    expect(await listFiles(path.join(scratch, 'disk'))).toEqual(files)
    expect(files.filter((file) => file.startsWith('archive/')).length).toBeGreaterThan(20)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(scratch, 'memory', file)), readFile(path.join(scratch, 'disk', file))])
      expect(a.equals(b), file).toBe(true)
    }
    expect(await temporary()).toEqual(before)
  })

  it('should remove its temporary files when the build is aborted while writing', async () => {
    const before = await temporary()
    const controller = new AbortController()
    let spilled = false
    const build = buildSite({
      out: path.join(scratch, 'aborted'),
      siteUrl,
      inputs,
      widget: false,
      recordsInMemory: 9,
      signal: controller.signal,
      onProgress: (progress) => {
        // Counted from the first file: the records' API files went in while the bulletins were read.
        if (progress.phase === 'write' && progress.done >= 50 && !controller.signal.aborted) {
          spilled = readdirSync(tmpdir()).filter((name) => name.startsWith('sironet-records-')).length > before.length
          controller.abort(new Error('Interrupted'))
        }
      }
    })
    await expect(build).rejects.toThrow(/Interrupted/)
    expect(spilled).toBe(true)
    expect(await temporary()).toEqual(before)
    expect(await readdir(scratch)).not.toContain('aborted')
  })

  it('should write the same files and bytes from bulletins (API files written while reading) as from their records', async () => {
    const fromText = path.join(scratch, 'from-text')
    const report = await buildSite({out: fromText, siteUrl, inputs, feedSize: 6, widget: false, recordsInMemory: 9})
    const files = await listFiles(fromText)
    const records = await Promise.all(
      files.filter((file) => file.startsWith('api/items/')).map(async (file) => JSON.parse(await readFile(path.join(fromText, file), 'utf8')) as NewsItem)
    )
    expect(records).toHaveLength(report.items)
    const fromRecords = path.join(scratch, 'from-records')
    await buildSite({out: fromRecords, siteUrl, items: records, feedSize: 6, widget: false})
    expect(await listFiles(fromRecords)).toEqual(files)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(fromText, file)), readFile(path.join(fromRecords, file))])
      expect(a.equals(b), file).toBe(true)
    }
  })

  it('should leave no folder, hidden or not, when aborted while reading or refused by `strict` after some files were written', async () => {
    const controller = new AbortController()
    const aborted = buildSite({
      out: path.join(scratch, 'aborted-reading'),
      siteUrl,
      inputs,
      widget: false,
      signal: controller.signal,
      onProgress: (progress) => progress.phase === 'read' && controller.abort(new Error('Interrupted'))
    })
    await expect(aborted).rejects.toThrow(/Interrupted/)
    // A good bulletin (its records' files written), then a missing one: `strict` publishes nothing.
    const refused = await buildSite({out: path.join(scratch, 'refused'), siteUrl, inputs: [inputs[0]!, path.join(scratch, 'missing.txt')], widget: false, strict: true})
    expect(refused).toMatchObject({written: false, failed: true, files: 0})
    expect((await readdir(scratch)).filter((name) => name.includes('aborted-reading') || name.includes('refused'))).toEqual([])
  })
})

describe('buildSite misuse', () => {
  it('should throw a TypeError naming `out`, `siteUrl`, `feedSize`, `recordsInMemory` or `parseThreads` before writing anything', async () => {
    await expect(buildSite({out: '', siteUrl} as never)).rejects.toThrow(/`out`/)
    await expect(buildSite({out: path.join(scratch, 'x'), siteUrl: 'ftp://example.org/'})).rejects.toThrow(/`siteUrl`/)
    await expect(buildSite({out: path.join(scratch, 'x'), siteUrl, feedSize: 0})).rejects.toThrow(/`feedSize`/)
    await expect(buildSite({out: path.join(scratch, 'x'), siteUrl, recordsInMemory: 0.5})).rejects.toThrow(/`recordsInMemory`/)
    await expect(buildSite({out: path.join(scratch, 'x'), siteUrl, parseThreads: -1})).rejects.toThrow(/`parseThreads`/)
    expect(await readdir(scratch)).not.toContain('x')
  })
})
