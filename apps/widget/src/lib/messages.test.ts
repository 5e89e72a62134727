import {describe, expect, it} from 'vitest'
import {widgetLanguages} from '@sironet/json-export'
import {hasOwnWords, pickMessages} from './messages.js'

describe('pickMessages', () => {
  it('should give nine words in each UN language, with `%` for the month in the three part-of-month phrases', () => {
    for (const language of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
      const words = pickMessages(language)
      expect(words, language).toHaveLength(9)
      expect(words.every((word) => word.trim() === word && word !== ''), language).toBe(true)
      expect(words.map((word) => word.includes('%')), language).toEqual([false, false, false, false, false, false, true, true, true])
    }
  })

  it('should pick by primary subtag and fall back to English', () => {
    expect(pickMessages('fr-CA')[5]).toBe('Toutes les actualités')
    expect(pickMessages('ZH-Hant-TW')[0]).toBe('新闻')
    expect(pickMessages('de')).toEqual(pickMessages('en'))
  })
})

describe('hasOwnWords', () => {
  it('should know exactly the languages `sironet build` writes labels in, as bare tags', () => {
    for (const language of widgetLanguages) expect(hasOwnWords(language), language).toBe(true)
    for (const language of ['fr-CA', 'de', 'en-GB', 'zh-Hant', 'tostring', 'valueof']) expect(hasOwnWords(language), language).toBe(false)
  })
})
