import {describe, expect, it} from 'vitest'
import {isJsonNews, splitJsonBlocks} from './split-json-blocks.js'

const json = `{
  "title": "Partner news, January\\u2013June 2020",
  "description": "News of the council and its partners.",
  "items": [
    {
      "date": "2020-01-08",
      "end_date": null,
      "title": "Delegation visits the council",
      "location": {"city": "Kuala Lumpur", "country": "Malaysia"},
      "partners": ["Yunnan Youth Federation"],
      "participants": 5,
      "body": "On January 8, a five-member delegation of the Yunnan Youth Federation visited the council\\u2019s office.\\n\\nThey met the board."
    }
  ]
}`

describe('splitJsonBlocks', () => {
  it('should read a JSON document of news: its title, its description, each entry as a form whose report is its text', () => {
    expect(isJsonNews(json)).toBe(true)
    expect(isJsonNews('[Draft] Latest News (2020.1-2020.6)')).toBe(false)
    const blocks = splitJsonBlocks(json)
    expect(blocks.map((block) => block.tag)).toEqual(['title', 'paragraph', 'paragraph'])
    expect(blocks[0]!.text).toBe('Partner news, January–June 2020')
    const entry = blocks[2]!
    expect(entry.yaml).toBe(true)
    expect(entry.text.split('\n').slice(0, 5)).toEqual([
      'date: 2020-01-08',
      '    place: Kuala Lumpur, Malaysia',
      '    partners: Yunnan Youth Federation',
      '    participants: 5',
      '    title: Delegation visits the council'
    ])
    expect(entry.source).toBe('On January 8, a five-member delegation of the Yunnan Youth Federation visited the council’s office.\n\nThey met the board.')
    // (The entry stands where its object does; each character of the text somewhere inside it.)
    expect(json.slice(entry.offset, entry.offset + 1)).toBe('{')
    expect(entry.sourceOffsets!.every((at) => at >= entry.offset && at < entry.offset + entry.length)).toBe(true)
  })

  it('should read nothing of JSON that is not well formed', () => {
    expect(splitJsonBlocks('{"title": "News", "items": [')).toEqual([])
    // (A trailing comma, a number with a leading zero, a raw line break or tab inside a string: JSON has none.)
    expect(splitJsonBlocks('{"title": "News",}')).toEqual([])
    expect(splitJsonBlocks('{"title": "News", "year": 02}')).toEqual([])
    expect(splitJsonBlocks('{"title": "News\nof the year"}')).toEqual([])
    expect(splitJsonBlocks('{"title": "News\tof the year"}')).toEqual([])
  })

  it('should read a document that opens with a byte order mark, offsets in the text as given', () => {
    const json = '\uFEFF{"title": "Network news"}'
    const [title] = splitJsonBlocks(json)
    expect(title?.text).toBe('Network news')
    expect(json.slice(title!.offset, title!.offset + title!.length)).toBe('Network news')
  })
})
