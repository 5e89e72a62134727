import {sortItems} from '@sironet/model'
import {listSortedRecords} from '../src/lib/record-store.ts'
import {renderSiteFiles} from '../src/lib/site-files.ts'
import {makeSyntheticItems} from './synthetic.ts'

/** Where the time and memory of rendering a site go, by kind of file: `phases.ts 20000`. */
const items = makeSyntheticItems(Number(process.argv[2] ?? 20_000))
const phases = new Map<string, {files: number; cpu: number; bytes: number; rss: number}>()
let last = process.cpuUsage()
for (const file of renderSiteFiles(listSortedRecords(sortItems(items, {order: 'newest'})), {siteUrl: 'https://example.org/'})) {
  const parts = file.path.split('/')
  const kind = parts[0] === 'api' ? `api/${(parts[1] ?? '').replace(/\.json$/, '')}` : parts.length > 1 ? parts[0]! : file.path.replace(/-\d+\.json$/, '-N.json')
  const phase = phases.get(kind) ?? {files: 0, cpu: 0, bytes: 0, rss: 0}
  phase.files++
  const content = file.content
  if (typeof content === 'string' || content instanceof Uint8Array) phase.bytes += content.length
  else for (const piece of content) phase.bytes += piece.length
  // Measured after the pieces are consumed: text in pieces (events.ics, items.csv) is rendered lazily.
  const now = process.cpuUsage()
  phase.cpu += (now.user - last.user + now.system - last.system) / 1e6
  phase.rss = Math.max(phase.rss, process.memoryUsage.rss() / 1e6)
  phases.set(kind, phase)
  last = process.cpuUsage()
}
for (const [kind, phase] of phases) {
  console.log(`${kind.padEnd(22)} ${String(phase.files).padStart(7)} files ${phase.cpu.toFixed(2).padStart(7)} s CPU ${(phase.bytes / 1e6).toFixed(0).padStart(5)} MB  rss ${phase.rss.toFixed(0)} MB`)
}
