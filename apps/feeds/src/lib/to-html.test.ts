import type {Root, RootContent} from 'hast'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {loadGoldItems, loadHostileItems} from '../../test/helpers/gold-items.ts'
import {buildItemHast} from './render-item-html.js'
import {toItemHtml} from './to-html.js'

const items = [...loadHostileItems(), ...loadGoldItems()]

describe('toItemHtml', () => {
  it('should build item trees that hast-util-sanitize (GitHub schema) leaves unchanged, for hostile and gold records', () => {
    expect(items.length).toBeGreaterThan(74)
    for (const language of ['en', 'ar']) {
      for (const item of items) {
        const tree = buildItemHast(item, {language})
        expect(sanitize(structuredClone(tree))).toEqual(tree)
      }
    }
  })

  it('should give the same bytes as hast-util-to-html after hast-util-sanitize', () => {
    for (const item of items) {
      const tree = buildItemHast(item)
      expect(toItemHtml(tree)).toBe(toHtml(sanitize(tree)))
    }
  })

  it('should refuse elements outside the allow-list, properties and other nodes', () => {
    const text = {type: 'text', value: 'x'} as const
    const script: Root = {type: 'root', children: [{type: 'element', tagName: 'script', properties: {}, children: [text]}]}
    expect(() => toItemHtml(script)).toThrow(/`<script>`/)
    const handler: Root = {type: 'root', children: [{type: 'element', tagName: 'p', properties: {onClick: 'x()'}, children: [text]}]}
    expect(() => toItemHtml(handler)).toThrow(/onClick/)
    expect(() => toItemHtml({type: 'root', children: [{type: 'raw', value: '<script>'} as unknown as RootContent]})).toThrow(/`raw`/)
    expect(() => toItemHtml({type: 'root', children: [{type: 'comment', value: 'x'}]})).toThrow(/`comment`/)
  })
})
