import {describe, expect, it} from 'vitest'
import {splitTextBlocks} from './split-text-blocks.js'

function texts(text: string): string[] {
  return splitTextBlocks(text).map((block) => block.text)
}

describe('splitTextBlocks', () => {
  it('should split on blank lines, white space and no-break spaces included', () => {
    expect(texts('A title\n\n  First one.\r\n \t\u00a0\r\nSecond one.\n')).toEqual(['A title', 'First one.', 'Second one.'])
  })

  it('should give each block’s exact source range', () => {
    const text = '\uFEFFTitle\r\n\r\n  On May 5, it opened.  \r\n'
    for (const block of splitTextBlocks(text)) expect(text.slice(block.offset, block.offset + block.length)).toBe(block.text)
  })

  it('should split long single-line paragraphs on single line breaks', () => {
    const long = 'x'.repeat(150)
    expect(texts(`Title of the news\nOn May 5, ${long}.\nOn May 6, ${long}.`)).toHaveLength(3)
  })

  it('should keep hard-wrapped lines together unless a dated line follows a sentence end', () => {
    const text = 'On May 5, the forum opened in\nBeijing. It was a success and\nMay 6 was the last day.\nOn May 7, the board met.'
    expect(texts(text)).toEqual(['On May 5, the forum opened in\nBeijing. It was a success and\nMay 6 was the last day.', 'On May 7, the board met.'])
  })

  it('should give nothing for white space only', () => {
    expect(splitTextBlocks(' \n\t\r\n\u00a0')).toEqual([])
  })
})
