import {parse} from 'csv-parse/sync'
import {csvColumns, csvListSeparator, streamCsv, toCsv} from '@sironet/json-export'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from './gold-items.ts'
import {makeHostileItem} from './hostile-item.ts'

const items = loadGoldItems()

function read(text: string): string[][] {
  return parse(text, {bom: true, relax_column_count: false}) as string[][]
}

describe('toCsv', () => {
  it('should start with a UTF-8 byte order mark and end rows with CRLF', () => {
    const text = toCsv(items)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(csvColumns.join(','))
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/)
  })

  it('should round-trip every item through a CSV parser', () => {
    const rows = read(toCsv(items))
    expect(rows[0]).toEqual([...csvColumns])
    expect(rows).toHaveLength(items.length + 1)
    rows.slice(1).forEach((row, index) => {
      const item = items[index]!
      const cell = Object.fromEntries(csvColumns.map((column, at) => [column, row[at]]))
      expect(cell.id).toBe(item.id)
      expect(cell.date_start).toBe(item.date?.start ?? '')
      expect(cell.date_end).toBe(item.date?.end ?? '')
      expect(cell.date_part).toBe(item.date?.part ?? '')
      expect(cell.headline).toBe(item.headline)
      expect(cell.summary).toBe(item.summary)
      expect(cell.countries).toBe(item.places.map((place) => place.country).join(csvListSeparator))
      expect(cell.organizations?.split(csvListSeparator).filter(Boolean)).toEqual(item.organizations.map((o) => o.name))
      expect(cell.people?.split(csvListSeparator).filter(Boolean)).toEqual(item.people.map((p) => p.name))
      expect(cell.participants).toBe(item.participants ? String(item.participants.value) : '')
      expect(cell.themes).toBe(item.themes.join(csvListSeparator))
      expect(cell.source_line).toBe(`sironet-2018-h1.txt:${item.source.line}`)
    })
  })

  it('should quote commas, quotes and line breaks so hostile text reads back intact', () => {
    const hostile = makeHostileItem()
    const rows = read(toCsv([hostile]))
    const cell = Object.fromEntries(csvColumns.map((column, at) => [column, rows[1]![at]]))
    expect(cell.body).toBeUndefined()
    expect(cell.summary).toBe(`'${hostile.summary.replace('\ud800', '\ufffd')}`)
    expect(cell.organizations).toBe(`'${hostile.organizations.map((o) => o.name).join(csvListSeparator)}`)
    expect(cell.cities).toBe('<img src=x onerror=alert(1)>')
    expect(cell.people).toBe('Ra\u200fmi')
  })

  it('should prefix a quote to cells a spreadsheet would run as a formula', () => {
    const hostile = makeHostileItem()
    const [, row] = read(toCsv([hostile]))
    const cell = Object.fromEntries(csvColumns.map((column, at) => [column, row![at]!])) as Record<string, string>
    expect(cell.headline!.startsWith("'=HYPERLINK")).toBe(true)
    expect(cell.summary!.startsWith("'-2+3")).toBe(true)
    expect(cell.themes!.startsWith("'\tTab theme")).toBe(true)
    for (const value of Object.values(cell)) expect(value).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('should give the same text in pieces, one row each', () => {
    const pieces = [...streamCsv(items)]
    expect(pieces).toHaveLength(items.length + 1)
    expect(pieces.join('')).toBe(toCsv(items))
    for (const piece of pieces) expect(piece.endsWith('\r\n')).toBe(true)
  })

  it('should read any iterable once, in the order given', () => {
    let reads = 0
    function* records() {
      reads++
      yield* items
    }
    expect([...streamCsv(records())].join('')).toBe(toCsv(items))
    expect(reads).toBe(1)
    // @ts-expect-error: testing misuse.
    expect(() => [...streamCsv('items')]).toThrow(/Pass an array \(or any iterable\) of `NewsItem` records/)
  })

  it('should write only the header for no items', () => {
    expect(toCsv([])).toBe(`\uFEFF${csvColumns.join(',')}\r\n`)
  })
})
