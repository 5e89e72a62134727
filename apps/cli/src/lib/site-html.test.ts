import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../../json-export/test/gold-items.ts'
import {makeHostileItem} from '../../../json-export/test/hostile-item.ts'
import {makeSyntheticItems} from '../../bench/synthetic.ts'
import {toArticleHtml} from './site-html.js'
import {buildItemArticle} from './site-pages.js'

const regions = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'})
const options = {title: 'SIRONET news', language: 'en', countryName: (code: string) => regions.of(code) ?? code}

describe('toArticleHtml', () => {
  it('should give the bytes of hast-util-to-html for the articles of hostile, real and synthetic items', () => {
    for (const item of [makeHostileItem(), ...loadGoldItems(), ...makeSyntheticItems(300)]) {
      const tree = buildItemArticle(item, options)
      expect(toArticleHtml(tree)).toBe(toHtml(tree))
    }
  })

  it('should escape text and attribute values as hast-util-to-html does', () => {
    const tree = h('article', {id: `a"b&c'd\`e<f>`, className: ['x', 'y']}, [h('p', 'a < b & c > d " \' `'), h('a', {href: '?a=1&b="2"'}, '&amp;')])
    expect(toArticleHtml(tree)).toBe(toHtml(tree))
  })

  it('should throw a TypeError for elements and properties articles never hold', () => {
    expect(() => toArticleHtml(h('article', [h('script', 'alert(1)')]))).toThrow(/Cannot serialize `<script>` in an article/)
    expect(() => toArticleHtml(h('p', {onClick: 'alert(1)'}, 'x'))).toThrow(/Cannot serialize the property `onClick`/)
    expect(() => toArticleHtml(h('p', [{type: 'raw', value: '<b>'} as never]))).toThrow(/Cannot serialize a `raw` node/)
  })
})
