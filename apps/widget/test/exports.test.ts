import {describe, expect, it} from 'vitest'

describe('@sironet/widget', () => {
  it('should export the element class and `defineSironetNews`, and load without a DOM', async () => {
    const module = await import('@sironet/widget')
    expect(Object.keys(module).sort()).toEqual(['SironetNewsElement', 'defineSironetNews'])
    expect(module.SironetNewsElement.observedAttributes).toEqual(['src', 'limit', 'country', 'organization', 'tag', 'lang', 'layout'])
  })

  it('should export the snippet and demo page generators from `@sironet/widget/snippet`', async () => {
    expect(Object.keys(await import('@sironet/widget/snippet')).sort()).toEqual([
      'demoStylesheet',
      'renderDemoPage',
      'renderStaticSnippet',
      'snippetStylesheet'
    ])
  })
})
