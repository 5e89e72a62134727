import {describe, expect, it} from 'vitest'
import {listMarkerLength} from './list-marker.js'

describe('listMarkerLength', () => {
  it('should measure numbers of a list with the white space after them', () => {
    expect(listMarkerLength('1. On May 5, it opened.')).toBe(3)
    expect(listMarkerLength('12) From May 5 to 7, …')).toBe(4)
    expect(listMarkerLength('(3) In May, …')).toBe(4)
    expect(listMarkerLength('4、On May 5, …')).toBe(2)
    expect(listMarkerLength('（5）On May 5, …')).toBe(3)
    expect(listMarkerLength('6.“Silk Road” week opened.')).toBe(2)
  })

  it('should measure bullets, dashes and asterisks', () => {
    expect(listMarkerLength('• On May 5, …')).toBe(2)
    expect(listMarkerLength('●On May 5, …')).toBe(1)
    expect(listMarkerLength('-  On May 5, …')).toBe(3)
    expect(listMarkerLength('* On May 5, …')).toBe(2)
    expect(listMarkerLength('– On May 5, …')).toBe(2)
  })

  it('should measure from the given offset', () => {
    expect(listMarkerLength('  2. On May 5, …', 2)).toBe(3)
  })

  it('should find no marker in numbers and signs that open text', () => {
    expect(listMarkerLength('On May 5, it opened.')).toBe(0)
    expect(listMarkerLength('1.5 million people took part.')).toBe(0)
    expect(listMarkerLength('2018. A year of growth.')).toBe(0)
    expect(listMarkerLength('30 volunteers arrived.')).toBe(0)
    expect(listMarkerLength('-30 °C was the low.')).toBe(0)
    expect(listMarkerLength('*Note: dates are local.')).toBe(0)
    expect(listMarkerLength('“Silk Road” week opened.')).toBe(0)
    expect(listMarkerLength('•')).toBe(0)
  })
})

describe('listMarkerLength on lettered lists', () => {
  it('should read a letter in parentheses, with a space after it, as a marker', () => {
    expect(listMarkerLength('(a) On Jan. 7th, a delegation arrived.')).toBe(4)
    expect(listMarkerLength('(iv) In March, volunteers planted trees.')).toBe(5)
    // (Not an acronym in parentheses, nor a letter glued to the text.)
    expect(listMarkerLength('(UNDP) staff came.')).toBe(0)
    expect(listMarkerLength('(a)b is no list')).toBe(0)
  })
})
