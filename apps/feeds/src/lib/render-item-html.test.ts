import {describe, expect, it} from 'vitest'
import {makeFuzzItems} from '../../test/helpers/fuzz-items.ts'
import {loadGoldItems, loadHostileItems} from '../../test/helpers/gold-items.ts'
import {buildItemHast, renderItemHtml} from './render-item-html.js'
import {toItemHtml} from './to-html.js'

describe('renderItemHtml', () => {
  it('should render the body as a paragraph and the facts as a definition list', () => {
    const item = loadGoldItems().find((entry) => entry.date?.start === '2018-01-10')!
    const html = renderItemHtml(item)
    expect(html.startsWith(`<p>${item.body.slice(0, 40)}`)).toBe(true)
    expect(html).toContain('<dt>Date</dt><dd>January 10, 2018</dd>')
    expect(html).toContain('<dt>Places</dt><dd>Beijing, China</dd>')
    expect(html).toContain('<dt>People</dt><dd>Wang Hongyan; Lohela;')
    expect(html).toContain('<dt>Participants</dt><dd>more than 30 people</dd>')
  })

  it('should localize the date and country names', () => {
    const item = loadGoldItems().find((entry) => entry.date?.start === '2018-01-10')!
    expect(renderItemHtml(item, {language: 'fr'})).toContain('<dd>10 janvier 2018</dd><dt>Places</dt><dd>Beijing, Chine</dd>')
  })
})

describe('renderItemHtml templates', () => {
  it('should give the bytes of the serialized hast tree for gold, hostile and fuzzed records in three languages', () => {
    const items = [...loadGoldItems(), ...loadHostileItems(), ...makeFuzzItems(600)]
    let checked = 0
    for (const language of ['en', 'fr', 'ar']) {
      for (const item of items) {
        expect(renderItemHtml(item, {language})).toBe(toItemHtml(buildItemHast(item, {language})))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(2000)
  })

  it('should show a fact whose value cleaning empties as an empty description, as the tree does', () => {
    const item = {...loadGoldItems()[0]!, themes: ['\u0001'], body: ' \n\n '}
    expect(renderItemHtml(item)).toBe(toItemHtml(buildItemHast(item)))
    expect(renderItemHtml(item)).toMatch(/^<dl>.*<dt>Themes<\/dt><dd><\/dd><\/dl>$/)
  })
})
