import {serializeJson} from '@sironet/json-export'
import {describe, expect, it} from 'vitest'

describe('serializeJson', () => {
  it('should write compact JSON with a final newline by default', () => {
    expect(serializeJson({a: [1, 'b'], c: null})).toBe('{"a":[1,"b"],"c":null}\n')
  })

  it('should indent when asked', () => {
    expect(serializeJson({a: 1}, {indent: 2})).toBe('{\n  "a": 1\n}\n')
  })

  it('should escape line and paragraph separators and lone surrogates', () => {
    const text = serializeJson({s: 'a\u2028b\u2029c\ud800'})
    expect(text).toBe('{"s":"a\\u2028b\\u2029c\\ud800"}\n')
    expect(JSON.parse(text)).toEqual({s: 'a\u2028b\u2029c\ud800'})
  })

  it('should throw a TypeError for values JSON cannot hold or a bad indent', () => {
    expect(() => serializeJson(undefined)).toThrow(TypeError)
    expect(() => serializeJson({}, {indent: -1})).toThrow(/`indent`/)
  })
})
