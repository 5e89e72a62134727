import {describe, expect, it, vi} from 'vitest'
import {validateNewsItem} from '@sironet/model'
import {parseBulletin} from '@sironet/parse'

const bad = vi.hoisted(() => ({mode: 'invalid' as 'invalid' | 'throw'}))

vi.mock('../src/lib/extract-facts.ts', () => ({
  extractFacts(text: string) {
    if (bad.mode === 'throw') throw new Error(`cannot read ${text.slice(0, 9)}`)
    return {
      places: [{country: 'XX', city: 'Nowhere'}, {country: 'KE', city: 'Nairobi'}],
      participants: {value: -3, qualifier: 'exact', text: 'minus three'},
      themes: ['', 'Green Schools'],
      organizations: [{name: ''}, {name: 'Riverside Youth Association'}],
      people: [{name: 42}],
      tags: ['Not A Slug', 'youth'],
      headline: 'x'.repeat(400),
      summary: 7
    }
  }
}))

const text = 'Member News (2019.1-2019.6)\n\nOn May 5, the Riverside Youth Association opened a school in Nairobi. It has 40 pupils.'

describe('facts that are not valid records', () => {
  it('should keep the valid facts, drop the others and report them', () => {
    bad.mode = 'invalid'
    const {items, messages} = parseBulletin(text)
    const item = items[0]!
    expect(validateNewsItem(item).issues).toEqual([])
    expect(item.places).toEqual([{country: 'KE', city: 'Nairobi'}])
    expect(item.participants).toBeNull()
    expect(item.themes).toEqual(['Green Schools'])
    expect(item.organizations).toEqual([{name: 'Riverside Youth Association'}])
    expect(item.people).toEqual([])
    expect(item.tags).toEqual(['youth'])
    expect(item.headline).toMatch(/^x{100,139}…$/)
    expect(item.summary).toBe('On May 5, the Riverside Youth Association opened a school in Nairobi.')
    const message = messages.find((entry) => entry.ruleId === 'invalid-facts')!
    expect(message.severity).toBe('warning')
    expect(message.reason).toMatch(/places\[0\]\.country: /)
    expect(message.reason).toMatch(/headline: Expected a headline of at most 140 characters, got 400/)
  })

  it('should not throw when extraction throws, and say why', () => {
    bad.mode = 'throw'
    const {items, messages} = parseBulletin(text)
    expect(validateNewsItem(items[0]).ok).toBe(true)
    expect(messages.find((entry) => entry.ruleId === 'invalid-facts')?.reason).toMatch(/extractFacts: cannot read On May 5,/)
  })
})
