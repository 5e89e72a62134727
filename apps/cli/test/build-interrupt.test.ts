import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {makeSyntheticBulletins} from '../bench/synthetic.ts'

const cli = fileURLToPath(new URL('..', import.meta.url))
const root = await mkdtemp(path.join(tmpdir(), 'sironet-interrupt-'))
afterAll(() => rm(root, {recursive: true, force: true}))

describe('sironet build interrupted', {timeout: 120_000}, () => {
  it('should leave the old site as it was and no temporary folder after Ctrl-C', async () => {
    await mkdir(path.join(root, 'in'))
    for (const [index, text] of makeSyntheticBulletins(4, 500).entries()) await writeFile(path.join(root, 'in', `b${index}.txt`), text)
    await mkdir(path.join(root, 'site'))
    await writeFile(path.join(root, 'site', 'feed.json'), '{"old": true}\n')
    const script = `import {runBuildCommand} from ${JSON.stringify(path.join(cli, 'src/lib/build-command.ts'))}
process.stderr.write('started\\n')
process.exitCode = await runBuildCommand(['in', '--out', 'site', '--site-url', 'http://localhost:4173/'], {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: ${JSON.stringify(root)}})`
    await writeFile(path.join(root, 'run.mts'), script)
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@sironet/source', path.join(root, 'run.mts')], {cwd: cli, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Interrupt once the build has started, while it reads or writes.
    await new Promise<void>((resolve) => child.stderr.on('data', () => stderr.includes('started') && resolve()))
    await new Promise((resolve) => setTimeout(resolve, 500))
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code, stderr).toBe(130)
    expect(stderr).toContain('interrupted')
    expect(await readFile(path.join(root, 'site', 'feed.json'), 'utf8')).toBe('{"old": true}\n')
    expect((await readdir(root)).filter((name) => name.startsWith('.'))).toEqual([])
  })
})
