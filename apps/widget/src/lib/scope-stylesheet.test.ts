import {describe, expect, it} from 'vitest'
import {scopeStylesheet} from './scope-stylesheet.js'
import {stylesheet} from './styles.js'

describe('scopeStylesheet', () => {
  it('should turn `:host` into the box and nest every other selector under it, inside `@media` too', () => {
    expect(scopeStylesheet(':host{a:b}:host([hidden]){c:d}@media(x:y){:host{e:f}}h2,p>*+*:before{content:"{"}', '.box')).toBe(
      '.box{a:b}.box[hidden]{c:d}@media(x:y){.box{e:f}}.box h2,.box p>*+*:before{content:"{"}'
    )
  })

  it('should leave no rule of the widget’s stylesheet that could style the rest of a page', () => {
    const scoped = scopeStylesheet(stylesheet, '.sironet-news')
    const selectors = [...scoped.matchAll(/(?:^|[{}])([^{}@]+)\{/g)].flatMap((match) => match[1]!.split(','))
    expect(selectors.length).toBeGreaterThan(10)
    for (const selector of selectors) expect(selector).toMatch(/^\.sironet-news(?=[ [{]|$)/)
  })
})
