import {describe, expect, it} from 'vitest'
import {isFormLine, readFormRecord} from './read-form-record.js'

describe('readFormRecord', () => {
  it('should read an activity’s name and its labelled lines, the date read at the date field', () => {
    const text = 'Water Forum\nDate: 10/01/2025\nVenue: Almaty, Kazakhstan\nOrganizer(s): Kazakh Youth Union\nSummary: On January 10, farmers met.'
    const form = readFormRecord(text)!
    expect(form.name).toBe('Water Forum')
    expect(form.fields.map((field) => [field.kind, field.value])).toEqual([
      ['date', '10/01/2025'],
      ['place', 'Almaty, Kazakhstan'],
      ['organizations', 'Kazakh Youth Union'],
      ['narrative', 'On January 10, farmers met.']
    ])
    expect(text.slice(form.dateAt)).toMatch(/^10\/01\/2025/)
  })

  it('should read the date in the narrative when no field gives one, and a narrative over several lines', () => {
    const text = 'Open Day\nVenue: Osh\nSummary: In March, the centre opened.\nIt welcomed 40 guests.\nContact: Ms. Aida Bekova'
    const form = readFormRecord(text)!
    expect(text.slice(form.dateAt)).toMatch(/^In March/)
    expect(form.fields.find((field) => field.kind === 'narrative')!.value).toBe('In March, the centre opened.\nIt welcomed 40 guests.')
  })

  it('should read no form in a paragraph with fewer than two known labels, or in one line', () => {
    expect(readFormRecord('On May 5, the forum opened.\nTheme: water.')).toBeUndefined()
    expect(readFormRecord('Date: 10 May. Venue: Osh.')).toBeUndefined()
    expect(readFormRecord('Forum\nNote to editors: none\nPhoto: A. Bekov')).toBeUndefined()
  })

  it('should skip a labelled line whose label is unknown (`Venu:`, a typo) and a link', () => {
    const form = readFormRecord('Fair\nDate: April 2025\nVenu: Samarkand\nSee: https://example.org\nParticipants: 200')!
    expect(form.fields.map((field) => field.kind)).toEqual(['date', 'participants'])
  })
})

describe('isFormLine', () => {
  it('should tell a form’s labelled line with a known label', () => {
    expect(isFormLine('Participants: approx. 120')).toBe(true)
    expect(isFormLine('No. of participants: 45 (incl. 12 volunteers)')).toBe(true)
    expect(isFormLine('City/Country: Istanbul, Turkey')).toBe(true)
    expect(isFormLine('Quote: “We will come back.”')).toBe(false)
    expect(isFormLine('On January 10: a forum opened.')).toBe(false)
  })
})
