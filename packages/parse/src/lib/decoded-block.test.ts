import {describe, expect, it} from 'vitest'
import {toDecodedBlock} from './decoded-block.js'

describe('toDecodedBlock', () => {
  it('should keep the source span and place each character in it when entities make the source longer', () => {
    const source = 'x <t>Tom &amp; Jerry</t>'
    const block = toDecodedBlock('Tom & Jerry', 5, 20)
    expect(source.slice(block.offset, block.offset + block.length)).toBe('Tom &amp; Jerry')
    expect(block.sourceOffsets).toHaveLength('Tom & Jerry'.length)
    expect(block.sourceOffsets!.every((at) => at >= 5 && at < 20)).toBe(true)
  })

  it('should set no offsets when the text is its source', () => {
    expect(toDecodedBlock('Almaty', 3, 9)).toEqual({text: 'Almaty', offset: 3, length: 6})
  })
})
