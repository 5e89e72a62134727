import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitHtmlBlocks} from './split-html-blocks.js'

const split = (html: string) => splitHtmlBlocks(new VFile({value: html}))

describe('splitHtmlBlocks', () => {
  it('should read each `<p>` as a paragraph at its place in the source', () => {
    const html = '<h1>News (2023.1-2023.6)</h1><p>On May 5, the forum opened.</p>'
    const blocks = split(html)
    expect(blocks.map((block) => [block.tag, block.text])).toEqual([
      ['title', 'News (2023.1-2023.6)'],
      ['paragraph', 'On May 5, the forum opened.']
    ])
    expect(html.slice(blocks[1]!.offset, blocks[1]!.offset + blocks[1]!.length)).toBe('On May 5, the forum opened.')
  })

  it('should mark the paragraphs of a `<blockquote>` as quoted', () => {
    const blocks = split('<p>On May 5, the forum opened.</p><blockquote><p>“We came back,” she said.</p></blockquote><p>On May 6, it closed.</p>')
    expect(blocks.map((block) => block.quoted === true)).toEqual([false, true, false])
  })
})
