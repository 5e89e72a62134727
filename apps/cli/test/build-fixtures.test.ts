import {readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {validateNewsItem, type NewsItem} from '@sironet/model'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {afterAll, describe, expect, it} from 'vitest'
import {buildSite} from '@sironet/cli'
import {runBuildCommand} from '../src/lib/build-command.ts'
import {listFiles} from './list-files.ts'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const scratch = await mkdtemp(path.join(tmpdir(), 'sironet-fixtures-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const ajv = new Ajv({allErrors: true, strictRequired: false})
addFormats(ajv)
const validateFeed = ajv.compile(JSON.parse(readFileSync(path.join(repository, 'apps/json-export/test/jsonfeed-1.1.schema.json'), 'utf8')) as object)

async function runBuild(out: string, ...inputs: string[]) {
  const output = {stdout: '', stderr: ''}
  const code = await runBuildCommand([...inputs, '--out', out, '--site-url', 'http://localhost:4173/'], {
    stdout: {write: (text: string) => (output.stdout += text)},
    stderr: {write: (text: string) => (output.stderr += text), isTTY: false},
    stdin: process.stdin,
    cwd: repository
  })
  return {code, ...output}
}

describe('sironet build on the fixture bulletin', {timeout: 180_000}, () => {
  const first = runBuild(path.join(scratch, 'one'), 'fixtures/sironet-2018-h1.txt')

  it('should publish every item of the bulletin and report messages as file:line:col', async () => {
    const {code, stdout, stderr} = await first
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Built 74 items from 1 bulletin\(s\)/)
    for (const line of stderr.trim().split('\n').filter(Boolean)) {
      if (line.startsWith('sironet build: warning:')) continue
      expect(line).toMatch(/^fixtures\/sironet-2018-h1\.txt:\d+:\d+: (?:error|warning|info) .+ \[[a-z0-9]+(?:-[a-z0-9]+)*\]$/)
    }
  })

  it('should write the same bytes when built again', async () => {
    await first
    const second = await runBuild(path.join(scratch, 'two'), 'fixtures/sironet-2018-h1.txt')
    expect(second.code).toBe(0)
    const [a, b] = [path.join(scratch, 'one'), path.join(scratch, 'two')]
    const files = await listFiles(a)
    expect(await listFiles(b)).toEqual(files)
    for (const file of files) expect((await readFile(path.join(a, file))).equals(await readFile(path.join(b, file))), file).toBe(true)
  })

  it('should write a JSON Feed valid under JSON Feed 1.1 whose records are valid under the model', async () => {
    await first
    const out = path.join(scratch, 'one')
    for (const file of (await listFiles(out)).filter((name) => /(?:^|\/)feed(?:-\d+)?\.json$/.test(name))) {
      const feed = JSON.parse(await readFile(path.join(out, file), 'utf8')) as {items: Array<{_sironet: unknown}>}
      expect(validateFeed(feed), `${file}: ${ajv.errorsText(validateFeed.errors)}`).toBe(true)
      for (const item of feed.items) expect(validateNewsItem(item._sironet).ok).toBe(true)
    }
  })

  it('should link every feed, the downloads and the widget demo from index.html', async () => {
    await first
    const out = path.join(scratch, 'one')
    const html = await readFile(path.join(out, 'index.html'), 'utf8')
    for (const href of ['feed.xml', 'atom.xml', 'feed.json', 'events.ics', 'items.csv', 'api/index.json', 'countries/cn/feed.xml']) {
      expect(html).toContain(`href="${href}"`)
    }
    const files = await listFiles(out)
    if (files.includes('widget/index.html')) {
      expect(html).toContain('href="widget/index.html"')
      const demo = await readFile(path.join(out, 'widget/index.html'), 'utf8')
      expect(demo).toContain('src="../feed.json"')
      expect(files).toEqual(expect.arrayContaining(['widget/sironet-news.js', 'widget/sironet-news.iife.js']))
    }
  })
})

describe('buildSite on the hostile records', {timeout: 60_000}, () => {
  it('should keep every payload inert in the pages and valid in the JSON', async () => {
    const records = JSON.parse(readFileSync(path.join(repository, 'fixtures/hostile/records.json'), 'utf8')) as NewsItem[]
    const out = path.join(scratch, 'hostile')
    const report = await buildSite({out, siteUrl: 'https://example.org/news/', items: records, widget: false})
    expect(report.items).toBe(records.filter((record) => validateNewsItem(record).ok).length)
    for (const file of (await listFiles(out)).filter((name) => name.endsWith('.html'))) {
      const html = await readFile(path.join(out, file), 'utf8')
      expect(html, file).not.toMatch(/<(?:script|img|svg|iframe|object|embed|style)\b/i)
      expect(html, file).not.toMatch(/<[^>]*\son[a-z]+=/i)
      expect(html, file).not.toMatch(/href="\s*(?:javascript|data|vbscript):/i)
    }
    const feed = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as unknown
    expect(validateFeed(feed), ajv.errorsText(validateFeed.errors)).toBe(true)
  })
})
