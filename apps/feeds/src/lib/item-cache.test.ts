import {describe, expect, it} from 'vitest'
import {createItemCache} from './item-cache.js'

describe('createItemCache', () => {
  it('should remember values per object and forget them all when full', () => {
    const cache = createItemCache<object, number>(2)
    const [a, b, c] = [{}, {}, {}]
    cache.set(a, 1)
    cache.set(b, 2)
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([1, 2, undefined])
    cache.set(c, 3)
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([undefined, undefined, 3])
  })
})
