import {describe, expect, it} from 'vitest'
import {recaseFamilyNames} from './recase-family-names.js'

const isGivenName = (word: string) => !['Road', 'Dakar'].includes(word)
const isTitle = (word: string) => ['Pr', 'Mme', 'M.', 'Mr', 'coordinator'].includes(word)
const isAcronym = (word: string) => word === 'MBE'
const words = {isGivenName, isTitle, isAcronym}

describe('recaseFamilyNames', () => {
  it('should write a family name in capitals after a title and given names in small letters, keeping every offset', () => {
    const text = 'Pr Moussa SARR and Mme Fatou Bintou NDIAYE handed the prizes.'
    const recased = recaseFamilyNames(text, words)
    expect(recased).toBe('Pr Moussa Sarr and Mme Fatou Bintou Ndiaye handed the prizes.')
    expect(recased).toHaveLength(text.length)
  })

  it('should take a title after the family name and its comma', () => {
    expect(recaseFamilyNames('The talk was given by Aminata DIALLO, coordinator of the network.', words)).toContain('Aminata Diallo,')
  })

  it('should leave acronyms alone: used as one in the text, after no title, or after a word that is no given name', () => {
    expect(recaseFamilyNames('Mr Amadou ROPPA spoke for the ROPPA.', words)).toContain('ROPPA spoke')
    expect(recaseFamilyNames('The Silk Road NGO Cooperation Network met.', words)).toContain('NGO')
    expect(recaseFamilyNames('Mme Dakar UCAD opened.', words)).toContain('UCAD')
    expect(recaseFamilyNames('Aminata DIALLO spoke.', words)).toContain('DIALLO')
    expect(recaseFamilyNames('Mr Tom Whitfield MBE spoke.', words)).toContain('MBE')
  })

describe('recaseFamilyNames with an apostrophe', () => {
  it('should recase a family name with an apostrophe after its first letter (`N’GUESSAN`)', () => {
    expect(recaseFamilyNames('Mme Adjoua N’GUESSAN spoke.', words)).toBe('Mme Adjoua N’guessan spoke.')
  })
})
})
