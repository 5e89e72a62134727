import {formatEventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/helpers/gold-items.ts'
import {formatItemDate} from './format-item-date.js'
import {renderItemHtml} from './render-item-html.js'

describe('formatItemDate', () => {
  it('should format every gold date as the model’s formatEventDate does, in en, fr, ru, zh and ar', () => {
    const dates = [
      ...loadGoldItems().map((item) => item.date!),
      {start: '2018-03', end: '2018-06', text: ''},
      {start: '2018-05', part: 'mid' as const, text: ''},
      {start: '2018-01-31', end: '2018-02-02', text: ''},
      {start: '2018-01-31', end: '2018-01-31', text: ''}
    ]
    for (const language of ['en', 'fr', 'ru', 'zh', 'ar']) {
      for (const date of dates) expect(formatItemDate(date, language)).toBe(formatEventDate(date, language))
    }
  })
})

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
