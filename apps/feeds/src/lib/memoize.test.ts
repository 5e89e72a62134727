import {describe, expect, it} from 'vitest'
import {memoizeLast} from './memoize.js'

describe('memoizeLast', () => {
  it('should compute again only when either argument differs from the last call', () => {
    const calls: string[] = []
    const join = memoizeLast((first, second) => {
      calls.push(`${first}|${second}`)
      return `${first}${second}`
    })
    expect([join('a', 'b'), join('a', 'b'), join('a', 'c'), join('b', 'c'), join('a', 'b'), join('a', 'b')]).toEqual(['ab', 'ab', 'ac', 'bc', 'ab', 'ab'])
    expect(calls).toEqual(['a|b', 'a|c', 'b|c', 'a|b'])
  })

  it('should remember an `undefined` result like any other', () => {
    let count = 0
    const none = memoizeLast(() => {
      count++
      return undefined
    })
    none('a', '')
    none('a', '')
    expect(count).toBe(1)
  })
})
