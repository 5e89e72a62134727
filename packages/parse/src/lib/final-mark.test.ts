import {describe, expect, it} from 'vitest'
import {finalMarkLength} from './final-mark.js'

describe('finalMarkLength', () => {
  it('should measure what `/[.!?]["”’)]?$/` matches at the end', () => {
    const texts = ['', '.', '”', 'a', 'Nairobi.', 'Nairobi!', 'Nairobi?', 'Nairobi!”', 'Nairobi?)', 'Nairobi."', 'Nairobi.’', 'Nairobi”.', 'Nairobi..', 'Nairobi”', 'Nairobi)', 'Nairobi;', '.”']
    for (const text of texts) expect(finalMarkLength(text), text).toBe(/[.!?]["”’)]?$/.exec(text)?.[0].length ?? 0)
  })

  it('should look only at the text before `end`', () => {
    expect(finalMarkLength('Nairobi.  ', 8)).toBe(1)
    expect(finalMarkLength('Nairobi!”  ', 9)).toBe(2)
    expect(finalMarkLength('.', 0)).toBe(0)
  })
})
