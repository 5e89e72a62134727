import {execFile} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, expect, it} from 'vitest'
import type {ReadResult} from '../src/lib/build-read.ts'

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const child = fileURLToPath(new URL('parse-threads-child.ts', import.meta.url))
const root = await mkdtemp(path.join(tmpdir(), 'sironet-threads-'))
afterAll(() => rm(root, {recursive: true, force: true}))

it('should give the same records and messages, in the same order, when parsing threads read the files', async () => {
  // Ids used again across files, a file that cannot be read, a folder given as a file, an empty bulletin.
  await writeFile(path.join(root, 'empty.txt'), '')
  const files = [
    path.join(fixtures, 'sironet-2018-h1.txt'),
    path.join(fixtures, 'hostile/bulletin.txt'),
    path.join(root, 'missing.txt'),
    path.join(fixtures, 'sironet-2018-h1.txt'),
    path.join(root, 'empty.txt'),
    fixtures,
    path.join(fixtures, 'hostile/bulletin.html')
  ]
  const {stdout} = await promisify(execFile)(process.execPath, ['--conditions=@sironet/source', '--import', 'tsx', child, fixtures, ...files], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    maxBuffer: 256 * 1024 * 1024
  })
  const result = JSON.parse(stdout) as {started: boolean; main: ReadResult; threaded: ReadResult; streamed: ReadResult}
  expect(result.started).toBe(true)
  expect(result.main.count).toBeGreaterThan(140)
  expect(result.main.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['duplicate-id', 'unreadable-bulletin']))
  expect(result.threaded).toEqual(result.main)
  expect(result.streamed).toEqual(result.main)
}, 120_000)
