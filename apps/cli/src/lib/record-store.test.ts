import {existsSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {sortItems, type NewsItem} from '@sironet/model'
import {parseBulletin} from '@sironet/parse'
import {describe, expect, it} from 'vitest'
import {createRecordStore} from './record-store.js'

const fixtures = new URL('../../../../fixtures/', import.meta.url)
const items = [
  ...parseBulletin(readFileSync(new URL('sironet-2018-h1.txt', fixtures))).items,
  ...(JSON.parse(readFileSync(new URL('hostile/records.json', fixtures), 'utf8')) as NewsItem[])
]

function temporaryFolders(): string[] {
  return readdirSync(os.tmpdir()).filter((name) => name.startsWith('sironet-records-'))
}

describe('createRecordStore', () => {
  it('should give the records newest and oldest first, the same in memory and from sorted runs on disk', () => {
    const newest = sortItems(items, {order: 'newest'})
    for (const limit of [1, 7, 50, items.length, 100_000]) {
      const store = createRecordStore({limit})
      for (const item of items) store.add(item)
      const records = store.finish()
      expect(store.spilled).toBe(limit < items.length)
      expect(records.count).toBe(items.length)
      expect([...records.newest()]).toEqual(newest)
      expect([...records.oldest()]).toEqual([...newest].reverse())
      expect([...records.newest(10, 25)]).toEqual(newest.slice(10, 25))
      expect([...records.newest(items.length - 3)]).toEqual(newest.slice(-3))
      store.close()
    }
  })

  it('should delete its temporary folder on close, and refuse records after finish', () => {
    const before = temporaryFolders()
    const store = createRecordStore({limit: 5})
    for (const item of items) store.add(item)
    store.finish()
    const file = store.openFile('other.ndjson')
    file.append('{}')
    const made = temporaryFolders().filter((name) => !before.includes(name))
    expect(made).toHaveLength(1)
    expect(readdirSync(path.join(os.tmpdir(), made[0]!)).sort()).toEqual(['other.ndjson', 'sorted.ndjson'])
    expect(() => store.add(items[0]!)).toThrow(/after `finish`/)
    store.close()
    store.close()
    expect(existsSync(path.join(os.tmpdir(), made[0]!))).toBe(false)
  })

  it('should throw a TypeError naming `limit` when it is not a whole number of at least 1', () => {
    expect(() => createRecordStore({limit: 0})).toThrow(/`limit` 0/)
  })
})
