import {describe, expect, it} from 'vitest'
import {isFeed, splitFeedBlocks} from './split-feed-blocks.js'

const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Zhibek Zholy &#8211; News</title>
  <description>News of our exchanges, January–June 2024</description>
  <item>
    <title>Forum in Almaty</title>
    <link>https://example.kz/?p=1</link>
    <description><![CDATA[On May 5, a forum opened [&#8230;]]]></description>
    <content:encoded><![CDATA[<p>On May 5, the forum opened in Almaty.</p><p>About 60 people took part.</p>]]></content:encoded>
  </item>
</channel>
</rss>`

describe('splitFeedBlocks', () => {
  it('should read an RSS feed as a page: the channel’s title, its description, each entry’s title and full text at their places', () => {
    expect(isFeed(feed)).toBe(true)
    expect(isFeed('<p>On May 5, …</p>')).toBe(false)
    const blocks = splitFeedBlocks(feed)
    expect(blocks.map((block) => [block.tag ?? null, block.text])).toEqual([
      ['title', 'Zhibek Zholy – News'],
      ['heading', 'News of our exchanges, January–June 2024'],
      ['heading', 'Forum in Almaty'],
      ['paragraph', 'On May 5, the forum opened in Almaty.'],
      ['paragraph', 'About 60 people took part.']
    ])
    // (Inside CDATA each character is at its place in the feed; the entry's paragraphs are one entry.)
    const first = blocks[3]!
    expect(feed.slice(first.offset, first.offset + first.length)).toBe('On May 5, the forum opened in Almaty.')
    expect(first.container).toBe(blocks[4]!.container)
  })

  it('should read an Atom feed’s entries, and nothing of XML that is not well formed', () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>Camp</title><content type="html">&lt;p&gt;On June 3, a camp opened.&lt;/p&gt;</content></entry></feed>'
    expect(splitFeedBlocks(atom).map((block) => block.text)).toEqual(['News', 'Camp', 'On June 3, a camp opened.'])
    expect(splitFeedBlocks('<rss><channel><title>Broken')).toEqual([])
  })
})
