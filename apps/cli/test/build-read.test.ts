import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {findBulletinFiles} from '../src/lib/build-inputs.ts'
import {formatBuildMessage, toBuildMessage} from '../src/lib/build-messages.ts'
import {readBulletins, type ParseBulletin} from '../src/lib/build-read.ts'
import {loadGoldItems} from '../../json-export/test/gold-items.ts'

const items = loadGoldItems()
const root = await mkdtemp(path.join(tmpdir(), 'sironet-read-'))
afterAll(() => rm(root, {recursive: true, force: true}))
await mkdir(path.join(root, 'in', 'b', '.hidden'), {recursive: true})
await mkdir(path.join(root, 'in', 'a'), {recursive: true})
for (const file of ['in/b/2.txt', 'in/a/1.HTML', 'in/a/0.htm', 'in/z.txt', 'in/notes.md', 'in/b/.hidden/x.txt', 'in/gold.json']) {
  await writeFile(path.join(root, file), file)
}

/** A stand-in parser: the file's text names the items it holds, `throw` makes it fail. */
const fakeParse: ParseBulletin = (input, options) => {
  const text = new TextDecoder().decode(input as Uint8Array)
  if (text.includes('throw')) throw new Error('Unsupported encoding at byte 3')
  const picked = text.split(',').map((index) => ({...items[Number(index)]!, source: {...items[Number(index)]!.source, bulletin: options.source}}))
  return {items: picked, messages: [{ruleId: 'missing-date', reason: 'Expected a date', severity: 'warning', place: {start: {line: 4, column: 2}, end: {line: 4, column: 9}}}]}
}

describe('findBulletinFiles', () => {
  it('should find text and HTML bulletins in folders recursively, sorted, skipping hidden folders', async () => {
    const found = await findBulletinFiles(['in', 'missing'], root)
    expect(found.files.map((file) => path.relative(root, file).split(path.sep).join('/'))).toEqual(['in/a/0.htm', 'in/a/1.HTML', 'in/b/2.txt', 'in/z.txt'])
    expect(found.missing).toEqual(['missing'])
  })
})

describe('readBulletins', () => {
  const write = async (name: string, text: string) => {
    const file = path.join(root, name)
    await writeFile(file, text)
    return file
  }

  it('should report a bad bulletin with its file and go on with the others', async () => {
    const files = [await write('one.txt', '0,1'), await write('bad.txt', 'throw'), await write('two.txt', '2')]
    const result = await readBulletins(files, {cwd: root, parse: fakeParse})
    expect(result.items.map((item) => item.id)).toEqual([items[0]!.id, items[1]!.id, items[2]!.id])
    expect(result.bulletins).toBe(2)
    expect(result.failed).toBe(true)
    expect(result.messages.map(formatBuildMessage)).toEqual([
      'one.txt:4:2: warning Expected a date [missing-date]',
      'bad.txt:1:1: error Cannot read this bulletin: Unsupported encoding at byte 3 [unreadable-bulletin]',
      'two.txt:4:2: warning Expected a date [missing-date]'
    ])
  })

  it('should stop at the first bad bulletin with `strict`', async () => {
    const files = [await write('one.txt', '0'), await write('bad.txt', 'throw'), await write('two.txt', '2')]
    const result = await readBulletins(files, {cwd: root, parse: fakeParse, strict: true})
    expect(result.items).toHaveLength(1)
    expect(result.messages.at(-1)?.ruleId).toBe('unreadable-bulletin')
  })

  it('should keep a record whose id is taken under a numbered id, with a warning', async () => {
    const files = [await write('one.txt', '5'), await write('again.txt', '5')]
    const result = await readBulletins(files, {cwd: root, parse: fakeParse})
    expect(result.items.map((item) => item.id)).toEqual([items[5]!.id, `${items[5]!.id}-2`])
    const duplicate = result.messages.find((message) => message.ruleId === 'duplicate-id')!
    expect(formatBuildMessage(duplicate)).toBe(
      `again.txt:${items[5]!.source.line}:${items[5]!.source.column}: warning Id \`${items[5]!.id}\` is already used by one.txt:${items[5]!.source.line}; published as \`${items[5]!.id}-2\` [duplicate-id]`
    )
  })

  it('should stop with the error of `onItem`, not report it as the bulletin’s', async () => {
    const files = [await write('one.txt', '0,1'), await write('two.txt', '2')]
    const taken: string[] = []
    const onItem = async (item: (typeof items)[number]) => {
      if (taken.length === 1) throw new Error('ENOSPC: no space left on device')
      taken.push(item.id)
    }
    await expect(readBulletins(files, {cwd: root, parse: fakeParse, onItem})).rejects.toThrow(/ENOSPC/)
    expect(taken).toEqual([items[0]!.id])
  })

  it('should drop an invalid record with a positioned error and keep the rest', async () => {
    const parse: ParseBulletin = () => ({items: [{...items[0]!, headline: ''}, items[1]], messages: []})
    const result = await readBulletins([await write('x.txt', '')], {cwd: root, parse})
    expect(result.items).toEqual([items[1]])
    expect(result.messages.map(formatBuildMessage)).toEqual([
      `x.txt:${items[0]!.source.line}:${items[0]!.source.column}: error Item 1 is not a valid record: headline: Expected a headline [invalid-item]`
    ])
  })
})

describe('toBuildMessage', () => {
  it('should read unified VFileMessage-like messages too', () => {
    expect(formatBuildMessage(toBuildMessage('a.txt', {line: 3, column: 7, fatal: true, reason: 'Bad byte', ruleId: 'bad-byte'}))).toBe(
      'a.txt:3:7: error Bad byte [bad-byte]'
    )
    expect(formatBuildMessage(toBuildMessage('a.txt', {place: {line: 2, column: 1}, fatal: false, reason: 'Odd', ruleId: 'odd'}))).toBe(
      'a.txt:2:1: warning Odd [odd]'
    )
  })

  it('should read a bulletin over `streamAbove` bytes as a stream, with the same records and messages', async () => {
    const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
    const files = [path.join(fixtures, 'sironet-2018-h1.txt'), path.join(fixtures, 'hostile/bulletin.txt'), path.join(fixtures, 'sironet-2018-h1.txt')]
    const whole = await readBulletins(files, {cwd: fixtures})
    const streamed = await readBulletins(files, {cwd: fixtures, streamAbove: 0})
    expect(whole.count).toBeGreaterThan(140)
    expect(streamed.items).toEqual(whole.items)
    expect(streamed.count).toBe(whole.count)
    const sorted = (result: typeof whole) => result.messages.map(formatBuildMessage).sort()
    expect(sorted(streamed)).toEqual(sorted(whole))
    expect(whole.messages.filter((message) => message.ruleId === 'duplicate-id').length).toBe(74)
  })
})
