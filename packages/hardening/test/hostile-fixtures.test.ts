import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {hostileFixtureFiles} from '../src/hostile-fixture-files.js'
import {hostilePayloads} from '../src/hostile-payloads.js'

const folder = new URL('../../../fixtures/hostile/', import.meta.url)

describe('fixtures/hostile', () => {
  it('should match the payload list (run `pnpm --filter @sironet/hardening generate` after changing it)', () => {
    for (const [name, content] of Object.entries(hostileFixtureFiles())) {
      expect(readFileSync(new URL(name, folder), 'utf8'), name).toBe(content)
    }
  })

  it('should give every payload a unique kebab-case name and at least one context', () => {
    const names = hostilePayloads.map((payload) => payload.name)
    expect(new Set(names).size).toBe(names.length)
    for (const payload of hostilePayloads) {
      expect(payload.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(payload.contexts.length).toBeGreaterThan(0)
      expect(payload.value.length).toBeGreaterThan(0)
    }
  })

  it('should keep lone surrogates and every C0 control through JSON', () => {
    const {payloads} = JSON.parse(readFileSync(new URL('strings.json', folder), 'utf8')) as {payloads: Array<{name: string; value: string}>}
    const byName = new Map(payloads.map((payload) => [payload.name, payload.value]))
    expect(byName.get('lone-high-surrogate')).toBe('a\uD800b')
    expect(byName.get('lone-low-surrogate')).toBe('a\uDC00b')
    expect(byName.get('c0-controls')).toHaveLength(32)
    expect(byName.get('long-word')).toHaveLength(10_240)
    expect(byName.get('rtl-override')).toContain('\u202E')
  })

  it('should put every UTF-8-safe payload into the text bulletin, byte for byte', () => {
    const text = readFileSync(new URL('bulletin.txt', folder), 'utf8')
    for (const payload of hostilePayloads) {
      const safe = !/\p{Cs}/u.test(payload.value)
      expect(text.includes(payload.value), payload.name).toBe(safe)
    }
  })
})
