import {describe, expect, it} from 'vitest'
import {readEventDate} from '@sironet/parse'

const period = {start: '2018-01', end: '2018-06'}

// [wording, start, end, part, text]: every form issue 3 lists, then others bulletins use.
const table: Array<[string, string, string | undefined, string | undefined, string]> = [
  ['On January 10, the Dialogue was staged in Beijing.', '2018-01-10', undefined, undefined, 'On January 10'],
  ['In January 11, the inaugural meeting was staged.', '2018-01-11', undefined, undefined, 'In January 11'],
  ['In January, Gansu Provincial NGO Network organized three events.', '2018-01', undefined, undefined, 'In January'],
  ['In January, 13 young volunteers arrived in Seychelles.', '2018-01', undefined, undefined, 'In January'],
  ['From January 12 to 16, a Chinese delegation visited Finland.', '2018-01-12', '2018-01-16', undefined, 'From January 12 to 16'],
  ['On June 5 to 14, a delegation visited Spain, Italy and Austria.', '2018-06-05', '2018-06-14', undefined, 'On June 5 to 14'],
  ['April witnessed the China-US Young Scholars Dialogue.', '2018-04', undefined, undefined, 'April'],
  ['Late May witnessed a young volunteer delegation visit Nepal.', '2018-05', undefined, 'late', 'Late May'],
  ['Early June saw the opening of the forum.', '2018-06', undefined, 'early', 'Early June'],
  ['Mid June, the forum opened.', '2018-06', undefined, 'mid', 'Mid June'],
  ['In mid-June, the forum opened.', '2018-06', undefined, 'mid', 'In mid-June'],
  ['At the end of May, the camp closed.', '2018-05', undefined, 'late', 'At the end of May'],
  ['At the beginning of March, the team left.', '2018-03', undefined, 'early', 'At the beginning of March'],
  ['The exchange ran from January 23 to March 1, in Beijing.', '2018-01-23', '2018-03-01', undefined, 'from January 23 to March 1'],
  ['From January 23 to March 1, the exhibition was open.', '2018-01-23', '2018-03-01', undefined, 'From January 23 to March 1'],
  ['On 24th June, the summit opened.', '2018-06-24', undefined, undefined, 'On 24th June'],
  ['March 13th, the delegation arrived.', '2018-03-13', undefined, undefined, 'March 13th'],
  ['The forum met from November 15th to 16th, 2018, in Beijing.', '2018-11-15', '2018-11-16', undefined, 'from November 15th to 16th, 2018'],
  ['On 16 November, the association held its meeting.', '2018-11-16', undefined, undefined, 'On 16 November'],
  ['13 – 14 April 2019, the conference was held in Rome.', '2019-04-13', '2019-04-14', undefined, '13 – 14 April 2019'],
  ['May 22-24, the forum took place.', '2018-05-22', '2018-05-24', undefined, 'May 22-24'],
  ['On May 22–24, the forum took place.', '2018-05-22', '2018-05-24', undefined, 'On May 22–24'],
  ['On 13 June 2017, the center opened.', '2017-06-13', undefined, undefined, 'On 13 June 2017'],
  ['On the morning of January 5, the ceremony began.', '2018-01-05', undefined, undefined, 'On the morning of January 5'],
  ['On Jan. 7th, the team arrived.', '2018-01-07', undefined, undefined, 'On Jan. 7th'],
  ['The volunteers served during July 19 and 28, in Laos.', '2018-07-19', '2018-07-28', undefined, 'during July 19 and 28'],
  ['During July 19 and 28, the volunteers served in Laos.', '2018-07-19', '2018-07-28', undefined, 'During July 19 and 28'],
  ['The ceremony was held on June, 17th, in Florence.', '2018-06-17', undefined, undefined, 'on June, 17th'],
  ['On June, 17th, the ceremony was held.', '2018-06-17', undefined, undefined, 'On June, 17th'],
  ['A delegation of the Association visited SWF on March 21. In May 2017 it had met.', '2018-03-21', undefined, undefined, 'on March 21'],
  // Forms other offices write.
  ['On Monday, 5 March, the team arrived.', '2018-03-05', undefined, undefined, 'On Monday, 5 March'],
  ['Between 5 and 7 June 2019, the summit met.', '2019-06-05', '2019-06-07', undefined, 'Between 5 and 7 June 2019'],
  ['From the 12th to the 16th of January, the fair ran.', '2018-01-12', '2018-01-16', undefined, 'From the 12th to the 16th of January'],
  ['From 12 to 16 January, the fair ran.', '2018-01-12', '2018-01-16', undefined, 'From 12 to 16 January'],
  ['From 30 March to 2 April, the fair ran.', '2018-03-30', '2018-04-02', undefined, 'From 30 March to 2 April'],
  ['On January 10, 2019, the office opened.', '2019-01-10', undefined, undefined, 'On January 10, 2019'],
  ['In January 2018, the office opened.', '2018-01', undefined, undefined, 'In January 2018'],
  ['From January to March, the program ran.', '2018-01', '2018-03', undefined, 'From January to March'],
  ['On June 5th and 6th, the board met.', '2018-06-05', '2018-06-06', undefined, 'On June 5th and 6th'],
  ['On Sept. 3, the school opened.', '2018-09-03', undefined, undefined, 'On Sept. 3'],
  ['2018-03-04: the school opened.', '2018-03-04', undefined, undefined, '2018-03-04'],
  ['In 2018, on January 10, the school opened.', '2018-01-10', undefined, undefined, 'on January 10'],
  ['Last weekend, the forum opened on May 5 in Beijing.', '2018-05-05', undefined, undefined, 'on May 5'],
  ['On 5th-7th June, the camp ran.', '2018-06-05', '2018-06-07', undefined, 'On 5th-7th June'],
  ['On May 30-June 2, the camp ran.', '2018-05-30', '2018-06-02', undefined, 'On May 30-June 2'],
  ['From 30th May to 2nd June 2019, the camp ran.', '2019-05-30', '2019-06-02', undefined, 'From 30th May to 2nd June 2019'],
  ['In late June 2017, the camp ran.', '2017-06', undefined, 'late', 'In late June 2017'],
  ['On 2 and 3 March, the board met.', '2018-03-02', '2018-03-03', undefined, 'On 2 and 3 March'],
  ['The 3rd Forum was held in Beijing from 10 to 12 May. It closed.', '2018-05-10', '2018-05-12', undefined, 'from 10 to 12 May'],
  ['BEIJING, May 5 (Xinhua) -- The forum opened.', '2018-05-05', undefined, undefined, 'May 5'],
  ['In the first week of June, the fair opened.', '2018-06', undefined, 'early', 'In the first week of June'],
  ['On May 5th, 6th and 7th, the fair was open.', '2018-05-05', '2018-05-07', undefined, 'On May 5th, 6th and 7th'],
  ['On the 5th and 6th of May, the fair was open.', '2018-05-05', '2018-05-06', undefined, 'On the 5th and 6th of May'],
  ['At 9 am on May 5, the fair opened.', '2018-05-05', undefined, undefined, 'on May 5'],
  ['On 31 May – 1 June, the fair was open.', '2018-05-31', '2018-06-01', undefined, 'On 31 May – 1 June'],
  ['Towards the end of May, the camp closed.', '2018-05', undefined, 'late', 'Towards the end of May'],
  ['The camp closed toward the end of May. Then it rained.', '2018-05', undefined, 'late', 'toward the end of May'],
  ['On Friday 5 June, the fair opened.', '2018-06-05', undefined, undefined, 'On Friday 5 June'],
  ['June 5 through 7, the fair was open.', '2018-06-05', '2018-06-07', undefined, 'June 5 through 7'],
  ['Dec. 28, 2018 – Jan. 3, 2019, the camp ran.', '2018-12-28', '2019-01-03', undefined, 'Dec. 28, 2018 – Jan. 3, 2019'],
  ['January 10 – February 2, 2019, the fair ran.', '2019-01-10', '2019-02-02', undefined, 'January 10 – February 2, 2019'],
  ['During 19-28 July, the volunteers served.', '2018-07-19', '2018-07-28', undefined, 'During 19-28 July'],
  ['Throughout July, the volunteers served in Laos.', '2018-07', undefined, undefined, 'Throughout July'],
  ['1. On January 5, the forum opened.', '2018-01-05', undefined, undefined, 'On January 5'],
  ['• In February, the forum opened.', '2018-02', undefined, undefined, 'In February'],
  ['ON JANUARY 10, THE FORUM OPENED.', '2018-01-10', undefined, undefined, 'ON JANUARY 10'],
  ['On\u00a0January\u00a010, the forum opened.', '2018-01-10', undefined, undefined, 'On January 10'],
  ['On January\n10, the forum opened.', '2018-01-10', undefined, undefined, 'On January 10']
]

