import {describe, expect, it} from 'vitest'
import {isPipeTable} from './pipe-table.js'

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
