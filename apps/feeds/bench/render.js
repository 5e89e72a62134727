// One benchmark case in its own process, so peak memory (maxRSS) is its own:
// `node bench/render.js <library> <count>` prints one JSON line.
import {performance} from 'node:perf_hooks'
import process from 'node:process'
import {makeItems} from './synthetic-items.js'

const [library, countText] = process.argv.slice(2)
const count = Number(countText)
const siteUrl = 'https://sironet.org/news/'
const items = makeItems(count)
// A `-flat` suffix hands both libraries items already read once, before
// timing, by `JSON.stringify` of each. Whichever code reads the generator's
// fresh records first pays a one-time cost (at 100,000 items, 1–1.5 s of CPU
// time for our RSS + Atom pass; making the three long strings flat or a full
// garbage collection beforehand do not remove it, reading every field through
// `JSON.stringify` does); these cases show each library without it.
const flat = library.endsWith('-flat')
if (flat) for (const item of items) JSON.stringify(item)
const baselineRss = process.memoryUsage().rss

// CPU time (user + system) of this process since `start`: fairer than wall
// time on a shared, loaded machine, though it also counts the garbage
// collector's helper threads.
function cpuMs(start) {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

async function renderSironet(streaming, withJson) {
  const {streamFeeds, toFeeds} = await import('@sironet/feeds')
  // Streaming: consume the pieces as a file writer would, never holding a whole document.
  const measure = (chunks) => {
    let length = 0
    for (const chunk of chunks) length += chunk.length
    return length
  }
  let jsonFeed
  try {
    const {streamJsonFeed, toJsonFeed, serializeJson} = await import('@sironet/json-export')
    // Streaming: `streamJsonFeed` gives the same bytes one item at a time.
    jsonFeed =
      streaming && streamJsonFeed
        ? (list) => measure(streamJsonFeed(list, {siteUrl, feedSize: list.length}))
        : (list) => serializeJson(toJsonFeed(list, {siteUrl, feedSize: list.length})).length
  } catch {
    jsonFeed = undefined
  }
  const started = performance.now()
  const cpu = process.cpuUsage()
  // RSS and Atom of the same items in one pass (`streamFeeds`/`toFeeds`), as
  // \`sironet build\` renders them: each item's HTML and text are made once for both.
  const sizes = {rss: 0, atom: 0}
  if (streaming) {
    for (const piece of streamFeeds(items, {rss: {siteUrl}, atom: {siteUrl}})) {
      sizes.rss += piece.rss.length
      sizes.atom += piece.atom.length
    }
  } else {
    const documents = toFeeds(items, {rss: {siteUrl}, atom: {siteUrl}})
    sizes.rss = documents.rss.length
    sizes.atom = documents.atom.length
  }
  if (jsonFeed && withJson) sizes.json = jsonFeed(items)
  return {ms: performance.now() - started, cpuMs: cpuMs(cpu), sizes, jsonFeed: Boolean(jsonFeed && withJson)}
}

async function renderFeed(withJson) {
  const {Feed} = await import('feed')
  const started = performance.now()
  const cpu = process.cpuUsage()
  const feed = new Feed({
    title: 'SIRONET International Exchanges',
    description: 'Latest news of SIRONET member organizations.',
    id: siteUrl,
    link: siteUrl,
    language: 'en',
    updated: new Date('2025-01-01T00:00:00Z'),
    copyright: 'SIRONET',
    feedLinks: {rss: `${siteUrl}feed.xml`, atom: `${siteUrl}atom.xml`, json: `${siteUrl}feed.json`},
    author: {name: 'SIRONET International Exchanges', link: siteUrl}
  })
  for (const item of items) {
    const start = item.date.start.length === 7 ? `${item.date.start}-01` : item.date.start
    feed.addItem({
      title: item.headline,
      id: `tag:sironet.org,2018:items/${item.id}`,
      link: `${siteUrl}items/${item.id}.html`,
      description: item.summary,
      // Comparable content: the body as a paragraph; ours also adds a sanitized facts list.
      content: `<p>${escapeHtml(item.body)}</p>`,
      date: new Date(`${start}T00:00:00Z`),
      category: [
        ...item.places.map((place) => ({name: place.country, domain: `${siteUrl}countries/`})),
        ...item.organizations.map((organization) => ({name: organization.name, domain: `${siteUrl}organizations/`}))
      ]
    })
  }
  const sizes = {rss: feed.rss2().length, atom: feed.atom1().length}
  if (withJson) sizes.json = feed.json1().length
  return {ms: performance.now() - started, cpuMs: cpuMs(cpu), sizes, jsonFeed: withJson}
}

// Libraries: `sironet` (strings), `sironet-stream` (pieces), `feed`; a `-xml` suffix leaves JSON Feed out.
const kind = flat ? library.slice(0, -'-flat'.length) : library
const withJson = !kind.endsWith('-xml')
const result = kind.startsWith('feed')
  ? await renderFeed(withJson)
  : await renderSironet(kind.startsWith('sironet-stream'), withJson)
const usage = process.resourceUsage()
process.stdout.write(
  `${JSON.stringify({
    library,
    count,
    ms: Math.round(result.ms),
    cpuMs: Math.round(result.cpuMs),
    peakMb: Math.round(usage.maxRSS / 1024),
    baselineMb: Math.round(baselineRss / 1024 / 1024),
    jsonFeed: result.jsonFeed,
    sizes: result.sizes
  })}\n`
)
