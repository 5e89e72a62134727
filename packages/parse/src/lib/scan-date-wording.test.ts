import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readFixture, splitItems} from '../../test/gold.ts'
import {findSentenceEnd} from './find-sentence-end.js'
import {readEventDate} from './read-event-date.js'
import {scanDateWording, scanOpeningDate} from './scan-date-wording.js'

const others = ['green-partnership', 'red-cross', 'university-alliance', 'youth-federation'].map((name) =>
  readFileSync(new URL(`../../test/generalization/${name}.txt`, import.meta.url), 'utf8')
)
const items = [readFixture('sironet-2018-h1.txt').text, ...others].flatMap((text) => splitItems(text))

describe('scanOpeningDate', () => {
  it('should read an opening date inside Markdown emphasis (`**On July 10**,`, `**October** witnessed`)', () => {
    expect(scanOpeningDate('**On July 10**, the forum opened.').wording).toMatchObject({opening: true})
    expect(scanOpeningDate('**October** witnessed the launch of a campaign.').wording).toMatchObject({opening: true})
    expect(scanOpeningDate('_October_ witnessed the launch of a campaign.').wording).toMatchObject({opening: true})
    // Not a month that names something: `**October Foundation** met`.
    expect(scanOpeningDate('**October Foundation** met in Suva.').wording?.opening).not.toBe(true)
  })

  it('should read `In the month of October,` as an opening month', () => {
    const text = 'In the month of October, the network held a camp in Pokhara.'
    const wording = scanOpeningDate(text).wording!
    expect(wording.opening).toBe(true)
    expect(text.slice(wording.from, wording.to)).toBe('In the month of October')
  })

  it('should give the wording a scan to the end of the first sentence gives, whenever it calls its answer exact', () => {
    // Every item, and every item without its first words (most of those open with no date).
    const texts = items.flatMap((item) => [item, item.slice(item.indexOf(' ', 20) + 1)])
    let exact = 0
    for (const text of texts) {
      const scan = scanOpeningDate(text)
      if (!scan.exact) continue
      exact++
      expect(scan.wording, text).toEqual(scanDateWording(text, findSentenceEnd(text)))
    }
    // Most items open with their date, read within their first 120 characters (102 of the 109).
    expect(exact).toBeGreaterThan(items.length * 0.9)
  })

  it('should not call an opening date exact when its read stopped at the 120th character', () => {
    const text = `On January 10, ${'internationalization '.repeat(8)}took place in Beijing.`
    const scan = scanOpeningDate(text)
    expect(scan.wording?.opening).toBe(true)
    expect(scan.exact).toBe(false)
    expect(readEventDate(text, {year: 2018})?.date?.start).toBe('2018-01-10')
  })

  it('should find nothing in text that does not open with a date, even with one later', () => {
    expect(scanOpeningDate('The forum was held in Beijing on March 21.')).toEqual({wording: undefined, exact: false})
  })
})
