import type {ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {formatEventDate, type NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../../json-export/test/gold-items.ts'
import {makeHostileItem} from '../../../json-export/test/hostile-item.ts'
import {makeSyntheticItems} from '../../bench/synthetic.ts'
import {renderItemPage, type ItemPageOptions} from './site-pages.js'

/** The item page as one whole hastscript tree, serialized at once: how it was rendered before the shell. */
function renderWholeTree(item: NewsItem, options: ItemPageOptions): string {
  const rows: Array<[string, ElementContent[] | string]> = []
  if (item.date) rows.push(['Date', formatEventDate(item.date, options.language)])
  if (item.places.length > 0) {
    rows.push(['Where', item.places.map((place) => [place.city, place.region, options.countryName(place.country)].filter(Boolean).join(', ')).join('; ')])
  }
  if (item.participants) rows.push(['Participants', item.participants.text || String(item.participants.value)])
  if (item.themes.length > 0) rows.push(['Themes', item.themes.join('; ')])
  if (item.organizations.length > 0) {
    rows.push(['Organizations', [h('ul', item.organizations.map((o) => h('li', o.acronym ? `${o.name} (${o.acronym})` : o.name)))]])
  }
  if (item.people.length > 0) rows.push(['People', item.people.map((person) => person.name).join('; ')])
  if (item.tags.length > 0) rows.push(['Tags', item.tags.join(', ')])
  rows.push(['Source', `${item.source.bulletin}, line ${item.source.line}`])
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: options.language}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', `${item.headline} — ${options.title}`),
          h('link', {rel: 'stylesheet', href: '../style.css'})
        ]),
        h('body', [
          h('nav', [h('a', {href: '../index.html'}, options.title)]),
          h('main', [
            h('article', {lang: item.language}, [
              h('h1', item.headline),
              h('dl', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)])),
              ...item.body.split(/\n{2,}/).map((paragraph) => h('p', paragraph)),
              h('p', {class: 'record'}, [h('a', {href: `../api/items/${item.id}.json`, type: 'application/json'}, 'This record as JSON')])
            ])
          ])
        ])
      ])
    ]
  }
  return toHtml(tree) + '\n'
}

describe('renderItemPage', () => {
  const regions = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'})
  const countryName = (code: string) => regions.of(code) ?? code

  it('should render the same bytes as the whole page tree serialized at once', () => {
    const items = [makeHostileItem(), ...loadGoldItems(), ...makeSyntheticItems(300)]
    for (const options of [
      {title: 'SIRONET news', language: 'en', countryName},
      {title: 'Nouvelles <SIRONET> & “amis”', language: 'fr', countryName: (code: string) => `<${code}>`}
    ]) {
      for (const item of items) expect(renderItemPage(item, options)).toBe(renderWholeTree(item, options))
    }
  })

  it('should keep hostile text inert', () => {
    const hostile = makeHostileItem()
    const html = renderItemPage(hostile, {title: 'T', language: 'en', countryName})
    expect(html).not.toContain('<script>')
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true)
  })
})
