import {describe, expect, it} from 'vitest'
import {extractFacts} from '@sironet/parse'

// Items written in the style of other organizations' bulletins, not taken from the fixture.
const read = (text: string) => extractFacts(text, {language: 'en'})

describe('extractFacts on items in the style of other bulletins', () => {
  it('should read a forum in a capital with a headcount, a theme and a speaker', () => {
    const facts = read(
      'On 16 November, the Third Asia-Pacific Youth Exchange Forum was held in Kuala Lumpur, Malaysia. Nearly 250 young people from 18 countries attended the forum, themed “Youth for a Shared Future”. Dato Lee Chong, Deputy Minister of Youth and Sports of Malaysia, addressed the opening ceremony.'
    )
    expect(facts.headline).toBe('Third Asia-Pacific Youth Exchange Forum')
    expect(facts.summary).toBe('The Third Asia-Pacific Youth Exchange Forum was held in Kuala Lumpur, Malaysia.')
    expect(facts.places).toEqual([{city: 'Kuala Lumpur', country: 'MY'}])
    expect(facts.participants).toEqual({value: 250, qualifier: 'nearly', text: 'Nearly 250 young people'})
    expect(facts.themes).toEqual(['Youth for a Shared Future'])
    expect(facts.people).toEqual([{name: 'Lee Chong', titles: ['Dato']}])
  })

  it('should read a delegation’s visit to two countries and the bodies it met', () => {
    const facts = read(
      'From March 3 to 9, a five-member delegation of the Kenya Red Cross Society headed by Secretary General Asha Mohammed visited Ethiopia and Uganda. The delegation met with officials of the African Union Commission and UNICEF.'
    )
    expect(facts.places).toEqual([{country: 'ET'}, {country: 'UG'}])
    expect(facts.participants).toMatchObject({value: 5, qualifier: 'exact'})
    expect(facts.organizations.map((org) => org.name)).toEqual(['Kenya Red Cross Society', 'African Union Commission', 'UNICEF'])
    expect(facts.people).toEqual([{name: 'Asha Mohammed', titles: ['Secretary General']}])
    expect(facts.tags).toEqual(['unicef', 'african-union'])
  })

  it('should read an exhibition co-organized by an embassy, with a mayor among the guests', () => {
    const facts = read(
      'On April 2, the Nepal-China Friendship Association and the Embassy of China in Nepal jointly organized a photo exhibition in Kathmandu. Over 300 guests were present, including Ram Sharma, Mayor of Kathmandu Metropolitan City.'
    )
    expect(facts.places).toEqual([{city: 'Kathmandu', country: 'NP'}])
    expect(facts.participants).toMatchObject({value: 300, qualifier: 'over'})
    expect(facts.organizations.map((org) => org.name)).toEqual(['Nepal-China Friendship Association', 'Embassy of China in Nepal'])
    expect(facts.people.map((person) => person.name)).toEqual(['Ram Sharma'])
  })

  it('should read volunteers arriving in a city with its country', () => {
    const facts = read(
      'In May, 20 volunteers of the Thai Volunteer Service Foundation arrived in Vientiane, Laos, to start a three-month teaching program under the Belt and Road initiative.'
    )
    expect(facts.places).toEqual([{city: 'Vientiane', country: 'LA'}])
    expect(facts.participants).toMatchObject({value: 20, qualifier: 'exact'})
    expect(facts.organizations.map((org) => org.name)).toEqual(['Thai Volunteer Service Foundation'])
    expect(facts.tags).toEqual(['belt-and-road'])
    expect(facts.headline.length).toBeLessThanOrEqual(140)
  })

  it('should read a conference of a ministry and a UN programme, with its theme in a later sentence', () => {
    const facts = read(
      'On June 12, the International Conference on Water Security organized by the Ministry of Water Resources of Pakistan and the United Nations Environment Programme (UNEP) opened in Islamabad. About 400 experts took part. The theme of the conference was “Water for Peace and Prosperity”.'
    )
    expect(facts.headline).toBe('International Conference on Water Security')
    expect(facts.places).toEqual([{city: 'Islamabad', country: 'PK'}])
    expect(facts.participants).toMatchObject({value: 400, qualifier: 'about'})
    expect(facts.themes).toEqual(['Water for Peace and Prosperity'])
    expect(facts.organizations).toEqual([
      {name: 'Ministry of Water Resources of Pakistan'},
      {name: 'United Nations Environment Programme', acronym: 'UNEP'}
    ])
  })

  it('should read a forum in a province’s capital with the region', () => {
    const facts = read(
      'On 24th June, the Mekong-Lancang Women’s Forum was staged in Kunming, Yunnan Province. Some 180 participants from Cambodia, Laos, Myanmar, Thailand and Vietnam shared experience on rural women’s entrepreneurship. The forum was supported by the Asian Development Bank (ADB).'
    )
    expect(facts.places).toEqual([{city: 'Kunming', country: 'CN', region: 'Yunnan Province'}])
    expect(facts.participants).toMatchObject({value: 180, qualifier: 'about'})
    expect(facts.organizations).toEqual([{name: 'Asian Development Bank', acronym: 'ADB'}])
  })

  it('should read a meeting of two universities', () => {
    const facts = read(
      'On March 13th, Professor Anna Kowalska, President of the University of Warsaw, met with a delegation of Peking University in Warsaw. The two universities signed a memorandum of understanding on student exchange.'
    )
    expect(facts.places).toEqual([{city: 'Warsaw', country: 'PL'}])
    expect(facts.participants).toBeNull()
    expect(facts.organizations.map((org) => org.name)).toEqual(['University of Warsaw', 'Peking University'])
    expect(facts.people.map((person) => person.name)).toEqual(['Anna Kowalska'])
  })

  it('should not count beneficiaries as participants', () => {
    const facts = read(
      'On January 8, the Bangladesh NGO Foundation donated 5,000 blankets to flood victims in Sylhet. The foundation has so far benefited over 2 million people in 64 districts.'
    )
    expect(facts.participants).toBeNull()
    expect(facts.organizations.map((org) => org.name)).toEqual(['Bangladesh NGO Foundation'])
  })

  it('should read an SCO forum with the theme under “Under the theme”', () => {
    const facts = read(
      'From November 15th to 16th, 2018, the 2018 SCO Think Tank Forum was held in Astana, Kazakhstan. More than 120 scholars and officials from SCO member states attended the forum. Under the theme “Deepening Regional Cooperation”, they discussed connectivity.'
    )
    expect(facts.headline).toBe('2018 SCO Think Tank Forum')
    expect(facts.summary).toBe('The 2018 SCO Think Tank Forum was held in Astana, Kazakhstan.')
    expect(facts.places).toEqual([{city: 'Astana', country: 'KZ'}])
    expect(facts.participants).toMatchObject({value: 120, qualifier: 'more-than'})
    expect(facts.themes).toEqual(['Deepening Regional Cooperation'])
    expect(facts.tags).toEqual(['sco'])
  })

  it('should not read the place of a background clause', () => {
    const facts = read(
      'In Early July, the China-Arab States Friendship Association held a reception in Cairo, capital of Egypt, for Egyptian students who had studied in China. Ahmed Hassan, Vice Chairman of the Egyptian Council for Foreign Affairs, attended.'
    )
    expect(facts.places).toEqual([{city: 'Cairo', country: 'EG'}])
    expect(facts.people).toEqual([{name: 'Ahmed Hassan', titles: ['Vice Chairman'], organization: 'Egyptian Council for Foreign Affairs'}])
  })

  it('should read an arts festival co-hosted by a ministry and a provincial government', () => {
    const facts = read(
      'On September 20, the opening ceremony of the Silk Road International Arts Festival was held in Xi’an. Nearly 1,000 artists from 30 countries and regions presented the ceremony. The festival was co-hosted by the Ministry of Culture and Tourism and the People’s Government of Shaanxi Province.'
    )
    expect(facts.places).toEqual([{city: 'Xi’an', country: 'CN'}])
    expect(facts.participants).toMatchObject({value: 1000, qualifier: 'nearly'})
    expect(facts.organizations.map((org) => org.name)).toEqual(['Ministry of Culture and Tourism', 'People’s Government of Shaanxi Province'])
    expect(facts.tags).toEqual(['silk-road'])
  })

  it('should read a seminar at a university as held in the university’s city', () => {
    const facts = read(
      'On August 5, the Korea Foundation and the Japan Foundation co-hosted a seminar on cultural diplomacy at Seoul National University. Kim Min-jun, Director of the Korea Foundation, chaired the seminar.'
    )
    expect(facts.places).toEqual([{city: 'Seoul', country: 'KR'}])
    expect(facts.organizations.map((org) => org.name)).toEqual(['Korea Foundation', 'Japan Foundation', 'Seoul National University'])
    expect(facts.people).toEqual([{name: 'Kim Min-jun', titles: ['Director'], organization: 'Korea Foundation'}])
  })

  it('should read the cities a delegation visited', () => {
    const facts = read(
      'On December 1, Brazilian NGO leaders visited Shanghai and Hangzhou at the invitation of the China NGO Network for International Exchanges. In Shanghai, they met with representatives of the Shanghai Charity Foundation.'
    )
    expect(facts.places).toEqual([
      {city: 'Shanghai', country: 'CN'},
      {city: 'Hangzhou', country: 'CN'}
    ])
    expect(facts.organizations.map((org) => org.name)).toEqual(['China NGO Network for International Exchanges', 'Shanghai Charity Foundation'])
  })

  it('should read a team size, a WHO workshop and a title before a name', () => {
    const facts = read(
      'On 10 May 2019, the World Health Organization (WHO) and the Red Crescent Society of Iran held a workshop on emergency care in Tehran. A 12-member team of Chinese doctors shared their experience. WHO Regional Director Ahmed Al-Mandhari addressed the workshop.'
    )
    expect(facts.places).toEqual([{city: 'Tehran', country: 'IR'}])
    expect(facts.participants).toMatchObject({value: 12, qualifier: 'exact'})
    expect(facts.organizations).toEqual([{name: 'World Health Organization', acronym: 'WHO'}, {name: 'Red Crescent Society of Iran'}])
    expect(facts.people.map((person) => person.name)).toEqual(['Ahmed Al-Mandhari'])
    expect(facts.tags).toEqual(['who'])
  })

  it('should read a city with its republic and country, and “with the participation of”', () => {
    const facts = read(
      'From October 2 to 6, the Third International Volunteer Forum took place in Kazan, Republic of Tatarstan, Russia, with the participation of 1,200 volunteers from 40 countries.'
    )
    expect(facts.headline).toBe('Third International Volunteer Forum')
    expect(facts.places).toEqual([{city: 'Kazan', country: 'RU', region: 'Tatarstan'}])
    expect(facts.participants).toMatchObject({value: 1200, qualifier: 'exact'})
  })

  it('should read the cities of a visit told with “witnessed … visiting”', () => {
    const facts = read(
      'Mid October witnessed a delegation of the Pakistan-China Institute led by Senator Mushahid Hussain Sayed visiting Urumqi and Kashgar in Xinjiang.'
    )
    expect(facts.places).toEqual([
      {city: 'Urumqi', country: 'CN'},
      {city: 'Kashgar', country: 'CN'}
    ])
    expect(facts.organizations.map((org) => org.name)).toEqual(['Pakistan-China Institute'])
    expect(facts.people).toEqual([{name: 'Mushahid Hussain Sayed', titles: ['Senator']}])
  })

  it('should give the same facts for the same text', () => {
    const text = 'On May 9, the Federation of Cyber Social Organizations of China was founded in Beijing.'
    expect(JSON.stringify(read(text))).toBe(JSON.stringify(read(text)))
  })

  it('should throw a TypeError naming the fix when called without text', () => {
    expect(() => extractFacts(undefined as unknown as string, {language: 'en'})).toThrow(/`extractFacts`.*string/)
  })

  it('should read a wire story’s dateline as the venue, and as no body, count or headline', () => {
    const facts = read('SANTA FE, N.M. — Twelve teachers from Quetzaltenango, Guatemala, visited bilingual schools in Santa Fe during February 19 and 28.')
    expect(facts.places).toEqual([{city: 'Santa Fe', country: 'US'}])
    expect(facts.organizations).toEqual([])
    expect(facts.participants).toMatchObject({value: 12, qualifier: 'exact'})
    expect(facts.headline.startsWith('Twelve teachers')).toBe(true)
  })

  it('should read full-width digits and marks as their ASCII forms, and no body in a fiscal year', () => {
    const facts = read('On May 3, a fair opened in Colombo，Sri Lanka, in FY2025. About １２０ guests attended.')
    expect(facts.places).toEqual([{city: 'Colombo', country: 'LK'}])
    expect(facts.participants).toMatchObject({value: 120, qualifier: 'about'})
    expect(facts.organizations).toEqual([])
    // (The headline keeps the text's own characters.)
    expect(facts.headline).toContain('Colombo，Sri Lanka')
  })
})
