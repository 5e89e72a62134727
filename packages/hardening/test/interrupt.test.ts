import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildSite} from '@sironet/cli'
import {afterAll, describe, expect, it} from 'vitest'
import {readFixtureParagraphs} from '../src/bulletin-arbitrary.js'

const bin = new URL('../../../apps/cli/src/bin.ts', import.meta.url).pathname
const folder = mkdtempSync(path.join(tmpdir(), 'sironet-interrupt-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Every file under `root` with a hash of its bytes, so two states of a folder compare exactly. */
function fingerprint(root: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const name of readdirSync(root, {recursive: true, encoding: 'utf8'}).sort()) {
    const file = path.join(root, name)
    if (statSync(file).isFile()) result[name] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return result
}

describe('sironet build interrupted with Ctrl-C', () => {
  it('should leave the previous site byte for byte and no temporary folder', async () => {
    const {head, items} = readFixtureParagraphs()
    const corpus = path.join(folder, 'corpus')
    mkdirSync(corpus)
    let count = 0
    for (let file = 0; file < 300; file++) {
      const parts = [...head]
      for (let item = 0; item < 7; item++, count++) parts.push(`${items[count % items.length]!} (Ref. ${file}.${item})`)
      writeFileSync(path.join(corpus, `bulletin-${file}.txt`), parts.join('\n\n\n'))
    }
    const out = path.join(folder, 'site')
    await buildSite({inputs: [path.join(corpus, 'bulletin-0.txt')], out, siteUrl: 'https://example.org/news/', widget: false})
    const before = fingerprint(out)
    expect(Object.keys(before).length).toBeGreaterThan(10)

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@sironet/source', bin, 'build', corpus, '--out', out, '--site-url', 'https://example.org/news/'],
      // `--import tsx` resolves from the working folder: run from this package.
      {stdio: ['ignore', 'pipe', 'pipe'], cwd: new URL('..', import.meta.url).pathname}
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const closed = once(child, 'close')
    // Interrupt once the build has started writing its temporary folder beside `out`.
    let interrupted = false
    while (!interrupted && child.exitCode === null) {
      if (readdirSync(folder).some((name) => name.startsWith('.site.building-'))) {
        child.kill('SIGINT')
        interrupted = true
      } else await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const [code] = (await closed) as [number | null]
    expect(interrupted, `the build ended before it could be interrupted: ${stderr}`).toBe(true)
    expect(code, stderr).toBe(130)
    expect(stderr).toContain('interrupted')
    expect(readdirSync(folder).sort()).toEqual(['corpus', 'site'])
    expect(fingerprint(out)).toEqual(before)
  }, 180_000)
})
