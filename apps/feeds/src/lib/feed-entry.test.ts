import {describe, expect, it} from 'vitest'
import {makeFuzzItems} from '../../test/helpers/fuzz-items.ts'
import {loadGoldItems, loadHostileItems} from '../../test/helpers/gold-items.ts'
import {buildAtomEntry, buildRssItem, prepareEntry, renderAtomEntry, renderRssItem} from './feed-entry.js'
import {resolveOptions} from './options.js'
import {serializeXml} from './xml-document.js'

const siteUrl = 'https://sironet.org/news/'
const fallback = new Date('2019-03-04T00:00:00Z')
const gold = loadGoldItems()
const items = [
  ...gold,
  ...loadHostileItems(),
  ...makeFuzzItems(1500),
  // Slots the templates cannot fill: a headline and a summary that cleaning empties.
  {...gold[0]!, id: 'empty-headline', headline: ''},
  {...gold[1]!, id: 'cleaned-summary', summary: '\u0001\uFFFE'},
  {...gold[2]!, id: 'no-categories', places: [], organizations: [], tags: []},
  {...gold[3]!, id: 'cdata-end', body: 'a ]]> b', date: null}
]

function treeText(element: ReturnType<typeof buildRssItem>): string {
  return serializeXml({type: 'root', children: [{type: 'text', value: '\n'}, element]})
}

describe('renderRssItem and renderAtomEntry', () => {
  for (const [name, options] of [
    ['default options', {siteUrl}],
    ['another language and item links with characters to escape', {siteUrl, language: 'fr', itemUrl: (item: {id: string}) => `${siteUrl}a?b=1&c="${item.id}"`}]
  ] as const) {
    it(`should give the bytes of the serialized trees for gold, hostile and fuzzed records with ${name}`, () => {
      const resolved = resolveOptions('test', options, 'feed.xml')
      const shapes = new Set<string>()
      for (const item of items) {
        const parts = prepareEntry(item, resolved)
        const rss = treeText(buildRssItem(parts, fallback))
        const atom = treeText(buildAtomEntry(parts, fallback))
        expect(renderRssItem(parts, fallback, true)).toBe(rss)
        expect(renderRssItem(parts, fallback, false)).toBe(rss.slice(1))
        expect(renderAtomEntry(parts, fallback, true)).toBe(atom)
        expect(renderAtomEntry(parts, fallback, false)).toBe(atom.slice(1))
        shapes.add(`${parts.summary === undefined}${parts.categories.length === 0}${parts.title === ''}${parts.date === null}`)
      }
      // Every template shape, the fallback for empty slots and undated entries were met.
      expect(shapes.size).toBeGreaterThanOrEqual(6)
    })
  }

  it('should close an element whose slot is empty as the tree does', () => {
    const resolved = resolveOptions('test', {siteUrl}, 'feed.xml')
    const parts = prepareEntry({...gold[0]!, headline: '\u0000', summary: '\u0001'}, resolved)
    expect(renderRssItem(parts, fallback, true)).toContain('<title />')
    expect(renderAtomEntry(parts, fallback, true)).toContain('<summary />')
  })
})
