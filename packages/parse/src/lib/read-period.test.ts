import {describe, expect, it} from 'vitest'
import {readPeriod, readPeriodOfMonths, readTitleYear} from './read-period.js'

const table: Array<[string, string, string]> = [
  ['Latest News of SIRONET International Exchanges(2018.1-2018.6)', '2018-01', '2018-06'],
  ['Latest News (2018.7-2018.12)', '2018-07', '2018-12'],
  ['News 2018.07–2018.12', '2018-07', '2018-12'],
  ['News (2018/7-12)', '2018-07', '2018-12'],
  ['Newsletter 2018 H1', '2018-01', '2018-06'],
  ['Newsletter H2 2018', '2018-07', '2018-12'],
  ['Newsletter, second half of 2018', '2018-07', '2018-12'],
  ['News of January–June 2018', '2018-01', '2018-06'],
  ['News, Jan-Jun 2018', '2018-01', '2018-06'],
  ['News, July to December 2018', '2018-07', '2018-12'],
  ['News, December 2018 – May 2019', '2018-12', '2019-05'],
  ['Quarterly News Q3 2019', '2019-07', '2019-09'],
  ['Monthly News, June 2018', '2018-06', '2018-06']
]

describe('readPeriod', () => {
  for (const [title, start, end] of table) {
    it(`should read ${JSON.stringify(title)}`, () => {
      expect(readPeriod(title)?.period).toEqual({start, end})
    })
  }

  it('should point at the wording', () => {
    const title = 'Latest News(2018.1-2018.6)'
    const reading = readPeriod(title)!
    expect(title.slice(reading.offset, reading.offset + reading.length)).toBe('2018.1-2018.6')
  })

  it('should read no period from a title without months', () => {
    expect(readPeriod('Annual Report 2018')).toBeUndefined()
    expect(readPeriod('Latest News of SIRONET International Exchanges')).toBeUndefined()
    expect(readPeriod('News (2018.6-2018.1)')).toBeUndefined()
  })

  it('should read a bare year from a title', () => {
    expect(readTitleYear('Annual Report 2018')).toBe(2018)
    expect(readTitleYear('Latest News')).toBeUndefined()
  })

  it('should read a range of days across months as its months (`1 January–30 June 2025`, `January 1 – June 30, 2025`)', () => {
    expect(readPeriod('Report on cooperation with civil society, 1 January–30 June 2025')?.period).toEqual({start: '2025-01', end: '2025-06'})
    expect(readPeriod('Activities, January 1 – June 30, 2025')?.period).toEqual({start: '2025-01', end: '2025-06'})
  })
})

describe('readPeriodOfMonths', () => {
  it('should read a period of two months or more, and no single month', () => {
    expect(readPeriodOfMonths('Latest News of SIRONET International Exchanges(2018.1-2018.6)')?.period).toEqual({start: '2018-01', end: '2018-06'})
    expect(readPeriod('June 2018')?.period).toEqual({start: '2018-06', end: '2018-06'})
    expect(readPeriodOfMonths('June 2018')).toBeUndefined()
  })
})
