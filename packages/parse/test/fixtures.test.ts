import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {validateBulletin} from '@sironet/model'
import {parseBulletin, type ParseOptions} from '@sironet/parse'

// Each folder of test/fixtures holds a small bulletin (`input.txt` or `input.html`),
// optional `options.json`, and the expected `output.json` and `messages.txt`.
// Regenerate with `UPDATE=1 pnpm --filter @sironet/parse test`, then review the diff.
// The output holds what the parser core decides (structure, dates, ids, sources);
// the facts extractFacts reads are scored against the gold file instead.
const root = fileURLToPath(new URL('fixtures/', import.meta.url))
const update = process.env.UPDATE === '1'

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = `${root}${name}/`
    const inputName = existsSync(`${folder}input.html`) ? 'input.html' : 'input.txt'
    it(`should parse ${name}/${inputName} as recorded`, () => {
      const input = readFileSync(`${folder}${inputName}`)
      const options = (existsSync(`${folder}options.json`) ? JSON.parse(readFileSync(`${folder}options.json`, 'utf8')) : {}) as ParseOptions
      const result = parseBulletin(input, {source: inputName, ...options})
      expect(validateBulletin(result.bulletin).issues).toEqual([])

      const text = String(result.file.value)
      const {items, ...bulletin} = result.bulletin
      const output = {
        bulletin,
        items: items.map((item) => ({id: item.id, date: item.date, body: item.body, source: item.source})),
        paragraphs: result.file.data.paragraphs?.map((paragraph) => paragraph.kind)
      }
      const messages = result.file.messages.map(String).join('\n') + '\n'
      if (inputName === 'input.txt') {
        for (const item of items) expect(text.slice(item.source.offset, item.source.offset + item.source.length)).toBe(item.body)
      }

      if (update) {
        writeFileSync(`${folder}output.json`, `${JSON.stringify(output, null, 2)}\n`)
        writeFileSync(`${folder}messages.txt`, messages)
      }
      expect(output).toEqual(JSON.parse(readFileSync(`${folder}output.json`, 'utf8')))
      expect(messages).toBe(readFileSync(`${folder}messages.txt`, 'utf8'))
    })
  }
})
