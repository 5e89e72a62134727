import {describe, expect, it} from 'vitest'
import {isOpenRow, readAlignedHeader, readTableHeader, readTableRow, splitTableRow} from './spreadsheet-rows.js'

describe('readTableHeader', () => {
  it('should read a header row of known columns, separated by tabs or commas', () => {
    expect(readTableHeader('Date\tCity\tCountry\tActivity\tPartners\tParticipants')).toEqual({
      kinds: ['date', 'place', 'place', 'narrative', 'organizations', 'participants'],
      separator: '\t'
    })
    expect(readTableHeader('Date,Venue,Organizations,Theme,Description,Notes')?.kinds).toEqual(['date', 'place', 'organizations', 'theme', 'narrative', 'narrative'])
  })

  it('should read no header from a sentence with commas or a row of values', () => {
    expect(readTableHeader('On May 5, the forum, the fair and the camp opened.')).toBeUndefined()
    expect(readTableHeader('7 Jan 2025\tSuva\tFiji\tA clean-up')).toBeUndefined()
  })
})

describe('splitTableRow and readTableRow', () => {
  it('should split a `.csv` row with quoted cells, commas and doubled quotes inside them', () => {
    const row = '2024-07-05,"Lima, Peru","On 5 July, the ""Andes Youth"" forum opened.",120'
    expect(splitTableRow(row, ',').map((cell) => cell.value)).toEqual(['2024-07-05', 'Lima, Peru', 'On 5 July, the ""Andes Youth"" forum opened.', '120'])
    expect(isOpenRow('2024-07-05,"Lima,')).toBe(true)
    expect(isOpenRow(row)).toBe(false)
  })

  it('should read a row as a form: the date cell where the date is read, the city and country one place', () => {
    const columns = readTableHeader('Date\tCity\tCountry\tActivity\tParticipants')!
    const row = '7 Jan 2025\tSuva\tFiji\tOn January 7, 150 volunteers cleaned the beach.\tabout 150'
    const form = readTableRow(row, columns)!
    expect(form.fields.map((field) => [field.kind, field.value])).toEqual([
      ['date', '7 Jan 2025'],
      ['place', 'Suva, Fiji'],
      ['narrative', 'On January 7, 150 volunteers cleaned the beach.'],
      ['participants', 'about 150']
    ])
    expect(form.dateAt).toBe(0)
    // (A date cell that reads as no date leaves the date to the report.)
    const undated = '2025-04\tAuckland\tNew Zealand\tApril witnessed a week of languages.\t'
    expect(readTableRow(undated, columns)!.dateAt).toBe(undated.indexOf('April'))
  })
})

describe('readTableHeader on `.csv` headers', () => {
  it('should read a header with a `No.` column, and no paragraph’s line with commas', () => {
    expect(readTableHeader('No.,Date,City,Country,Description')?.kinds).toEqual([undefined, 'date', 'place', 'place', 'narrative'])
    expect(readTableHeader('Date, City, Partners. The forum, the fair, the camp')).toBeUndefined()
  })
})

describe('readAlignedHeader and readTableRow on a table aligned with spaces', () => {
  const header = 'Date            City/Country          Activity                              Participants'
  it('should read the columns and where each starts', () => {
    expect(readAlignedHeader(header)).toEqual({kinds: ['date', 'place', 'narrative', 'participants'], separator: '', starts: [0, 16, 38, 76]})
    expect(readAlignedHeader('On May 5, the forum opened  in Almaty.')).toBeUndefined()
  })

  it('should put a cell wrapped inside its column together, over the row’s lines', () => {
    const columns = readAlignedHeader(header)!
    const row = [
      '12.01.2023      Samarkand,            Charity fair for children with        ~200',
      '                Uzbekistan            disabilities, opened by the mayor.'
    ].join('\n')
    const form = readTableRow(row, columns)!
    expect(form.fields.map((field) => [field.kind, field.value])).toEqual([
      ['date', '12.01.2023'],
      ['place', 'Samarkand, Uzbekistan'],
      ['narrative', 'Charity fair for children with disabilities, opened by the mayor.'],
      ['participants', '~200']
    ])
    expect(form.fields[2]!.joined).toBe(true)
    expect(form.dateAt).toBe(0)
  })
})

describe('readTableHeader on a form’s responses', () => {
  it('should read a form’s questions as columns by their words, and no paragraph’s line with commas', () => {
    const header = 'Timestamp,Email Address,Name of your organisation,Date(s) of the activity,City and country,Number of participants,Theme (if any),"Please describe the activity (what happened, who took part)",May we share your report?'
    expect(readTableHeader(header)?.kinds).toEqual([undefined, undefined, 'organizations', 'date', 'place', 'participants', 'theme', 'narrative', undefined])
    expect(readTableHeader('took place in Gothenburg, Sweden, under the theme “Learning Together')).toBeUndefined()
    expect(readTableHeader('On May 5, the partners met in the city, with the theme of peace')).toBeUndefined()
  })

  it('should read a cell’s doubled quotation marks as one, and an answer of none as no field', () => {
    const columns = readTableHeader('Date,City,Theme,Description')!
    const form = readTableRow('2023-03-12,Windhoek,"""Tea and Friendship""","On 12 March, a fair opened."', columns)!
    expect(form.fields.map((field) => [field.kind, field.value])).toEqual([
      ['date', '2023-03-12'],
      ['place', 'Windhoek'],
      ['theme', 'Tea and Friendship'],
      ['narrative', 'On 12 March, a fair opened.']
    ])
    expect(readTableRow('2023-03-12,Windhoek,N/A,A fair opened.', columns)!.fields.map((field) => field.kind)).toEqual(['date', 'place', 'narrative'])
  })
})
