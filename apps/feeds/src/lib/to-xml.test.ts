import {readFileSync} from 'node:fs'
import type {Element, Root} from 'xast'
import {toXml as toXmlReference} from 'xast-util-to-xml'
import {describe, expect, it} from 'vitest'
import {x} from 'xastscript'
import {fixturesFolder} from '../../test/helpers/gold-items.ts'
import {toXml} from './to-xml.js'

const payloads = (JSON.parse(readFileSync(`${fixturesFolder}hostile/strings.json`, 'utf8')) as {payloads: Array<{value: string}>}).payloads.map(
  (payload) => payload.value
)
const extra = ['', 'a & b < c > d "e" \'f\'', ']]>', '?>', '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\t\n\r', '\uD800\uDFFF\uFFFE\uFFFF\u2028', '&#x26; &amp;']
const values = [...payloads, ...extra]

function reference(tree: Root | Element): string {
  return toXmlReference(tree, {allowDangerousXml: true, closeEmptyElements: true})
}

describe('toXml', () => {
  it('should give the same bytes as xast-util-to-xml for every hostile string as text, attribute, CDATA and instruction', () => {
    expect(values.length).toBeGreaterThan(20)
    for (const value of values) {
      const tree: Root = {
        type: 'root',
        children: [
          {type: 'instruction', name: 'xml-stylesheet', value},
          x('feed', {'xml:lang': 'en', href: value, empty: '', missing: undefined}, [
            x('title', value),
            x('content', {type: 'html'}, [{type: 'cdata', value}]),
            x('link', {rel: 'self', href: value}),
            {type: 'raw', value: '<raw>&amp;</raw>'},
            x('empty', [{type: 'text', value: ''}])
          ])
        ]
      }
      expect(toXml(tree)).toBe(reference(tree))
    }
  })

  it('should close empty elements and pass raw nodes through', () => {
    expect(toXml(x('a', {b: 'c'}))).toBe('<a b="c" />')
    expect(toXml(x('a', [{type: 'raw', value: '<b/>'}]))).toBe('<a><b/></a>')
  })

  it('should throw on node kinds feeds never build and on names that are not XML names', () => {
    expect(() => toXml({type: 'root', children: [{type: 'comment', value: 'x'}]})).toThrow(/`comment`/)
    expect(() => toXml(x('a b'))).toThrow(/`a b`/)
    expect(() => toXml(x('a', {'on"x': 'y'}))).toThrow(TypeError)
  })
})
