import {createHash} from 'node:crypto'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {buildSite} from '../src/index.ts'
import {makeSyntheticItems} from './synthetic.ts'

/**
 * One hash over every file of a built site (paths and bytes, sorted by path),
 * to check that a change leaves the output unchanged:
 * `site-hash.ts fixtures` builds `fixtures/`, `site-hash.ts 20000` a synthetic corpus.
 */
const what = process.argv[2] ?? 'fixtures'
const work = await mkdtemp(path.join(tmpdir(), 'sironet-hash-'))
try {
  const out = path.join(work, 'site')
  const siteUrl = 'https://example.org/news/'
  const cwd = path.resolve(import.meta.dirname, '../../..')
  const options = what === 'fixtures' ? {out, siteUrl, cwd, inputs: ['fixtures']} : {out, siteUrl, items: makeSyntheticItems(Number(what)), widget: false, renderThread: process.env.SIRONET_BENCH_RENDER_THREAD === '1'}
  const started = performance.now()
  const report = await buildSite(options)
  const seconds = (performance.now() - started) / 1000
  const files = (await readdir(out, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(file + '\0')
    hash.update(await readFile(path.join(out, file)))
    hash.update('\0')
  }
  const cpu = process.cpuUsage()
  console.log(JSON.stringify({what, files: files.length, items: report.items, sha256: hash.digest('hex'), seconds: Math.round(seconds * 100) / 100, cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)}))
} finally {
  await rm(work, {recursive: true, force: true})
}
