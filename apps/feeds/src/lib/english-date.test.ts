import {formatEventDate} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {formatEnglishDate} from './english-date.js'

function* days(fromYear: number, toYear: number): Generator<string> {
  for (let time = Date.UTC(fromYear, 0, 1); time < Date.UTC(toYear + 1, 0, 1); time += 86_400_000) yield new Date(time).toISOString().slice(0, 10)
}

describe('formatEnglishDate', () => {
  it('should write every day of 1000–2100 as the model writes it in English', () => {
    let differences = 0
    for (const day of days(1000, 2100)) if (formatEnglishDate(day) !== formatEventDate({start: day}, 'en')) differences++
    expect(differences).toBe(0)
  })

  it('should write days of later years and every month as the model does', () => {
    for (const day of ['2101-03-04', '2999-12-31', '4000-02-29', '5000-02-28', '9999-12-31']) expect(formatEnglishDate(day)).toBe(formatEventDate({start: day}, 'en'))
    for (let year = 1000; year <= 9999; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const start = `${year}-${String(month).padStart(2, '0')}`
        expect(formatEnglishDate(start)).toBe(formatEventDate({start}, 'en'))
      }
    }
  })

  it('should leave days that do not exist, early years and other text to the model', () => {
    for (const start of ['2018-02-29', '5000-02-29', '2018-02-30', '2100-02-29', '2018-04-31', '2018-13-01', '2018-00', '2018-13', '0999-01-12', '0999-01', '2018-1-5', '2018-01-00', '2018-01-32']) {
      expect(formatEnglishDate(start)).toBeUndefined()
    }
    expect(formatEnglishDate('2000-02-29')).toBe('February 29, 2000')
  })
})
