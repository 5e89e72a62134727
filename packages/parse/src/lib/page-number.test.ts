import {describe, expect, it} from 'vitest'
import {pageNumberSource} from './page-number.js'

const wholeLine = new RegExp(`^${pageNumberSource}$`, 'i')

describe('pageNumberSource', () => {
  it('should match a page number alone, after `Page`, and with the count of pages', () => {
    for (const line of ['4', 'Page 4', 'PAGE 12', 'Page 2 of 5', '3/12', '3 / 12']) expect(wholeLine.test(line), line).toBe(true)
  })

  it('should not match words, a year with words, or a number with a unit', () => {
    for (const line of ['Page', 'Report 2025', '150 people', 'page four', '2 of']) expect(wholeLine.test(line), line).toBe(false)
  })
})
