import {mkdtempSync, rmSync, statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {createRecordFile} from './record-file.js'

const folder = mkdtempSync(path.join(os.tmpdir(), 'sironet-record-file-test-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Texts of many sizes, with characters of 1 to 4 UTF-8 bytes, a few larger than a read block (1 MB). */
function makeTexts(): string[] {
  const texts: string[] = []
  for (let index = 0; index < 3000; index++) {
    const size = index % 997 === 0 ? 600_000 + index : 1 + ((index * 7919) % 2000)
    // Cut by code points, not UTF-16 units: a record's JSON never holds a lone surrogate.
    texts.push(`${index}:` + [...'aé中😀'.repeat(Math.ceil(size / 4))].slice(0, size).join(''))
  }
  return texts
}

describe('createRecordFile', () => {
  const texts = makeTexts()
  const file = createRecordFile(path.join(folder, 'texts.ndjson'))
  for (const [index, text] of texts.entries()) expect(file.append(text)).toBe(index)

  it('should give back every text forward, backward and in any range, across block boundaries', () => {
    expect(file.count).toBe(texts.length)
    expect([...file.read(0, texts.length)]).toEqual(texts)
    expect([...file.read(0, texts.length, true)]).toEqual([...texts].reverse())
    for (const [start, end] of [[0, 0], [5, 6], [990, 1010], [1993, 2999], [2999, 3000]] as const) {
      expect([...file.read(start, end)]).toEqual(texts.slice(start, end))
      expect([...file.read(start, end, true)]).toEqual(texts.slice(start, end).reverse())
    }
  })

  it('should give any one text by number, in any order', () => {
    for (const index of [0, 2999, 1, 997, 996, 998, 1500, 1501, 3, 2000, 1994]) expect(file.get(index)).toBe(texts[index])
  })

  it('should read texts asked for far apart in small blocks, and a scan in order in large ones', () => {
    const small = createRecordFile(path.join(folder, 'summaries.ndjson'))
    const summaries = Array.from({length: 20_000}, (_, index) => `{"id":${index},"headline":"${'x'.repeat(400 + (index % 200))}"}`)
    for (const text of summaries) small.append(text)
    const fileBytes = summaries.reduce((sum, text) => sum + text.length, 0)
    // One group's texts among many: every 97th, forward.
    let before = small.bytesRead
    for (let index = 5; index < summaries.length; index += 97) expect(small.get(index)).toBe(summaries[index])
    const sparse = small.bytesRead - before
    // Each of the 207 texts costs a small block (4 kB), not a large one (1 MB, 20 texts of this group).
    expect(sparse).toBeLessThan(fileBytes / 8)
    // A scan in order reads the file about once, whatever the blocks were before.
    before = small.bytesRead
    for (let index = 0; index < summaries.length; index++) expect(small.get(index)).toBe(summaries[index])
    const scan = small.bytesRead - before
    expect(scan).toBe(fileBytes)
    small.close()
  })

  it('should write each text once, as UTF-8, with nothing between them', () => {
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    expect(statSync(path.join(folder, 'texts.ndjson')).size).toBe(bytes)
    file.close()
  })
})
