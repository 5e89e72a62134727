import {existsSync, readFileSync} from 'node:fs'
import {toJsonFeed} from '@sironet/json-export'
import type {NewsItem} from '@sironet/model'
import {siteUrl} from './gold-feed.ts'

const folder = new URL('../../../../fixtures/hostile/', import.meta.url)

/** The widget’s own hostile feed: payloads in every field, each sets `window.__pwned` if it runs. */
export const widgetXssFeed: Record<string, unknown> & {items: Array<Record<string, unknown>>} = JSON.parse(
  readFileSync(new URL('widget-xss.json', folder), 'utf8')
)

/** The feeds’ hostile records (`fixtures/hostile/records.json`) as a JSON Feed, when that file exists. */
export function makeHostileRecordsFeed(): unknown {
  const file = new URL('records.json', folder)
  if (!existsSync(file)) return undefined
  const records = JSON.parse(readFileSync(file, 'utf8')) as NewsItem[]
  return toJsonFeed(records, {siteUrl, feedSize: 100})
}

/** Every hostile input: the widget’s feed, and the feeds’ records through `toJsonFeed`. */
export function listHostileFeeds(): Array<[name: string, feed: unknown]> {
  const records = makeHostileRecordsFeed()
  return [['widget-xss.json', widgetXssFeed], ...(records ? [['records.json', records] as [string, unknown]] : [])]
}
