import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runBuildCommand} from '../src/lib/build-command.ts'

const root = await mkdtemp(path.join(tmpdir(), 'sironet-command-'))
afterAll(() => rm(root, {recursive: true, force: true}))

function makeIo() {
  const output = {stdout: '', stderr: ''}
  return {
    output,
    io: {
      stdout: {write: (text: string) => (output.stdout += text)},
      stderr: {write: (text: string) => (output.stderr += text), isTTY: false},
      stdin: process.stdin,
      cwd: root
    }
  }
}

describe('runBuildCommand', () => {
  it('should print help and exit 0 with --help', async () => {
    const {io, output} = makeIo()
    expect(await runBuildCommand(['--help'], io)).toBe(0)
    expect(output.stdout).toMatch(/^Usage: sironet build/)
  })

  it('should exit 2 and name the fix when --out or --site-url is missing', async () => {
    const {io, output} = makeIo()
    expect(await runBuildCommand(['fixtures', '--site-url', 'site/'], io)).toBe(2)
    expect(output.stderr).toContain('Missing `--out DIR`')
    expect(output.stderr).toContain('`--site-url URL`')
    expect(await runBuildCommand(['--out', 'x', '--site-url', 'http://a/', '--feed-size', '0'], io)).toBe(2)
    expect(await runBuildCommand(['--bogus'], io)).toBe(2)
    expect(await runBuildCommand(['--out', 'x', '--site-url', 'http://a/', '--labels', 'fr,not a tag'], io)).toBe(2)
    expect(output.stderr).toContain('`--labels` must be BCP 47 tags separated by commas, or `none`')
  })

  it('should report a missing input as file:line:col and still write the site', async () => {
    const {io, output} = makeIo()
    expect(await runBuildCommand(['nowhere', '--out', 'site', '--site-url', 'http://localhost:4173/'], io)).toBe(0)
    expect(output.stderr).toContain('nowhere:1:1: error No such file or folder [missing-input]')
    expect(output.stdout).toMatch(/^Built 0 items from 0 bulletin\(s\) into site/)
    expect(await readdir(path.join(root, 'site'))).toContain('feed.json')
  })

  it('should write nothing and exit 1 with --strict when an input is bad', async () => {
    const {io, output} = makeIo()
    expect(await runBuildCommand(['nowhere', '--out', 'strict-site', '--site-url', 'http://localhost:4173/', '--strict'], io)).toBe(1)
    expect(output.stderr).toContain('nothing written')
    expect(await readdir(root)).not.toContain('strict-site')
  })
})

describe('runBuildCommand progress', () => {
  it('should show progress on a terminal and nothing of it elsewhere', async () => {
    const {io, output} = makeIo()
    const tty = {...io, stderr: {write: (text: string) => (output.stderr += text), isTTY: true}}
    expect(await runBuildCommand(['nowhere', '--out', 'tty-site', '--site-url', 'http://localhost:4173/'], tty)).toBe(0)
    expect(output.stderr).toContain('\r\u001B[2KWriting files 1')
    const plain = makeIo()
    expect(await runBuildCommand(['nowhere', '--out', 'plain-site', '--site-url', 'http://localhost:4173/'], plain.io)).toBe(0)
    expect(plain.output.stderr).not.toContain('\r')
  })
})
