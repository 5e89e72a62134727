import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/helpers/gold-items.ts'
import {renderItemHtml} from './render-item-html.js'

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
