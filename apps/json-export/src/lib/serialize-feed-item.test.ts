import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/gold-items.ts'
import {serializeFeedItem} from './serialize-feed-item.js'
import {stringifyJson} from './serialize-json.js'

/** The JSON Feed item as plain `JSON.stringify` writes it: what the fast path must match byte for byte. */
function plainItemJson(item: ReturnType<typeof loadGoldItems>[number], fields: {url: string; published?: string | undefined}): string {
  return stringifyJson({
    id: fields.url,
    url: fields.url,
    title: item.headline,
    summary: item.summary,
    content_text: item.body,
    ...(fields.published === undefined ? {} : {date_published: fields.published}),
    ...(item.tags.length > 0 ? {tags: [...item.tags]} : {}),
    language: item.language,
    _sironet: item
  })
}

describe('serializeFeedItem', () => {
  it('should give the bytes of the plain item JSON for text holding any one UTF-16 code unit', () => {
    const [base] = loadGoldItems()
    const fields = {url: 'https://example.org/news/items/a.html', published: '2018-01-10T00:00:00Z'}
    let checked = 0
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      // The character alone in one text, so a miss of the escape test cannot hide behind another character.
      const item = {...base!, headline: `a${character}b`, summary: code % 2 === 0 ? character : 'plain', body: `body ${character}`}
      const expected = plainItemJson(item, fields)
      const text = serializeFeedItem(item, fields)
      if (text !== expected) expect(text).toBe(expected)
      checked++
    }
    expect(checked).toBe(0x10000)
  })

  it('should give the bytes of the plain item JSON for a URL, date and language holding any one UTF-16 code unit', () => {
    const [base] = loadGoldItems()
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      const item = {...base!, language: `e${character}`}
      const fields = {url: `https://example.org/news/items/${character}.html`, published: code % 2 === 0 ? `2018-01-10T00:00:00Z${character}` : undefined}
      const expected = plainItemJson(item, fields)
      const text = serializeFeedItem(item, fields)
      if (text !== expected) expect(text).toBe(expected)
    }
  })
})
