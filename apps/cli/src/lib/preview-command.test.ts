import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runPreviewCommand} from './preview-command.js'

const root = await mkdtemp(path.join(tmpdir(), 'sironet-preview-command-'))
await writeFile(path.join(root, 'index.html'), '<!doctype html><title>site</title>')
afterAll(() => rm(root, {recursive: true, force: true}))

function makeIo(cwd: string) {
  const output = {stdout: '', stderr: ''}
  const io = {
    stdout: {write: (text: string) => (output.stdout += text)},
    stderr: {write: (text: string) => (output.stderr += text)},
    stdin: process.stdin,
    cwd
  }
  return {io, output}
}

describe('runPreviewCommand', () => {
  it('should serve the folder until stopped and say where', async () => {
    const {io, output} = makeIo(path.dirname(root))
    const controller = new AbortController()
    const running = runPreviewCommand([path.basename(root), '--port', '0'], io, {signal: controller.signal})
    await expect.poll(() => output.stdout).toMatch(/^Serving .* at http:\/\/localhost:\d+\//)
    const url = /at (http:\/\/localhost:\d+\/)/.exec(output.stdout)![1]!
    expect(await (await fetch(url)).text()).toContain('<title>site</title>')
    controller.abort()
    expect(await running).toBe(0)
  })

  it('should exit 1 with the fix when the folder does not exist', async () => {
    const {io, output} = makeIo(root)
    expect(await runPreviewCommand(['nowhere'], io)).toBe(1)
    expect(output.stderr).toContain('build the site first')
  })

  it('should exit 2 on a bad port', async () => {
    const {io} = makeIo(root)
    expect(await runPreviewCommand(['--port', 'http'], io)).toBe(2)
  })
})
