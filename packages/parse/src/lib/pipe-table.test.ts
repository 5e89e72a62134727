import {describe, expect, it} from 'vitest'
import {areTableLines, isPipeTable} from './pipe-table.js'

describe('isPipeTable', () => {
  it('should tell a Markdown pipe table, with aligned or stray-spaced cells', () => {
    expect(isPipeTable('| No. | Date | Venue |\n|---|---|---|\n| 1 | 7 Jan | Berlin, Germany |\n| 2 | 10 Jan | Novi Sad  |')).toBe(true)
    expect(isPipeTable('| Date | Venue |\n| :--- | ---: |\n| 7 Jan | Berlin |')).toBe(true)
  })

  it('should tell no table in a paragraph, a date line with a bar, or bars without a delimiter row', () => {
    expect(isPipeTable('On January 10, a forum opened | Almaty.')).toBe(false)
    expect(isPipeTable('| 10 Jan 2025 | Almaty')).toBe(false)
    expect(isPipeTable('| a | b |\n| c | d |\n| e | f |')).toBe(false)
  })
})

describe('isPipeTable on grids drawn in text', () => {
  it('should read a grid of `+---+` borders or box-drawing characters as a table, with a note or two under it', () => {
    const grid = ['+-----+-------------+', '| No. | Date        |', '+=====+=============+', '|   1 | 08/07/2020  |', '+-----+-------------+'].join('\n')
    expect(isPipeTable(grid)).toBe(true)
    expect(isPipeTable(`${grid}\n(continued on next page)`)).toBe(true)
    expect(isPipeTable(['┌────┬──────┐', '│ No │ Date │', '├────┼──────┤', '│ 1  │ 7 Jan│', '└────┴──────┘'].join('\n'))).toBe(true)
    expect(areTableLines(['+---+---+', '| 1 | 2 |', '+---+---+', 'Note: figures are rounded.'])).toBe(true)
  })

  it('should not read text that only opens with a `+` or a bar as a table', () => {
    expect(isPipeTable('+ On May 5, the forum opened.\n+ On May 6, it closed.\n+ On May 7, all went home.')).toBe(false)
    expect(isPipeTable(['+---+---+', '| 1 | 2 |', '+---+---+', 'one', 'two', 'three'].join('\n'))).toBe(false)
    expect(areTableLines(['| 1 | 2 |', 'On May 5, the forum opened.'])).toBe(false)
  })
})
