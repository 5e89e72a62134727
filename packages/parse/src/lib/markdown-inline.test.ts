import {describe, expect, it} from 'vitest'
import {readMarkdownInline} from './markdown-inline.js'

describe('readMarkdownInline', () => {
  it('should keep a link’s text and leave out its address, with each character’s source offset', () => {
    const text = 'On July 3, the [Caucasus Youth Learning Initiative](https://cyli.ge/en/) opened a school.'
    const plain = readMarkdownInline(text, 100)!
    expect(plain.text).toBe('On July 3, the Caucasus Youth Learning Initiative opened a school.')
    expect(plain.heading).toBe(false)
    // `C` of `Caucasus` is the 16th character of the source, after `[`; ` opened` follows the link's `)`.
    expect(plain.sourceOffsets[plain.text.indexOf('Caucasus')]).toBe(100 + text.indexOf('Caucasus'))
    expect(plain.sourceOffsets[plain.text.indexOf(' opened')]).toBe(100 + text.indexOf(' opened'))
    expect(plain.sourceOffsets).toHaveLength(plain.text.length)
  })

  it('should read links with a title or a reference, and leave out images, footnote marks and comments inside the text', () => {
    expect(readMarkdownInline('Run by [AYC](http://a.kz "Almaty Youth Centre") and [ADN][adn].', 0)?.text).toBe('Run by AYC and ADN.')
    expect(readMarkdownInline('The school opened.[^1] ![Pupils](/img/a.jpg) It grew.<!-- TODO -->', 0)?.text).toBe('The school opened. It grew.')
    // (An address with parentheses of its own.)
    expect(readMarkdownInline('See [the list](https://en.wikipedia.org/wiki/Tbilisi_(city)) now.', 0)?.text).toBe('See the list now.')
  })

  it('should read an ATX heading without its marks, as a heading', () => {
    const plain = readMarkdownInline('### Volunteers repair a school in Kakheti ##', 0)!
    expect(plain.text).toBe('Volunteers repair a school in Kakheti')
    expect(plain.heading).toBe(true)
    expect(plain.sourceOffsets[0]).toBe(4)
  })

  it('should leave text without such markup, a footnote’s definition and markup standing alone as they are', () => {
    expect(readMarkdownInline('On May 5, [3] pupils and #hashtags, **bold** and _italic_ words.', 0)).toBeUndefined()
    expect(readMarkdownInline('[^1]: The school has been held every year since 2015.', 0)).toBeUndefined()
    expect(readMarkdownInline('![Volunteers at the site](/images/2024/site.jpg)', 0)).toBeUndefined()
    expect(readMarkdownInline('<!-- TODO: add photos -->', 0)).toBeUndefined()
    expect(readMarkdownInline('#Heritage #SilkRoad', 0)).toBeUndefined()
  })
})
