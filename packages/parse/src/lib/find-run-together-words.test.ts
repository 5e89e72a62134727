import {describe, expect, it} from 'vitest'
import {findRunTogetherWords} from './find-run-together-words.js'

function found(text: string, language?: string): string[] {
  return findRunTogetherWords(text, language === undefined ? {} : {language}).map((issue) => `${issue.actual} → ${issue.expected?.[0]}`)
}

describe('findRunTogetherWords', () => {
  it('should find a capital inside a word', () => {
    expect(found('Gansu Peoples Chorus in RussiaDunhuang Theatre')).toEqual(['RussiaDunhuang → Russia Dunhuang'])
    expect(found('Relations in the New EraChallenges and Prospects')).toEqual(['EraChallenges → Era Challenges'])
    expect(found('the Silk Road on fingerInternational Forum')).toEqual(['fingerInternational → finger International'])
  })

  it('should find two English words written as one', () => {
    expect(found('from nine nearby villagesimproving their education')).toEqual(['villagesimproving → villages improving'])
    expect(found('73 guests presented the meetingcoming from departments')).toEqual(['meetingcoming → meeting coming'])
    expect(found('the delegation metwith officials')).toEqual([])
  })

  it('should find a quotation mark glued to a word', () => {
    expect(found('the “Cooperation Forum”a bilateral mechanism')).toEqual(['”a → ” a'])
    expect(found('under the“Belt and Road”')).toEqual(['e“ → e “'])
  })

  it('should leave names, brands, compounds, typos and addresses alone', () => {
    const text =
      'McDonald, MacArthur, WeChat, iPhone, eBay, LinkedIn, PhD, YouTube, PowerPoint, DeVos, NGOs, UNESCO, ' +
      'non-governmental, informationization, atttended, www.SironetNews.org, @SironetNews, G20Summit, People’s, denuclearization'
    expect(found(text)).toEqual([])
  })

  it('should check words only in English text', () => {
    expect(found('RussiaDunhuang villagesimproving', 'fr')).toEqual([])
  })

  it('should point at the whole run-together word', () => {
    const text = 'in RussiaDunhuang Theatre'
    const [issue] = findRunTogetherWords(text)
    expect(text.slice(issue!.start, issue!.end)).toBe('RussiaDunhuang')
  })

  it('should find words written together at either end of the text and next to each other', () => {
    expect(found('villagesimproving')).toEqual(['villagesimproving → villages improving'])
    expect(found('xx meetingcoming,villagesimproving;RussiaDunhuang')).toEqual([
      'meetingcoming → meeting coming',
      'villagesimproving → villages improving',
      'RussiaDunhuang → Russia Dunhuang'
    ])
    expect(found('abcdefg hijklmn a b c d e f g h')).toEqual([])
  })

  it('should find a preposition or article glued to the name after it, and no other short word', () => {
    expect(found('the training course inSuva, Fiji, opened')).toEqual(['inSuva → in Suva'])
    expect(found('a delegation went toBeijing')).toEqual(['toBeijing → to Beijing'])
    expect(found('the soPhisticated plan')).toEqual([])
  })

  it('should leave a name written with a capital inside each time it is written (`WaterAid … WaterAid’s`)', () => {
    expect(found('WaterAid handed over kiosks, and Mr Conteh, WaterAid’s manager, spoke.')).toEqual([])
    expect(found('WaterAid handed over kiosks in Freetown.')).toEqual(['WaterAid → Water Aid'])
  })

  it('should find `and` or `the` glued to a capitalized word, not names that end so', () => {
    expect(found('the Amity Foundationand Milica Petrović')).toEqual(['Foundationand → Foundation and'])
    expect(found('Greenland, Scotland, Marchand, Ferdinand and Newfoundland')).toEqual([])
  })

  it('should leave hashtags and handles alone', () => {
    expect(found('Follow #SilkRoadFriends and @ChinaNGONetwork for news.')).toEqual([])
  })

  it('should leave e-mail addresses and the field’s words the list lacks alone', () => {
    expect(found('To send your news, please write to secretaria@reladi.org.pe.')).toEqual([])
    expect(found('Workshops on peacebuilding and silverwork, with crowdfunding for the foodbank.')).toEqual([])
    // (A long word glued together is still found.)
    expect(found('from nine nearby villagesimproving their roads')).toHaveLength(1)
  })
})
