import {describe, expect, it} from 'vitest'
import {x} from 'xastscript'
import {serializeXml} from './xml-document.js'
import {toXmlText} from './xml-text.js'

describe('toXmlText', () => {
  it('should break `]]>` so the text stays well-formed', () => {
    expect(serializeXml(x('a', toXmlText('x]]>y]]>')))).toBe('<a>x]]&gt;y]]&gt;</a>')
  })

  it('should escape markup and drop characters XML forbids', () => {
    expect(serializeXml(x('a', toXmlText('<b>&\u0000\uFFFF')))).toBe('<a>&#x3C;b>&#x26;</a>')
  })
})
