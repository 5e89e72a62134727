import {describe, expect, it} from 'vitest'
import {extractFormFacts} from './extract-form-facts.js'
import {readFormRecord} from './read-form-record.js'

const factsOf = (text: string) => extractFormFacts(readFormRecord(text)!)

describe('extractFormFacts', () => {
  it('should read venues, the headcount, themes, bodies and people from the fields', () => {
    const facts = factsOf(
      'Forum\nDate: 10/01/2025\nVenue: Almaty, Kazakhstan\nOrganiser: Kazakhstan Water Partnership\nPartners: Aral Sea Basin NGO Coalition; UNDP (UNDP)\nParticipants: approx. 120\nTheme: Sharing Water Across Borders\nContact person: Ms. Aigerim Bekova, Programme Officer'
    )
    expect(facts.places).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(facts.participants).toMatchObject({value: 120, qualifier: 'about'})
    expect(facts.themes).toEqual(['Sharing Water Across Borders'])
    expect(facts.organizations.map((org) => org.name)).toEqual(['Kazakhstan Water Partnership', 'Aral Sea Basin NGO Coalition', 'UNDP'])
    expect(facts.people.map((person) => person.name)).toEqual(['Aigerim Bekova'])
  })

  it('should read countries visited, counts with notes, quoted and unclosed themes, and bodies joined by `and`', () => {
    const facts = factsOf(
      'Visit\nCity/Country: Kazakhstan and Kyrgyzstan\nNo. of participants: 35 (incl. 10 trainers)\nTheme: “Every Drop Counts\nOrganizer(s): Red Crescent Society of Turkmenistan and UNICEF\nContact: Daniyar Omarov'
    )
    expect(facts.places).toEqual([{country: 'KZ'}, {country: 'KG'}])
    expect(facts.participants).toMatchObject({value: 35, qualifier: 'exact'})
    expect(facts.themes).toEqual(['Every Drop Counts'])
    expect(facts.organizations.map((org) => org.name)).toEqual(['Red Crescent Society of Turkmenistan', 'UNICEF'])
    expect(facts.people).toEqual([{name: 'Daniyar Omarov'}])
  })

  it('should read no headcount from an empty or wordy `Participants:` field', () => {
    expect(factsOf('Fair\nDate: April 2025\nParticipants:\nVenue: Osh').participants).toBeNull()
    expect(factsOf('Fair\nDate: April 2025\nParticipants: farmers and traders').participants).toBeNull()
  })
})
