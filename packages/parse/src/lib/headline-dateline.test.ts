import {describe, expect, it} from 'vitest'
import {readHeadlineDateline} from './headline-dateline.js'

describe('readHeadlineDateline', () => {
  it('should read the place and date a headline’s closing parenthesis states', () => {
    expect(readHeadlineDateline('Mobile clinics reach remote villages (Lodwar, Kenya, 4–9 March 2024)')).toEqual({place: 'Lodwar, Kenya', date: '4–9 March 2024'})
    expect(readHeadlineDateline('Eye camp (Cox’s Bazar, Bangladesh, 28 February – 2 March 2024)')).toEqual({place: 'Cox’s Bazar, Bangladesh', date: '28 February – 2 March 2024'})
    // (A date with a comma of its own, a weekday, a month only, part of a month.)
    expect(readHeadlineDateline('Fair in Dhaka (Dhaka, Bangladesh, June 5, 2024)')).toEqual({place: 'Dhaka, Bangladesh', date: 'June 5, 2024'})
    expect(readHeadlineDateline('Training (Mombasa, Kenya, Thursday 11 April 2024)')?.date).toBe('Thursday 11 April 2024')
    expect(readHeadlineDateline('Workshop opens (Amman, Jordan, April 2024)')?.date).toBe('April 2024')
    expect(readHeadlineDateline('Kits for pupils (Garissa, Kenya, early February 2024)')?.date).toBe('early February 2024')
    expect(readHeadlineDateline('Youth forum (12 May 2024)')).toEqual({date: '12 May 2024'})
  })

  it('should read no dateline from a headline whose parenthesis holds no date at its end', () => {
    expect(readHeadlineDateline('Community health workers (CHWs) trained in maternal care')).toBeUndefined()
    expect(readHeadlineDateline('Forum of the Youth Union (YU)')).toBeUndefined()
    expect(readHeadlineDateline('Volunteers plant trees (Almaty, Kazakhstan)')).toBeUndefined()
    expect(readHeadlineDateline('Report (2024 figures and more)')).toBeUndefined()
  })
})

describe('readHeadlineDateline on a period', () => {
  it('should read no dateline from a section’s period of months, and one from an event’s days across months', () => {
    expect(readHeadlineDateline('Report on international exchanges (January–June 2022)')).toBeUndefined()
    expect(readHeadlineDateline('Eye camp (Cox’s Bazar, 28 February – 2 March 2024)')?.date).toBe('28 February – 2 March 2024')
  })
})
