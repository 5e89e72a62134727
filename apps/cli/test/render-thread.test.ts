import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, expect, it} from 'vitest'

const child = fileURLToPath(new URL('render-thread-child.ts', import.meta.url))
const root = await mkdtemp(path.join(tmpdir(), 'sironet-render-thread-'))
afterAll(() => rm(root, {recursive: true, force: true}))

it('should write the same site, byte for byte, when a second thread renders the archive pages and organization feeds', async () => {
  const {stdout} = await promisify(execFile)(process.execPath, ['--conditions=@sironet/source', '--import', 'tsx', child, root], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    maxBuffer: 16 * 1024 * 1024
  })
  const result = JSON.parse(stdout) as {
    started: boolean
    builds: Record<'main' | 'thread' | 'threadFromDisk', {files: number; bytes: number; messages: number; hash: string}>
    aborted: string
    left: string[]
  }
  expect(result.started).toBe(true)
  expect(result.builds.main.files).toBeGreaterThan(1000)
  expect(result.builds.thread).toEqual(result.builds.main)
  expect(result.builds.threadFromDisk).toEqual(result.builds.main)
  expect(result.aborted).toBe('AbortError')
  expect(result.left).toEqual([])
}, 180_000)
