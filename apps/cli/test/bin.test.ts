import {execFile} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url))

it('should run as a program: `sironet parse FILE` prints NDJSON records and exits 0', async () => {
  const {stdout, stderr} = await promisify(execFile)(
    process.execPath,
    ['--conditions=@sironet/source', '--import', 'tsx', bin, 'parse', 'fixtures/sironet-2018-h1.txt', '--format', 'ndjson'],
    {cwd: root, maxBuffer: 64 * 1024 * 1024}
  )
  const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {type: string})
  expect(lines[0]!.type).toBe('bulletin')
  expect(lines.filter((line) => line.type === 'item')).toHaveLength(74)
  expect(stderr).toContain('[unbalanced-quote]')
}, 60_000)

it('should exit 2 as a program on bad usage', async () => {
  const error = await promisify(execFile)(process.execPath, ['--conditions=@sironet/source', '--import', 'tsx', bin, 'nope'], {cwd: root}).catch(
    (error: {code: number; stderr: string}) => error
  )
  expect(error).toMatchObject({code: 2})
  expect((error as {stderr: string}).stderr).toContain('unknown command `nope`')
}, 60_000)
