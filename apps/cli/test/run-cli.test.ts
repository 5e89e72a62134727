import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, onTestFinished} from 'vitest'
import {validateBulletin} from '@sironet/model'
import {runCli, type CommandIo} from '../src/index.js'
import packageJson from '../package.json' with {type: 'json'}
import {runInMemory} from './run-in-memory.ts'

const run = runInMemory
const fixture = 'fixtures/sironet-2018-h1.txt'


function scratch(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'sironet-cli-'))
  onTestFinished(() => rmSync(folder, {recursive: true, force: true}))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text)
  return folder
}

describe('sironet', () => {
  it('should print its usage with --help and exit 0', async () => {
    const {code, stdout} = await run(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: sironet <command>/)
    expect(stdout).toContain('parse FILE...')
    expect(stdout).toContain('build')
  })

  it('should print its version with --version', async () => {
    expect(await run(['--version'])).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''})
  })

  it('should exit 2 with the usage on stderr without a command', async () => {
    const {code, stdout, stderr} = await run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^Usage: sironet/)
  })

  it('should exit 2 on an unknown command, naming it', async () => {
    const {code, stderr} = await run(['parsee', fixture])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown command `parsee`')
  })

  it('should dispatch `build` to the build command', async () => {
    const {code, stdout} = await run(['build', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: sironet build/)
  })

  it('should dispatch `preview` to the preview command', async () => {
    const {code, stdout} = await run(['preview', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: sironet preview/)
    expect((await run(['help', 'preview'])).stdout).toBe(stdout)
  })

  it('should throw a TypeError on misuse of runCli', async () => {
    await expect(runCli('parse' as unknown as string[], {} as CommandIo)).rejects.toThrow(/`runCli`/)
  })
})

describe('sironet parse', () => {
  it('should document every option in --help', async () => {
    const {code, stdout} = await run(['parse', '--help'])
    expect(code).toBe(0)
    for (const option of ['--format json|ndjson', '--strict', '--year N', '--lang TAG', '--input', '--encoding', '--quiet', '`-` reads standard input']) {
      expect(stdout).toContain(option)
    }
    expect((await run(['help', 'parse'])).stdout).toBe(stdout)
  })

  it('should print {bulletin, items, messages} as JSON and the messages on stderr', async () => {
    const {code, stdout, stderr} = await run(['parse', fixture])
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as {bulletin: {id: string}; items: unknown[]; messages: Array<{ruleId: string}>}
    expect(Object.keys(output)).toEqual(['bulletin', 'items', 'messages'])
    expect(output.bulletin.id).toBe('sironet-2018-h1')
    expect(output.items).toHaveLength(74)
    expect(validateBulletin({...output.bulletin, items: output.items}).issues).toEqual([])
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(output.messages.length)
    for (const line of lines) expect(line).toMatch(/^fixtures\/sironet-2018-h1\.txt:\d+:\d+: (error|warning|info) .+ \[[a-z0-9-]+\]$/)
    expect(lines).toContain('fixtures/sironet-2018-h1.txt:53:28: warning Expected `23rd`, not `23th` [bad-ordinal]')
  })

  it('should read standard input for `-`', async () => {
    const text = 'News (2019.1-2019.6)\n\nOn May 5, the forum opened in Rome.\n'
    const {code, stdout} = await run(['parse', '-'], text)
    expect(code).toBe(0)
    const output = JSON.parse(stdout) as {items: Array<{date: {start: string}}>}
    expect(output.items.map((item) => item.date.start)).toEqual(['2019-05-05'])
  })

  it('should print an array for several files, and one line per record with --format ndjson', async () => {
    const folder = scratch({'a.txt': 'News (2019.1-2019.6)\n\nOn May 5, A.\n', 'b.txt': 'News (2019.1-2019.6)\n\nOn May 6, B.\n'})
    const json = await run(['parse', 'a.txt', 'b.txt'], '', folder)
    expect((JSON.parse(json.stdout) as Array<{bulletin: {id: string}}>).map((entry) => entry.bulletin.id)).toEqual(['a', 'b'])
    const ndjson = await run(['parse', 'a.txt', 'b.txt', '--format', 'ndjson'], '', folder)
    const lines = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {type: string; bulletin?: {id: string}; item?: {source: {bulletin: string}}})
    expect(lines.map((line) => `${line.type} ${line.bulletin?.id ?? line.item?.source.bulletin ?? ''}`)).toEqual(['bulletin a', 'item a', 'bulletin b', 'item b'])
  })

  it('should exit 1 with --strict when a message is an error, 0 without', async () => {
    const folder = scratch({'bad.txt': 'News (2019.1-2019.6)\n\nOn February 30, the board met.\n'})
    const loose = await run(['parse', 'bad.txt'], '', folder)
    expect(loose.code).toBe(0)
    expect(loose.stderr).toContain('bad.txt:3:1: error Unexpected date `On February 30`')
    expect((await run(['parse', 'bad.txt', '--strict'], '', folder)).code).toBe(1)
    expect((await run(['parse', fixture, '--strict'])).code).toBe(0)
  })

  it('should take the year and language from --year and --lang', async () => {
    const folder = scratch({'plain.txt': 'On May 5, the forum opened in Rome.\n'})
    const {stdout} = await run(['parse', 'plain.txt', '--year', '2021', '--lang', 'fr', '--quiet'], '', folder)
    const output = JSON.parse(stdout) as {items: Array<{date: {start: string}; language: string}>}
    expect(output.items[0]).toMatchObject({date: {start: '2021-05-05'}, language: 'fr'})
  })

  it('should print only errors with --quiet', async () => {
    const {stderr} = await run(['parse', fixture, '--quiet'])
    expect(stderr).toBe('')
  })

  it('should exit 1 and go on when a file cannot be read', async () => {
    const {code, stdout, stderr} = await run(['parse', 'missing.txt', fixture])
    expect(code).toBe(1)
    expect(stderr).toContain('sironet parse: cannot read `missing.txt`: no such file')
    expect(JSON.parse(stdout)).toHaveLength(1)
  })

  it('should exit 2 on bad usage, saying what is wrong', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['parse'], /missing FILE/],
      [['parse', fixture, '--format', 'xml'], /unknown --format `xml`/],
      [['parse', fixture, '--year', '18'], /four-digit year/],
      [['parse', fixture, '--lang', 'not a tag'], /`language`/],
      [['parse', fixture, '--bogus'], /Unknown option '--bogus'/],
      [['parse', '-', '-'], /only once/]
    ]
    for (const [argv, message] of cases) {
      const {code, stdout, stderr} = await run(argv)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
    }
  })
})
