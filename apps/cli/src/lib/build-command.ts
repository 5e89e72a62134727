import {parseArgs} from 'node:util'
import type {CommandIo} from './command-io.js'
import {formatBuildMessage} from './build-messages.js'
import {buildSite, type BuildProgress} from './build-site.js'

/** Help text of `sironet build`. */
export const buildUsage = `Usage: sironet build [INPUT...] --out DIR --site-url URL [options]

Read bulletins (text or HTML files, or folders of them, recursively; default: the bulletins directly in fixtures/),
or records that \`sironet parse\` printed (corrected by hand, perhaps) (files named *.json, or *.ndjson / *.jsonl
with --format ndjson), and write the site: RSS, Atom and JSON feeds with archive pages, feeds per
country and organization, a static JSON API, items.csv, pages of items by month,
index.html and the widget demo.

Options:
  --out DIR          output folder, replaced as a whole when the build succeeds
  --site-url URL     absolute URL the site will be published at
  --title TEXT       site and feed title
  --lang TAG         language of the feeds and pages (default: en)
  --feed-size N      items per feed document (default: 50)
  --labels TAGS      languages the JSON feeds write dates and country names in,
                     comma-separated, for the widget; none for no labels
                     (default: en,fr,es,ru,zh,ar)
  --strict           write nothing if any bulletin has an error (exit 1)
  --records-in-memory N
                     records kept in memory; more are sorted on disk in the
                     system's temporary folder, so memory stays bounded
                     (default: 20000, about 100 MB)
  -h, --help         show this help
`

/** Whether `tag` is a well-formed BCP 47 language tag. */
function isLanguageTag(tag: string): boolean {
  try {
    return tag !== '' && Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

function createProgress(stderr: CommandIo['stderr']) {
  if (!stderr.isTTY) return {update: undefined, clear: () => {}}
  let last = 0
  let shown = false
  return {
    update(progress: BuildProgress) {
      // Redraw at most every 1,000 steps so progress never slows the build.
      if (progress.done - last < 1000 && progress.done !== progress.total && progress.done !== 1) return
      last = progress.done
      shown = true
      const text =
        progress.phase === 'read' ? `Reading bulletins ${progress.done}/${progress.total ?? '?'}` : `Writing files ${progress.done}`
      stderr.write(`\r\u001B[2K${text}`)
    },
    clear() {
      if (shown) stderr.write('\r\u001B[2K')
    }
  }
}

/**
 * Run `sironet build [INPUT...] --out DIR --site-url URL [--title …] [--lang en] [--feed-size N] [--strict]`.
 * Messages go to stderr as `file:line:col: severity reason [rule-id]`; a
 * summary goes to stdout. Ctrl-C stops the build and leaves `--out` as it was.
 *
 * @param args Arguments after `build`.
 * @param io Streams and working folder.
 * @returns Exit code: `0` when the site was written, `1` when it was not (strict failure, error), `2` on bad usage.
 * @example
 *   await runBuildCommand(['fixtures', '--out', 'site', '--site-url', 'http://localhost:4173/'], {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd()})
 */
export async function runBuildCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        out: {type: 'string', short: 'o'},
        'site-url': {type: 'string'},
        title: {type: 'string'},
        lang: {type: 'string'},
        'feed-size': {type: 'string'},
        labels: {type: 'string'},
        'records-in-memory': {type: 'string'},
        strict: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    io.stderr.write(`sironet build: ${error instanceof Error ? error.message : String(error)}\n\n${buildUsage}`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(buildUsage)
    return 0
  }
  const problems: string[] = []
  if (!values.out) problems.push('Missing `--out DIR`: the folder to write the site to (example: `--out site`).')
  const siteUrl = values['site-url']
  if (!siteUrl || !URL.canParse(siteUrl) || !/^https?:$/.test(new URL(siteUrl).protocol)) {
    problems.push('Missing or relative `--site-url URL`: the absolute http(s) URL the site is published at (example: `--site-url http://localhost:4173/`).')
  }
  const feedSize = values['feed-size'] === undefined ? 50 : Number(values['feed-size'])
  if (!Number.isInteger(feedSize) || feedSize < 1) problems.push('`--feed-size` must be a whole number of at least 1 (example: `--feed-size 50`).')
  const labels = values.labels === undefined ? undefined : values.labels === 'none' ? [] : values.labels.split(',').map((tag) => tag.trim())
  if (labels?.some((tag) => !isLanguageTag(tag))) {
    problems.push('`--labels` must be BCP 47 tags separated by commas, or `none` (example: `--labels en,fr,ar`).')
  }
  const recordsInMemory = values['records-in-memory'] === undefined ? 20_000 : Number(values['records-in-memory'])
  if (!Number.isInteger(recordsInMemory) || recordsInMemory < 1) {
    problems.push('`--records-in-memory` must be a whole number of at least 1 (example: `--records-in-memory 20000`).')
  }
  if (problems.length > 0) {
    io.stderr.write(`${problems.map((problem) => `sironet build: ${problem}`).join('\n')}\n\n${buildUsage}`)
    return 2
  }

  const controller = new AbortController()
  const interrupt = () => controller.abort(new Error('Interrupted'))
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  const progress = createProgress(io.stderr)
  try {
    const report = await buildSite({
      inputs: positionals,
      out: values.out!,
      siteUrl: siteUrl!,
      title: values.title,
      language: values.lang,
      feedSize,
      labels,
      recordsInMemory,
      strict: values.strict,
      cwd: io.cwd,
      signal: controller.signal,
      onMessage(message) {
        progress.clear()
        io.stderr.write(`${formatBuildMessage(message)}\n`)
      },
      onProgress: progress.update
    })
    progress.clear()
    for (const warning of report.warnings) io.stderr.write(`sironet build: warning: ${warning}\n`)
    const counts = ['error', 'warning'].map((severity) => report.messages.filter((message) => message.severity === severity).length)
    if (!report.written) {
      io.stderr.write(`sironet build: nothing written: ${counts[0]} error(s) with --strict; ${values.out} is unchanged\n`)
      return 1
    }
    io.stdout.write(
      `Built ${report.items} items from ${report.bulletins} bulletin(s) into ${values.out}: ${report.files} files, ${report.bytes} bytes` +
        ` (${counts[0]} error(s), ${counts[1]} warning(s)). Open ${values.out}/index.html or run \`sironet preview ${values.out}\`.\n`
    )
    return 0
  } catch (error) {
    progress.clear()
    if (controller.signal.aborted) {
      io.stderr.write(`sironet build: interrupted; ${values.out} is unchanged\n`)
      return 130
    }
    io.stderr.write(`sironet build: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}
