import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {describe, expect, it, onTestFinished} from 'vitest'
import type {Diagnostic, NewsItem} from '@sironet/model'
import {runCli, type CommandIo} from '@sironet/cli'
import {repositoryRoot as root, runInMemory} from './run-in-memory.ts'

const run = runInMemory
const fixture = 'fixtures/sironet-2018-h1.txt'

interface Line {
  type: string
  item?: NewsItem
  message?: Diagnostic
  from?: string
  to?: string
}


function parseLines(stdout: string): Line[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line)
}

describe('sironet parse --format ndjson', {timeout: 120_000}, () => {
  it('should print the bulletin, then messages and items as read, the same as the JSON output', async () => {
    const json = await run(['parse', fixture])
    const whole = JSON.parse(json.stdout) as {bulletin: unknown; items: NewsItem[]; messages: Diagnostic[]}
    const streamed = await run(['parse', fixture, '--format', 'ndjson'])
    expect(streamed.code).toBe(0)
    const lines = parseLines(streamed.stdout)
    expect(lines[0]).toEqual({type: 'bulletin', bulletin: whole.bulletin})
    expect(lines.filter((line) => line.type === 'item').map((line) => line.item)).toEqual(whole.items)
    expect(lines.filter((line) => line.type === 'message').map((line) => line.message)).toEqual(whole.messages)
    expect(lines.some((line) => line.type === 'rename')).toBe(false)
    expect(streamed.stderr).toBe(json.stderr)
  })

  it('should rename, at the end of standard input, items whose id a later item shares', async () => {
    const text = readFileSync(path.join(root, fixture), 'utf8')
    const paragraphs = text.split(/\n\s*\n/)
    // The same items twice, the copies told apart, so their ids collide.
    const doubled = [...paragraphs, ...paragraphs.slice(2).map((paragraph) => `${paragraph.trim()} (copy)`)].join('\n\n')
    const json = JSON.parse((await run(['parse', '-'], doubled)).stdout) as {items: NewsItem[]}
    const lines = parseLines((await run(['parse', '-', '--format', 'ndjson'], doubled)).stdout)
    const renames = new Map(lines.filter((line) => line.type === 'rename').map((line) => [line.from!, line.to!]))
    expect(renames.size).toBeGreaterThan(0)
    expect(lines.findIndex((line) => line.type === 'rename')).toBeGreaterThan(lines.findLastIndex((line) => line.type === 'item'))
    const ids = lines.filter((line) => line.type === 'item').map((line) => renames.get(line.item!.id) ?? line.item!.id)
    expect(ids).toEqual(json.items.map((item) => item.id))
  })

  it('should wait for a slow output to drain', async () => {
    const chunks: string[] = []
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk.toString())
        setTimeout(callback, 1)
      }
    })
    const io: CommandIo = {stdout: slow, stderr: {write: () => true}, stdin: Readable.from([]), cwd: root}
    expect(await runCli(['parse', fixture, '--format', 'ndjson'], io)).toBe(0)
    expect(parseLines(chunks.join('')).filter((line) => line.type === 'item')).toHaveLength(74)
  })

  it('should say which file it cannot read and go on with the others', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sironet-ndjson-'))
    onTestFinished(() => rmSync(folder, {recursive: true, force: true}))
    writeFileSync(path.join(folder, 'a.txt'), 'News (2019.1-2019.6)\n\nOn May 5, A.\n')
    const {code, stdout, stderr} = await run(['parse', path.join(folder, 'missing.txt'), path.join(folder, 'a.txt'), '--format', 'ndjson'])
    expect(code).toBe(1)
    expect(stderr).toContain('missing.txt`: no such file')
    expect(parseLines(stdout).map((line) => line.type)).toEqual(['bulletin', 'item'])
  })
})
