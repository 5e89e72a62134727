import {describe, expect, it} from 'vitest'
import {readYamlEntry, readYamlEntryStart} from './yaml-entries.js'

describe('readYamlEntryStart', () => {
  it('should read a list item whose first key is a known one as an entry', () => {
    expect(readYamlEntryStart('  - date: 2021-07-05')).toBe(2)
    expect(readYamlEntryStart('- title: Camp opens')).toBe(0)
    expect(readYamlEntryStart('  - colour: blue')).toBeUndefined()
    expect(readYamlEntryStart('- On May 5: the camp opened')).toBeUndefined()
  })
})

describe('readYamlEntry', () => {
  it('should read an entry’s keys as a form: its text block the narrative, lists as lists, quotes and anchors left out', () => {
    const entry = [
      'date: "12-16 July 2021"',
      '    place: &home Almaty, Kazakhstan',
      '    headline: Camp opens in Almaty',
      '    partners: [China NGO Network for International Exchanges, Kazakh Civil Union]',
      '    participants: 120',
      '    text: |',
      '      From July 12 to 16, the camp ran in Almaty.',
      '',
      '      It was first held in 2018.'
    ].join('\n')
    const form = readYamlEntry(entry)!
    expect(form.name).toBe('Camp opens in Almaty')
    expect(form.fields.map((field) => [field.kind, field.value])).toEqual([
      ['date', '12-16 July 2021'],
      ['place', 'Almaty, Kazakhstan'],
      ['organizations', 'China NGO Network for International Exchanges, Kazakh Civil Union'],
      ['participants', '120'],
      ['narrative', 'From July 12 to 16, the camp ran in Almaty.\n\nIt was first held in 2018.']
    ])
    // (The date is read where the date's value starts, after its quotation mark.)
    expect(entry.slice(form.dateAt!, form.dateAt! + 5)).toBe('12-16')
  })

  it('should list a block list’s items', () => {
    const form = readYamlEntry('date: 2021-07-05\n    partners:\n      - Tashkent Chamber of Women Entrepreneurs\n      - Samarkand Crafts Centre\n    text: >-\n      On July 5, a tour began.')!
    expect(form.fields.find((field) => field.kind === 'organizations')?.value).toBe('Tashkent Chamber of Women Entrepreneurs, Samarkand Crafts Centre')
  })
})
