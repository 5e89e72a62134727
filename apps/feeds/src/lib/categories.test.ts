import {describe, expect, it} from 'vitest'
import {loadGoldItems} from '../../test/helpers/gold-items.ts'
import {getItemCategories} from './categories.js'

const siteUrl = 'https://sironet.org/news/'

describe('getItemCategories', () => {
  it('should give the same frozen list for the same item, site and language, and list again when they change', () => {
    const item = structuredClone(loadGoldItems().find((entry) => entry.places.length > 0 && entry.organizations.length > 0)!)
    const first = getItemCategories(item, siteUrl, 'en')
    expect(Object.isFrozen(first)).toBe(true)
    expect(getItemCategories(item, siteUrl, 'en')).toBe(first)
    expect(getItemCategories(item, 'https://example.org/', 'en')[0]!.scheme).toBe('https://example.org/countries/')
    expect(getItemCategories(item, siteUrl, 'fr')).not.toBe(first)
    item.places = [{country: 'FI'}]
    expect(getItemCategories(item, siteUrl, 'en')[0]).toEqual({term: 'fi', label: 'Finland', scheme: `${siteUrl}countries/`})
    item.tags = ['new-tag']
    expect(getItemCategories(item, siteUrl, 'en').at(-1)).toEqual({term: 'new-tag', label: 'new-tag', scheme: `${siteUrl}tags/`})
  })
})
