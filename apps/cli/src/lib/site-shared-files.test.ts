import {sortItems} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {makeSyntheticItems} from '../../bench/synthetic.ts'
import {listSortedRecords} from './record-store.js'
import type {SiteFile} from './site-file.js'
import {makeSiteSettings, renderSiteBody, renderSiteFiles, renderSiteIndex} from './site-files.js'
import {renderSharedFiles} from './site-shared-files.js'

function text(file: SiteFile): string {
  const content = file.content
  return typeof content === 'string' ? content : content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : [...content].join('')
}

/** Every file as `path → text`, checking no path comes twice. */
function collect(files: Iterable<SiteFile>, into = new Map<string, string>()): Map<string, string> {
  for (const file of files) {
    expect(into.has(file.path), file.path).toBe(false)
    into.set(file.path, text(file))
  }
  return into
}

describe('renderSharedFiles', () => {
  for (const [count, feedSize] of [
    [1237, 50],
    [400, 7],
    [350, 50],
    [30, 50]
  ] as const) {
    it(`should make, with the body left without them, the same files and bytes as renderSiteFiles (${count} records, feeds of ${feedSize})`, () => {
      const items = makeSyntheticItems(count, 7)
      // Text the feeds must escape, in an item the thread renders (as JSON text and back).
      items[3] = {...items[3]!, body: `${items[3]!.body} \u2028 \u2029 "quoted" \\ </script> & <b>`}
      const records = listSortedRecords(sortItems(items, {order: 'newest'}))
      const options = {siteUrl: 'https://example.org/news/', feedSize}
      const whole = collect(renderSiteFiles(records, options))

      const site = makeSiteSettings(options)
      const split = new Map<string, string>()
      const body = renderSiteBody(records, site, options, {shared: true})
      let step = body.next()
      for (; !step.done; step = body.next()) collect([step.value], split)
      const shared: SiteFile[] = []
      const withTexts = [...records.newest()].map((item) => ({item, text: JSON.stringify(item)}))
      const links = renderSharedFiles(withTexts, records.count, site, (file) => shared.push(file))
      collect(shared, split)
      collect([renderSiteIndex(records, site, step.value, links)], split)

      expect(shared.some((file) => file.path.startsWith('organizations/'))).toBe(true)
      expect(shared.some((file) => file.path.startsWith('archive/'))).toBe(count > feedSize)
      expect(shared.some((file) => file.path.startsWith('countries/'))).toBe(true)
      expect([...split.keys()].sort()).toEqual([...whole.keys()].sort())
      for (const [path, value] of whole) expect(split.get(path), path).toBe(value)
    })
  }

  it('should refuse records fewer than the count it was given', () => {
    const records = listSortedRecords(sortItems(makeSyntheticItems(20, 7), {order: 'newest'}))
    expect(() => renderSharedFiles([...records.newest()].map((item) => ({item, text: JSON.stringify(item)})), 21, makeSiteSettings({siteUrl: 'https://example.org/'}), () => {})).toThrow(/gave 20 items, not 21/)
  })
})
