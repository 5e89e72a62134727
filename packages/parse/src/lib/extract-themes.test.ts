import {describe, expect, it} from 'vitest'
import {extractThemes} from './extract-themes.js'

describe('extractThemes', () => {
  it('should read a theme after a colon with a space before it, as French writes it', () => {
    expect(extractThemes('The theme was : “Skills for Tomorrow”.')).toEqual(['Skills for Tomorrow'])
  })

  it('should read the quoted text after each theme wording, verbatim', () => {
    expect(extractThemes('the forum themed “new start, new opportunities” was staged.')).toEqual(['new start, new opportunities'])
    expect(extractThemes('The theme of the forum was “unite the force of women”.')).toEqual(['unite the force of women'])
    expect(extractThemes('With the theme of “New Era, New Silk Road”, the forum opened.')).toEqual(['New Era, New Silk Road'])
    expect(extractThemes('Centering on the theme of “innovation and connectivity”, they talked.')).toEqual(['innovation and connectivity'])
    expect(extractThemes('Under the theme "Deepening Regional Cooperation", they discussed connectivity.')).toEqual(['Deepening Regional Cooperation'])
    expect(extractThemes('The theme of the conference was the “sustainable development of old towns”.')).toEqual(['sustainable development of old towns'])
  })

  it('should keep nested quotation marks inside a theme', () => {
    expect(extractThemes('The theme was “news cooperation under ‘Belt and Road’”.')).toEqual(['news cooperation under ‘Belt and Road’'])
  })

  it('should end a theme whose closing mark is missing at its parenthesis', () => {
    expect(extractThemes('the conference themed “IT and Law (2018 informationization of law) in Minsk, and more.')).toEqual([
      'IT and Law (2018 informationization of law)'
    ])
  })

  it('should not read other quoted names as themes', () => {
    expect(extractThemes('Both sides discussed the “Belt and Road” programs and the “Silk Road Friend” schools.')).toEqual([])
    expect(extractThemes('The theme of the forum was Belt and Road cooperation.')).toEqual([])
  })

  it('should read “The theme of this year’s forum is …”', () => {
    expect(extractThemes('The theme of this year’s forum is “Green Silk Road”.')).toEqual(['Green Silk Road'])
  })

  it('should read “themed as” and “with a theme of”', () => {
    expect(extractThemes('a forum themed as “Youth and Peace” opened.')).toEqual(['Youth and Peace'])
    expect(extractThemes('a forum with a theme of “Green Future” opened.')).toEqual(['Green Future'])
  })

  it('should find every cue, wherever its wording starts and however it is spaced', () => {
    expect(extractThemes('Under the theme "A", and, with the main theme of “B”, then theme: ‘C’ and Theme : \'D\'.')).toEqual(['A', 'B', 'C', 'D'])
    expect(extractThemes('centering\n  around   the    main theme of “E” while THE THEME WAS “F”.')).toEqual(['E', 'F'])
    expect(extractThemes('The themes “G” and pre-themed “H” and focusing on the theme “I (in Minsk) in Oslo.')).toEqual(['H', 'I (in Minsk)'])
    expect(extractThemes('The theme of the 2018 Youth Forum was “J”, themed as “K” — with a theme of “L”.')).toEqual(['J', 'K', 'L'])
  })

  it('should read a theme in guillemets or low-high quotation marks', () => {
    expect(extractThemes('The concert was themed «Songs of Slavic Brotherhood» and drew many.')).toEqual(['Songs of Slavic Brotherhood'])
    expect(extractThemes('Under the theme „Wasser für alle“, it opened.')).toEqual(['Wasser für alle'])
    expect(extractThemes('The theme was «Baikal Is Our Common Home. Volunteers came.')).toEqual(['Baikal Is Our Common Home'])
  })

  it('should end a theme whose closing mark is missing before a clause after a comma', () => {
    expect(extractThemes('The meeting themed “Bonds for the Belt and Road, more than 230 representatives attended.')).toEqual(['Bonds for the Belt and Road'])
    expect(extractThemes('The forum themed “Belt and Road, Bridge of Hearts opened.')).toEqual(['Belt and Road, Bridge of Hearts opened'])
  })

  it('should read a theme after a possessive (`The forum’s theme was`)', () => {
    expect(extractThemes('The forum’s theme was “Youth for Water, Water for Peace”.')).toEqual(['Youth for Water, Water for Peace'])
    expect(extractThemes('Its theme was “Water”.')).toEqual(['Water'])
  })

  it('should read a theme after `had the theme`, in corner brackets or book title marks, and cut an unclosed one only before a place', () => {
    expect(extractThemes('The drill, which had the theme “Know Your Shelter, Protect Your Life”, was held.')).toEqual(['Know Your Shelter, Protect Your Life'])
    expect(extractThemes('The class had a theme 「Teaching Peace in the Classroom」 this year.')).toEqual(['Teaching Peace in the Classroom'])
    expect(extractThemes('The fair was held with the theme 《Tea Roads》.')).toEqual(['Tea Roads'])
    expect(extractThemes('The opening had the theme “Invest in Women, Accelerate Progress. The forum went on.')).toEqual(['Invest in Women, Accelerate Progress'])
    expect(extractThemes('The camp themed “Clean Seas in Suva, Fiji, where 40 took part.')).toEqual(['Clean Seas'])
  })

  it('should end a theme without its closing mark before the sentence’s verb', () => {
    expect(extractThemes('The forum themed “Youth Power for Sustainable Development and South-South Cooperation was staged in Havana.')).toEqual([
      'Youth Power for Sustainable Development and South-South Cooperation'
    ])
  })
})

