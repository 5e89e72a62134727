import {readFileSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {NewsItem} from '@sironet/model'
import {buildSite} from '@sironet/cli'
import {readBulletins} from '../src/lib/build-read.ts'
import {listFiles} from './list-files.ts'
import {repositoryRoot as root, runInMemory as run} from './run-in-memory.ts'

const fixture = 'fixtures/sironet-2018-h1.txt'
const siteUrl = 'https://example.org/news/'
const scratch = await mkdtemp(path.join(tmpdir(), 'sironet-build-records-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))

async function readSite(out: string): Promise<Map<string, string>> {
  const files = await listFiles(out)
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(out, file), 'latin1')] as const)))
}

async function buildFrom(name: string, inputs: string[]) {
  const out = path.join(scratch, name)
  const report = await buildSite({inputs, out, siteUrl, cwd: root, widget: false})
  return {report, site: await readSite(out)}
}

describe('sironet build from records that `sironet parse` printed', {timeout: 120_000}, () => {
  it('should write the same site from the JSON and the NDJSON output as from the bulletin', async () => {
    const json = path.join(scratch, 'bulletin.json')
    const ndjson = path.join(scratch, 'bulletin.ndjson')
    await writeFile(json, (await run(['parse', fixture])).stdout)
    await writeFile(ndjson, (await run(['parse', fixture, '--format', 'ndjson'])).stdout)
    const fromText = await buildFrom('text', [fixture])
    expect(fromText.report.items).toBe(74)
    for (const [name, input] of [['json', json], ['ndjson', ndjson]] as const) {
      const built = await buildFrom(name, [input])
      expect(built.report).toMatchObject({written: true, items: 74, failed: false, messages: []})
      expect(built.site.size).toBe(fromText.site.size)
      for (const [file, bytes] of fromText.site) expect(built.site.get(file) === bytes, `${name}: ${file}`).toBe(true)
    }
  })

  it('should give each item the id of a whole parse when standard input was read once, bulletin by bulletin', async () => {
    const text = readFileSync(path.join(root, fixture), 'utf8')
    const paragraphs = text.split(/\n\s*\n/)
    // The same items twice, the copies told apart, so their ids collide and the stream ends with renames.
    const doubled = [...paragraphs, ...paragraphs.slice(2).map((paragraph) => `${paragraph.trim()} (copy)`)].join('\n\n')
    // Then the bulletin itself: the ids its first copy was renamed from are its own final ids.
    const other = text
    const streams = [(await run(['parse', '-', '--format', 'ndjson'], doubled)).stdout, (await run(['parse', '-', '--format', 'ndjson'], other)).stdout]
    expect(streams[0]).toContain('{"type":"rename"')
    const file = path.join(scratch, 'stdin.ndjson')
    await writeFile(file, streams.join(''))
    const expected: string[] = []
    for (const input of [doubled, other]) expected.push(...(JSON.parse((await run(['parse', '-'], input)).stdout) as {items: NewsItem[]}).items.map((item) => item.id))
    const read = await readBulletins([file], {cwd: scratch})
    expect(read.messages).toEqual([])
    expect(read.items.map((item) => item.id)).toEqual(expected)
  })

  it('should report a line that is not JSON and a record that is not valid at their lines, and publish the others', async () => {
    const lines = (await run(['parse', fixture, '--format', 'ndjson'])).stdout.trimEnd().split('\n')
    const items = lines.filter((line) => line.startsWith('{"type":"item"'))
    const broken = JSON.parse(items[1]!) as {item: Record<string, unknown>}
    delete broken.item.date
    // Line 1 a plain record, line 2 cut short, line 3 a record without its date, then the rest.
    const file = path.join(scratch, 'edited.ndjson')
    await writeFile(file, [JSON.stringify((JSON.parse(items[0]!) as {item: unknown}).item), '{"type":"item","item":{"id":', JSON.stringify(broken), ...items.slice(2)].join('\n'))
    const read = await readBulletins([file], {cwd: scratch})
    expect(read.items).toHaveLength(items.length - 1)
    expect(read.messages.map((message) => [message.file, message.line, message.ruleId, message.severity])).toEqual([
      ['edited.ndjson', 2, 'unreadable-records', 'error'],
      ['edited.ndjson', 3, 'invalid-item', 'error']
    ])
    expect(read.messages[0]!.column).toBeGreaterThan(1)
    expect(read.messages[1]!.reason).toMatch(/^The item of line 3 is not a valid record: .*date/)
  })

  it('should report a JSON file that is not JSON at the line and column of the mistake', async () => {
    const file = path.join(scratch, 'bad.json')
    await writeFile(file, '{\n  "items": [\n    {"id": "a",,}\n  ]\n}\n')
    const read = await readBulletins([file], {cwd: scratch})
    expect(read.messages).toHaveLength(1)
    expect(read.messages[0]).toMatchObject({file: 'bad.json', line: 3, severity: 'error', ruleId: 'unreadable-records'})
    expect(read.messages[0]!.column).toBeGreaterThan(5)
  })
})
