import {formatEventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'

/** ICU’s thin and narrow no-break spaces, read as plain spaces so tests say what a reader sees. */
function plain(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ')
}

describe('formatEventDate', () => {
  it('should format a day range in British English', () => {
    expect(formatEventDate({start: '2018-01-12', end: '2018-01-16'}, 'en-GB')).toBe('12–16 January 2018')
  })

  it('should format a day range with short month names', () => {
    expect(formatEventDate({start: '2018-01-12', end: '2018-01-16'}, 'en-GB', {month: 'short'})).toBe('12–16 Jan 2018')
  })

  it('should format a range across months', () => {
    expect(plain(formatEventDate({start: '2018-01-23', end: '2018-03-01'}, 'en-GB'))).toBe('23 January – 1 March 2018')
  })

  it('should format a single day in French', () => {
    expect(formatEventDate({start: '2018-01-10'}, 'fr')).toBe('10 janvier 2018')
  })

  it('should format a month without inventing a day', () => {
    expect(formatEventDate({start: '2018-01'}, 'fr')).toBe('janvier 2018')
    expect(formatEventDate({start: '2018-04'}, 'en')).toBe('April 2018')
  })

  it('should format parts of a month in the six UN languages', () => {
    const late = {start: '2018-05', part: 'late'} as const
    expect(formatEventDate(late, 'en')).toBe('late May 2018')
    expect(formatEventDate(late, 'fr')).toBe('fin mai 2018')
    expect(formatEventDate(late, 'es')).toBe('finales de mayo de 2018')
    expect(plain(formatEventDate(late, 'ru'))).toBe('конец мая 2018 г.')
    expect(formatEventDate(late, 'zh')).toBe('2018年5月下旬')
    expect(formatEventDate(late, 'ar')).toBe('أواخر مايو 2018')
    expect(formatEventDate({start: '2018-06', part: 'early'}, 'en')).toBe('early June 2018')
    expect(formatEventDate({start: '2018-06', part: 'mid'}, 'en')).toBe('mid-June 2018')
  })

  it('should fall back to English phrases for other languages', () => {
    expect(formatEventDate({start: '2018-05', part: 'late'}, 'de')).toBe('late Mai 2018')
  })
})
