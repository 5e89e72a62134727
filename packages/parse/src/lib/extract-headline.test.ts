import {describe, expect, it} from 'vitest'
import {extractHeadline} from './extract-headline.js'
import {extractSummary} from './extract-summary.js'

describe('extractHeadline', () => {
  it('should name the event of “the … was staged in”', () => {
    expect(
      extractHeadline(
        'On January 10, the Dialogue between Parliament Speakers of North Europe and the Baltic Countries and Chinese Young Entrepreneurs was staged in Beijing. The Dialogue was presided by Wang Hongyan.'
      )
    ).toBe('Dialogue between Parliament Speakers of North Europe and the Baltic Countries and Chinese Young Entrepreneurs')
  })

  it('should leave out who organized the event and its theme', () => {
    expect(extractHeadline('On May 25 to 27, the 2018 World Manufacturing Convention jointly staged by the Ministry of Industry was held in Hefei.')).toBe(
      '2018 World Manufacturing Convention'
    )
    expect(extractHeadline('On April 23, the exchange camp themed “promote workers” was launched in Beijing.')).toBe('Exchange camp')
  })

  it('should read “April witnessed …” without the date', () => {
    expect(extractHeadline('April witnessed the China-US Young Scholars Dialogue organized by China Federation of Industrial Economics.')).toBe(
      'China-US Young Scholars Dialogue'
    )
  })

  it('should use the clause when an organization is the subject, without the aside on who helped', () => {
    expect(
      extractHeadline(
        'On March 11, China Ecological Civilization Research and Promotion Association, in cooperation with China-ASEAN Environmental Cooperation Center and China Environmental Protection Foundation, carried out exchanges in Laos.'
      )
    ).toBe('China Ecological Civilization Research and Promotion Association carried out exchanges in Laos')
  })

  it('should cut a long clause at a list or clause boundary within 140 characters', () => {
    const headline = extractHeadline(
      'On June 5, China Society for Human Rights Studies, the All-China Environment Federation and the China Foundation for Poverty Alleviation jointly visited Spain, Italy, Austria, Germany, France and Belgium to discuss cooperation.'
    )
    expect(headline.length).toBeLessThanOrEqual(140)
    expect(headline.startsWith('China Society for Human Rights Studies')).toBe(true)
    expect(headline).not.toMatch(/(?:\s(?:of|and|with|the)|,)$/)
  })
})

describe('extractHeadline after an opening date', () => {
  it('should leave out the whole date of a range, with a dash, colon or emphasis after it', () => {
    expect(extractHeadline('July 17–21 — The Youth Camp was held in Baguio.')).toBe('Youth Camp')
    expect(extractHeadline('**July 17–21** — The Youth Camp was held in Baguio.')).toBe('Youth Camp')
    expect(extractHeadline('July 19-23: the Youth Forum was held in Baguio.')).toBe('Youth Forum')
    expect(extractHeadline('28 February – 2 March 2024, the Youth Forum was held in Baguio.')).toBe('Youth Forum')
    expect(extractHeadline('**On December 18, 2023**, KBN marked the Day in Manila.')).toBe('KBN marked the Day in Manila')
  })
})

describe('extractSummary', () => {
  it('should give the first sentence without its date phrase, capitalized', () => {
    expect(extractSummary('On January 10, the Dialogue was staged in Beijing. More than 30 people attended.')).toBe('The Dialogue was staged in Beijing.')
    expect(extractSummary('On June, 17th, volunteers planted trees in Lusaka. It rained.')).toBe('Volunteers planted trees in Lusaka.')
    expect(extractSummary('From November 15th to 16th, 2018, the forum was held in Astana.')).toBe('The forum was held in Astana.')
  })

  it('should keep a sentence built on its date whole', () => {
    expect(extractSummary('Late May witnessed a young volunteer delegation visiting Nepal.')).toBe('Late May witnessed a young volunteer delegation visiting Nepal.')
  })

  it('should use the date range the caller gives', () => {
    expect(extractSummary('During July 19 and 28, the camp took place in Ulaanbaatar.', 21)).toBe('The camp took place in Ulaanbaatar.')
  })

  it('should cut the headline before a clause that says what followed', () => {
    expect(extractHeadline('On May 3, the Andean Youth Forum was held in Quito, Ecuador, attracting about 90 participants from six countries.')).toBe(
      'Andean Youth Forum'
    )
    expect(extractHeadline('On May 3, Fudan University hosted a seminar on ocean governance, which was attended by 40 scholars.')).toBe(
      'Fudan University hosted a seminar on ocean governance'
    )
  })

  it('should read “X opened a …” as a clause, not as an event that opened', () => {
    expect(extractHeadline('On May 3, the Ghana Red Cross Society opened a blood bank in Accra.')).toBe('Ghana Red Cross Society opened a blood bank in Accra')
  })

  it('should drop only the mark that ends the sentence, with a closing quote or parenthesis after it', () => {
    expect(extractHeadline('Volunteers from Kenya planted trees in Nairobi!” ')).toBe('Volunteers from Kenya planted trees in Nairobi')
    expect(extractHeadline('Volunteers from Kenya planted trees in Nairobi?) \n')).toBe('Volunteers from Kenya planted trees in Nairobi')
    expect(extractHeadline('Volunteers from Kenya planted trees in Nairobi..')).toBe('Volunteers from Kenya planted trees in Nairobi.')
    expect(extractHeadline('Volunteers from Kenya planted trees in Nairobi”.')).toBe('Volunteers from Kenya planted trees in Nairobi”')
  })
})
