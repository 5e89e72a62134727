import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {sironetParse} from './sironet-parse.js'

describe('sironetParse', () => {
  it('should put the records in `file.data` of a unified pipeline', async () => {
    const file = new VFile({path: 'news.html', value: '<h1>News (2019.1-2019.6)</h1><p>On May 5, the forum “opened in Rome.</p>'})
    const processor = unified().use(rehypeParse).use(sironetParse, {language: 'en'})
    const tree = await processor.run(processor.parse(file), file)
    expect(tree.type).toBe('root')
    expect(file.data.items?.map((item) => item.date?.start)).toEqual(['2019-05-05'])
    expect(file.data.bulletin?.id).toBe('news')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unbalanced-quote'])
  })

  it('should throw on bad options when the processor is frozen, before any file', () => {
    expect(() => unified().use(sironetParse, {year: 1.5}).freeze()).toThrow(/`year`/)
  })
})
