import {describe, expect, it} from 'vitest'
import {readDateline} from './read-dateline.js'

describe('readDateline', () => {
  it('should read a wire story’s dateline: a city in capitals, maybe a state or country, then a dash', () => {
    expect(readDateline('SEATTLE — On May 22-24, the club met.')).toEqual({city: 'Seattle', country: 'US', end: 10})
    expect(readDateline('NAIROBI, Kenya — From January 12 to 16, …')).toEqual({city: 'Nairobi', country: 'KE', end: 17})
    // The state says the country, over the larger city of the name elsewhere.
    expect(readDateline('SANTA FE, N.M. — Twelve teachers visited.')).toEqual({city: 'Santa Fe', country: 'US', end: 17})
  })

  it('should read no dateline in an acronym, a dateline with its date, or an ordinary opening', () => {
    expect(readDateline('UNDP — The agency opened an office.')).toBeUndefined()
    expect(readDateline('On January 10, the Dialogue was staged.')).toBeUndefined()
  })

  it('should read a release’s dateline with its day and source before the dash', () => {
    expect(readDateline('NAIROBI, July 10 – The Kenya Red Cross met.')).toEqual({city: 'Nairobi', country: 'KE', end: 19})
    expect(readDateline("XI'AN, China, March 3, 2025 /Silk Road Culture Network/ -- The museum opened.")).toEqual({city: "Xi'an", country: 'CN', end: 59, source: 'Silk Road Culture Network'})
  })
})