describe('readEventDate', () => {
  it('should take the range a later sentence states for the day of a news agency’s dateline, and only for a dateline', () => {
    const dated = (text: string) => readEventDate(text, {year: 2025})?.date
    expect(dated('DHAKA, July 23 (Alliance News) – BRAC opened a course in Dhaka. The course ran from July 23 to September 1. Nearly 90 women took part.')).toMatchObject({start: '2025-07-23', end: '2025-09-01'})
    expect(dated('WASHINGTON, D.C., November 22 (Alliance News) – Georgetown University held a forum that ran November 22-24.')).toMatchObject({start: '2025-11-22', end: '2025-11-24'})
    // A range that starts another day, or an item that opens with its own date, keeps the day.
    expect(dated('DHAKA, July 23 (Alliance News) – BRAC opened a course. The next one runs from August 2 to 9.')?.end).toBeUndefined()
    expect(dated('On July 23, BRAC opened a course. It ran from July 23 to September 1.')?.end).toBeUndefined()
  })

  for (const [text, start, end, part, wording] of table) {
    it(`should read ${JSON.stringify(text.slice(0, 48))}`, () => {
      const reading = readEventDate(text, {period})
      expect(reading?.date).toEqual({
        start,
        text: wording,
        ...(end === undefined ? {} : {end}),
        ...(part === undefined ? {} : {part})
      })
    })
  }

  it('should give a month precision to `In January, 13 young volunteers`, never day 13', () => {
    expect(readEventDate('In January, 13 young volunteers of the eighth group arrived.', {year: 2018})?.date?.start).toBe('2018-01')
  })

  it('should give a month precision to `In May 30 women tailors` (a count of people after the month), and keep `On May 5 young people`', () => {
    expect(readEventDate('In May 30 women tailors finished a course.', {year: 2023})?.date).toEqual({start: '2023-05', text: 'In May'})
    expect(readEventDate('In June 120 young volunteers came.', {year: 2023})?.date?.start).toBe('2023-06')
    expect(readEventDate('On May 5 young people gathered.', {year: 2023})?.date?.start).toBe('2023-05-05')
    expect(readEventDate('In May 30 the women met.', {year: 2023})?.date?.start).toBe('2023-05-30')
  })

  it('should give a month precision to a month before a thousands figure (`Early March, 30,000 masks`), never day 30', () => {
    expect(readEventDate('Early March, 30,000 masks were handed over.', {year: 2020})?.date).toEqual({start: '2020-03', part: 'early', text: 'Early March'})
    expect(readEventDate('In March, 1,200 volunteers were sent.', {year: 2020})?.date?.start).toBe('2020-03')
    expect(readEventDate('On June 17,2020 it opened.', {year: 2019})?.date?.start).toBe('2020-06-17')
  })

  it('should ignore a background date later in the paragraph', () => {
    const text =
      'In March, the Red Cross Society of China started the dispatching of the second medical team. In May 2017, the construction was finished.'
    expect(readEventDate(text, {period})?.date).toEqual({start: '2018-03', text: 'In March'})
  })

  it('should ignore a date later in the sentence after `since`', () => {
    expect(readEventDate('The network, active since May 5, 2017, met in Beijing.', {period})).toBeUndefined()
  })

  it('should not read a month name inside a name as a date', () => {
    expect(readEventDate('The May Fourth Youth Medal was awarded to volunteers.', {period})).toBeUndefined()
    expect(readEventDate('They may March together.', {period})).toBeUndefined()
  })

  it('should say whether the item opens with its date', () => {
    expect(readEventDate('On May 5, the forum opened.', {period})?.opening).toBe(true)
    expect(readEventDate('The forum opened on May 5.', {period})?.opening).toBe(false)
  })

  it('should say whether the year is stated in the item', () => {
    expect(readEventDate('On 13 June 2017, the center opened.', {period})?.yearStated).toBe(true)
    expect(readEventDate('On 13 June, the center opened.', {period})?.yearStated).toBe(false)
  })

  it('should take the year that puts the month inside a period across two years', () => {
    const winter = {start: '2018-07', end: '2019-06'}
    expect(readEventDate('On January 10, the forum opened.', {period: winter})?.date?.start).toBe('2019-01-10')
    expect(readEventDate('On November 10, the forum opened.', {period: winter})?.date?.start).toBe('2018-11-10')
  })

  it('should let `year` win over the period', () => {
    expect(readEventDate('On January 10, the forum opened.', {period, year: 2020})?.date?.start).toBe('2020-01-10')
  })

  it('should end a range that crosses New Year in the next year', () => {
    expect(readEventDate('From December 28 to January 3, the camp ran.', {year: 2018})?.date).toMatchObject({
      start: '2018-12-28',
      end: '2019-01-03'
    })
  })

  it('should start a range in the year before when only the end states one', () => {
    expect(readEventDate('From December 28 to January 3, 2019, the camp ran.', {})?.date).toMatchObject({
      start: '2018-12-28',
      end: '2019-01-03'
    })
  })

  it('should report a date that does not exist', () => {
    const reading = readEventDate('On February 30, the forum opened.', {year: 2018})
    expect(reading?.date).toBeNull()
    expect(reading?.problem?.ruleId).toBe('invalid-date')
  })

  it('should judge each day the same way however often it is asked (leap years, the end of a range)', () => {
    for (let round = 0; round < 2; round++) {
      expect(readEventDate('On February 29, the forum opened.', {year: 2020})?.date?.start).toBe('2020-02-29')
      expect(readEventDate('On February 29, the forum opened.', {year: 2019})?.problem?.reason).toContain('2019-02-29 does not exist')
      const range = readEventDate('From February 27 to 30, the camp ran.', {year: 2018})
      expect(range?.date).toBeNull()
      expect(range?.problem?.reason).toContain('2018-02-30 does not exist')
    }
  })

  it('should report a date whose year nothing states', () => {
    const reading = readEventDate('On January 10, the forum opened.')
    expect(reading?.date).toBeNull()
    expect(reading?.problem?.ruleId).toBe('missing-year')
    expect(readEventDate('On 13 June 2017, the center opened.')?.date?.start).toBe('2017-06-13')
  })

  it('should point at the wording of the date', () => {
    const text = 'A delegation visited SWF on March 21.'
    const reading = readEventDate(text, {period})!
    expect(text.slice(reading.offset, reading.offset + reading.length)).toBe('on March 21')
  })

  it('should return undefined for text without a date', () => {
    expect(readEventDate('The association held its annual meeting in Beijing.', {period})).toBeUndefined()
    expect(readEventDate('In 2018, the association grew.', {period})).toBeUndefined()
    expect(readEventDate('', {period})).toBeUndefined()
  })

  it('should throw a TypeError naming `readEventDate` when not given text', () => {
    expect(() => readEventDate(undefined as unknown as string)).toThrow(/`readEventDate`/)
  })

  it('should take a later date in a relative clause only when the sentence states no other', () => {
    const text = 'Eight classrooms, which were torn apart by a typhoon in December 2017, were handed back on March 13th after repairs.'
    expect(readEventDate(text, {period})?.date?.start).toBe('2018-03-13')
    expect(readEventDate('The school, which opened on March 3, hosted a fair.', {period})?.date?.start).toBe('2018-03-03')
  })

  it('should read two hyphens as one dash in a range (`13 -- 14 April 2024`, `May 22--24`)', () => {
    expect(readEventDate('13 -- 14 April 2024, the festival was held.', {year: 2024})?.date).toEqual({start: '2024-04-13', end: '2024-04-14', text: '13 -- 14 April 2024'})
    expect(readEventDate('On May 22--24, the forum met.', {year: 2024})?.date?.end).toBe('2024-05-24')
  })

  it('should read numeric dates written the European way: `10.01.2025`, `12.01. to 16.01.2025`, `13.-14.04.2025`, `03/2025`, `16. February`', () => {
    const read = (text: string) => readEventDate(text, {year: 2025})?.date
    expect(read('On 10.01.2025, the foundation met.')).toEqual({start: '2025-01-10', text: 'On 10.01.2025'})
    expect(read('From 12.01. to 16.01.2025, a course ran.')).toEqual({start: '2025-01-12', end: '2025-01-16', text: 'From 12.01. to 16.01.2025'})
    expect(read('From 23.01. to 01.03.2025, a school ran.')?.end).toBe('2025-03-01')
    expect(read('On 5–14.06.2025, a camp ran.')).toMatchObject({start: '2025-06-05', end: '2025-06-14'})
    expect(read('On 13.-14.04.2025, a forum met.')).toMatchObject({start: '2025-04-13', end: '2025-04-14'})
    expect(read('In 03/2025, the museum opened.')).toEqual({start: '2025-03', text: 'In 03/2025'})
    expect(read('On 16. February, a fair opened.')).toEqual({start: '2025-02-16', text: 'On 16. February'})
  })

  it('should read no date in decimals or amounts, nor a German ordinal in a sentence’s end', () => {
    const read = (text: string) => readEventDate(text, {year: 2025})?.date
    expect(read('The budget was 1.200 euros and 2.5 million tenge.')).toBeUndefined()
    // A day's period before a sentence's next word is the sentence's end, not a German ordinal.
    expect(read('The forum was held on August 20. The next one is planned.')?.text).toBe('on August 20')
  })

  it('should take the event’s date after a release’s dateline and its day, and the dateline’s day when the text states none', () => {
    const read = (text: string) => readEventDate(text, {year: 2025})?.date
    expect(read('ALMATY, Kazakhstan, Jan. 17, 2025 -- From January 12 to 16, the foundation held a course.')).toEqual({start: '2025-01-12', end: '2025-01-16', text: 'From January 12 to 16'})
    expect(read('DHAKA, Jan. 10 (Net News) -- In January, 40 volunteers met.')).toEqual({start: '2025-01', text: 'In January'})
    expect(read('NAIROBI, July 10 – The Kenya Red Cross held a drill.')).toEqual({start: '2025-07-10', text: 'July 10'})
  })

  it('should read slash dates day first (`On 10/01/2025,`, `From 12/01 to 16/01/2025,`), and no fraction', () => {
    const read = (text: string) => readEventDate(text, {year: 2025})?.date
    expect(read('On 10/01/2025, the network met.')).toEqual({start: '2025-01-10', text: 'On 10/01/2025'})
    expect(read('From 12/01 to 16/01/2025, a course ran.')).toEqual({start: '2025-01-12', end: '2025-01-16', text: 'From 12/01 to 16/01/2025'})
    expect(read('The ratio was 3/4 of the budget.')).toBeUndefined()
  })

  it('should read a range with a weekday in parentheses after each day (`From April 14 (Mon.) to 18 (Fri.)`)', () => {
    expect(readEventDate('From April 14 (Mon.) to 18 (Fri.), a course ran.', {year: 2025})?.date).toMatchObject({start: '2025-04-14', end: '2025-04-18'})
    expect(readEventDate('During August 19 (Tue.) and 28 (Thu.), a fair ran.', {year: 2025})?.date).toMatchObject({start: '2025-08-19', end: '2025-08-28'})
  })
})
