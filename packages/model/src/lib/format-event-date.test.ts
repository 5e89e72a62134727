import {formatEventDate, type EventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {gold, toNewsItem} from '../../test/gold-records.js'

/** ICU’s thin and narrow no-break spaces, read as plain spaces so tests say what a reader sees. */
function plain(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ')
}

/** Seeded dates of every kind: days, months, parts of months, ranges within a month, across months and across years. */
function makeDates(count: number): Array<Pick<EventDate, 'start' | 'end' | 'part'>> {
  let state = 7
  const next = (size: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state % size
  }
  const day = (year: number, month: number, value: number) => `${year}-${String(month).padStart(2, '0')}-${String(value).padStart(2, '0')}`
  const dates: Array<Pick<EventDate, 'start' | 'end' | 'part'>> = []
  for (let index = 0; index < count; index++) {
    const year = 1995 + next(40)
    const month = 1 + next(12)
    const first = 1 + next(28)
    switch (index % 7) {
      case 0: dates.push({start: day(year, month, first)}); break
      case 1: dates.push({start: `${year}-${String(month).padStart(2, '0')}`}); break
      case 2: dates.push({start: `${year}-${String(month).padStart(2, '0')}`, part: (['early', 'mid', 'late'] as const)[next(3)]!}); break
      case 3: dates.push({start: day(year, month, first), end: day(year, month, Math.min(28, first + 1 + next(9)))}); break
      case 4: dates.push({start: day(year, month, first), end: day(year, month === 12 ? 12 : month + 1, 1 + next(28))}); break
      case 5: dates.push({start: day(year, 12, 20 + next(9)), end: day(year + 1, 1, 1 + next(9))}); break
      default: dates.push({start: `${year}-01`, end: `${year}-0${2 + next(7)}`})
    }
  }
  return dates
}

describe('formatEventDate', () => {
  it('should give for one language tag the text Intl gives for a list of locales, for every kind of date', () => {
    // A list of locales always goes to Intl; one tag goes through the remembered formats and range layouts.
    const dates = makeDates(700)
    for (const language of ['en', 'en-GB', 'fr', 'es', 'ru', 'zh', 'zh-Hans', 'ar', 'de', 'ja', 'pt-BR', 'hi', 'fa', 'th', 'ko']) {
      for (const month of ['long', 'short'] as const) {
        for (const date of dates) {
          expect(formatEventDate(date, language, {month}), `${language} ${month} ${JSON.stringify(date)}`).toBe(formatEventDate(date, [language], {month}))
        }
      }
    }
  })


  it('should give for one language tag the text Intl gives for a list of locales, for every gold date', () => {
    const dates = [
      ...gold.items.flatMap((item) => toNewsItem(item).date ?? []),
      {start: '2018-03', end: '2018-06'},
      {start: '2018-05', part: 'mid' as const},
      {start: '2018-01-31', end: '2018-02-02'},
      {start: '2018-01-31', end: '2018-01-31'}
    ]
    for (const language of ['en', 'fr', 'ru', 'zh', 'ar']) {
      for (const date of dates) expect(formatEventDate(date, language)).toBe(formatEventDate(date, [language]))
    }
  })

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
