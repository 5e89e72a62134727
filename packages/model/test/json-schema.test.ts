import {readFileSync} from 'node:fs'
import {jsonSchemaNames, toJsonSchema} from '@sironet/model'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {gold, toNewsItem} from './gold-records.js'

function shipped(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
}

describe('the shipped JSON Schemas', () => {
  it.each(jsonSchemaNames)('should match the zod schemas in schema/%s (run `pnpm --filter @sironet/model generate` after a change)', async (name) => {
    await expect(JSON.stringify(toJsonSchema(name), null, 2) + '\n').toMatchFileSnapshot(`../schema/${name}`)
  })

  it('should let a standard validator accept every gold item and reject bad values', () => {
    const ajv = new Ajv2020({allErrors: true, strict: false})
    const validate = ajv.compile(shipped('news-item.json'))
    for (const item of gold.items) expect(validate(toNewsItem(item)), `item ${item.n}`).toBe(true)
    const bad = {...toNewsItem(gold.items[0]!), places: [{country: 'XX'}], participants: {value: 0, qualifier: 'roughly', text: ''}}
    expect(validate(bad)).toBe(false)
    expect([...new Set(validate.errors?.map((error) => error.instancePath))].sort()).toEqual(
      ['/participants', '/participants/qualifier', '/participants/value', '/places/0/country'].sort()
    )
  })

  it('should throw a TypeError for an unknown schema name', () => {
    expect(() => toJsonSchema('nope.json' as never)).toThrow('Cannot make a JSON Schema for `nope.json`')
  })
})
