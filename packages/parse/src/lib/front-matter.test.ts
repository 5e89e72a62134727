import {describe, expect, it} from 'vitest'
import {opensFrontMatter, readFrontMatterLine, readFrontMatterTitle} from './front-matter.js'

describe('front matter', () => {
  it('should open front matter at a `---` line followed by a `key: value` line only', () => {
    expect(opensFrontMatter('---', 'title: "Roundup"')).toBe(true)
    expect(opensFrontMatter('---', 'On May 5, the forum opened.')).toBe(false)
    expect(opensFrontMatter('***', 'title: x')).toBe(false)
  })

  it('should tell the closing line, YAML lines and other text apart', () => {
    expect(readFrontMatterLine('---')).toBe('end')
    expect(readFrontMatterLine('...')).toBe('end')
    expect(readFrontMatterLine('tags: [exchanges, partners]')).toBe('inside')
    expect(readFrontMatterLine('  - partners')).toBe('inside')
    expect(readFrontMatterLine('')).toBe('inside')
    expect(readFrontMatterLine('On May 5, the forum opened.')).toBe('other')
  })

  it('should read the title without its quotes, as offsets in the line', () => {
    const line = 'title: "International Exchanges Roundup, July–December 2024"'
    const title = readFrontMatterTitle(line)!
    expect(line.slice(title.start, title.end)).toBe('International Exchanges Roundup, July–December 2024')
    const bare = 'title: News (2018.1-2018.6)'
    const read = readFrontMatterTitle(bare)!
    expect(bare.slice(read.start, read.end)).toBe('News (2018.1-2018.6)')
    expect(readFrontMatterTitle('date: 2025-01-08')).toBeUndefined()
    expect(readFrontMatterTitle('title: ""')).toBeUndefined()
  })
})
