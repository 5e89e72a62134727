import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {formatEventDate, type NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../../json-export/test/gold-items.ts'
import {makeHostileItem} from '../../../json-export/test/hostile-item.ts'
import {makeSyntheticItems} from '../../bench/synthetic.ts'
import {buildItemArticle, getItemPageName, renderItemsPage, type ItemPageOptions} from './site-pages.js'

const regions = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'code'})
const options: ItemPageOptions = {title: 'SIRONET news', language: 'en', countryName: (code) => regions.of(code) ?? code}

/** An item's article as one hastscript tree, written from the list of what a reader needs. */
function renderWithHastscript(item: NewsItem): string {
  const rows: Array<[string, string | ReturnType<typeof h>]> = []
  if (item.date) rows.push(['Date', formatEventDate(item.date, 'en')])
  if (item.places.length > 0) rows.push(['Where', item.places.map((place) => [place.city, place.region, options.countryName(place.country)].filter(Boolean).join(', ')).join('; ')])
  if (item.participants) rows.push(['Participants', item.participants.text || String(item.participants.value)])
  if (item.themes.length > 0) rows.push(['Themes', item.themes.join('; ')])
  if (item.organizations.length > 0) rows.push(['Organizations', h('ul', item.organizations.map((o) => h('li', o.acronym ? `${o.name} (${o.acronym})` : o.name)))])
  if (item.people.length > 0) rows.push(['People', item.people.map((person) => person.name).join('; ')])
  if (item.tags.length > 0) rows.push(['Tags', item.tags.join(', ')])
  rows.push(['Source', `${item.source.bulletin}, line ${item.source.line}`])
  return toHtml(
    h('article', {id: item.id, lang: item.language}, [
      h('h2', item.headline),
      h('dl', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)])),
      ...item.body.split(/\n{2,}/).map((paragraph) => h('p', paragraph)),
      h('p', {class: 'record'}, [h('a', {href: `../api/items/${item.id}.json`, type: 'application/json'}, 'This record as JSON')])
    ])
  )
}

describe('getItemPageName', () => {
  it('should put an item on the page of the month of its first day, or on the undated page', () => {
    const base = loadGoldItems()[0]!
    expect(getItemPageName({...base, date: {start: '2018-01-30', end: '2018-02-02', text: 'From January 30 to February 2'}})).toBe('2018-01')
    expect(getItemPageName({...base, date: {start: '2018-05', part: 'late', text: 'Late May'}})).toBe('2018-05')
    expect(getItemPageName({...base, date: {start: '2018-03', text: 'In March'}})).toBe('2018-03')
    expect(getItemPageName({...base, date: null})).toBe('undated')
  })
})

describe('renderItemsPage', () => {
  it('should render each item as an article with its id, facts, text and record link', () => {
    for (const item of [makeHostileItem(), ...loadGoldItems(), ...makeSyntheticItems(200)]) {
      expect(toHtml(buildItemArticle(item, options))).toBe(renderWithHastscript(item))
    }
  })

  it('should hold the month’s items in the given order under a heading of the month', () => {
    const items = loadGoldItems().filter((item) => getItemPageName(item) === '2018-03')
    expect(items.length).toBeGreaterThan(2)
    const html = renderItemsPage('2018-03', items, options)
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8">')).toBe(true)
    expect(html).toContain('<title>March 2018 — SIRONET news</title>')
    expect(html).toContain('<h1>March 2018</h1>')
    const ids = [...html.matchAll(/<article id="([^"]+)"/g)].map((match) => match[1])
    expect(ids).toEqual(items.map((item) => item.id))
    expect(renderItemsPage('undated', [], options)).toContain('<h1>Undated items</h1>')
    // The articles go right after the heading, each as `hast-util-to-html` serializes it.
    const empty = renderItemsPage('2018-03', [], options)
    const at = empty.indexOf('</h1>') + '</h1>'.length
    expect(html).toBe(empty.slice(0, at) + items.map((item) => toHtml(buildItemArticle(item, options))).join('') + empty.slice(at))
  })

  it('should keep hostile text inert', () => {
    const html = renderItemsPage('2018-02', [makeHostileItem()], {...options, title: 'Nouvelles <SIRONET> & “amis”'})
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<SIRONET>')
  })
})
