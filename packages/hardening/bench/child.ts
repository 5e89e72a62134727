// One measured task in its own process, so its peak RSS is its own:
//   child.ts decode FILE | parse FILE | stream FILE | stream-once FILE | parse-files DIR | stream-files DIR | build PATH OUT
// Prints one JSON line: {task, seconds, maxRssMb, ...figures}.
import {createReadStream} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {decodeInput, parseBulletin, parseBulletinStream, type ParseEvent} from '@sironet/parse'

const [task, target, out] = process.argv.slice(2)

function report(figures: Record<string, unknown>, started: number): void {
  const seconds = (performance.now() - started) / 1000
  // `maxRSS` is the process's peak resident set in kilobytes.
  const usage = process.resourceUsage()
  const maxRssMb = usage.maxRSS / 1024
  // CPU seconds of the whole process (start-up included): on a shared machine they say more than wall time.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6
  console.log(
    JSON.stringify({task, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), maxRssMb: Number(maxRssMb.toFixed(0)), ...figures})
  )
}

async function countEvents(events: AsyncIterable<ParseEvent>): Promise<{items: number; messages: number; renames: number}> {
  const counts = {items: 0, messages: 0, renames: 0}
  for await (const event of events) {
    if (event.type === 'item') counts.items++
    else if (event.type === 'message') counts.messages++
    else if (event.type === 'rename') counts.renames++
  }
  return counts
}

async function main(): Promise<void> {
  if (!target) throw new TypeError('Cannot run a bench task without a target. Pass `decode FILE`, `parse FILE`, `stream FILE`, `stream-once FILE`, `parse-files DIR`, `stream-files DIR` or `build DIR OUT`.')
  const started = performance.now()
  if (task === 'decode') {
    const bytes = await readFile(target)
    const decoded = decodeInput(bytes)
    report({bytes: bytes.length, characters: decoded.text.length, encoding: decoded.encoding, messages: decoded.messages.length}, started)
  } else if (task === 'parse') {
    const bytes = await readFile(target)
    const result = parseBulletin(bytes, {source: path.basename(target)})
    const rules: Record<string, number> = {}
    for (const message of result.messages) rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1
    report({bytes: bytes.length, items: result.items.length, messages: result.messages.length, rules}, started)
  } else if (task === 'stream' || task === 'stream-once') {
    // Read the file in 64 KiB chunks and keep only counts, as `sironet parse --format ndjson` does.
    const open = () => createReadStream(target, {highWaterMark: 1 << 16})
    const counts = await countEvents(parseBulletinStream(task === 'stream' ? open : open(), {source: path.basename(target)}))
    report(counts, started)
  } else if (task === 'stream-files') {
    const names = (await readdir(target)).sort()
    const totals = {files: names.length, items: 0, messages: 0, renames: 0}
    for (const name of names) {
      const counts = await countEvents(parseBulletinStream(() => createReadStream(path.join(target, name)), {source: name}))
      totals.items += counts.items
      totals.messages += counts.messages
      totals.renames += counts.renames
    }
    report(totals, started)
  } else if (task === 'parse-files') {
    // Parse each file and keep only counts, as a streaming consumer would.
    const names = (await readdir(target)).sort()
    let bytes = 0
    let items = 0
    let messages = 0
    for (const name of names) {
      const content = await readFile(path.join(target, name))
      bytes += content.length
      const result = parseBulletin(content, {source: name})
      items += result.items.length
      messages += result.messages.length
    }
    report({files: names.length, bytes, items, messages}, started)
  } else if (task === 'build') {
    if (!out) throw new TypeError('Cannot run `build` without an output folder. Pass `build DIR OUT`.')
    const {buildSite} = await import('@sironet/cli')
    const result = await buildSite({inputs: [target], out, siteUrl: 'https://example.org/news/', widget: false})
    report(
      {
        bulletins: result.bulletins,
        items: result.items,
        files: result.files,
        writtenMb: Number((result.bytes / 2 ** 20).toFixed(1)),
        messages: result.messages.length,
        errors: result.messages.filter((message) => message.severity === 'error').length
      },
      started
    )
  } else {
    throw new TypeError(`Cannot run bench task \`${String(task)}\`. Pass \`decode\`, \`parse\`, \`stream\`, \`stream-once\`, \`parse-files\`, \`stream-files\` or \`build\`.`)
  }
}

await main()
