import {describe, expect, it} from 'vitest'
import {validateBulletin, validateNewsItem} from '@sironet/model'
import {parseBulletin, rules} from '@sironet/parse'
import {VFile} from 'vfile'
import {fixtureText} from './helpers.js'

const parsed = parseBulletin(fixtureText, {source: 'fixtures/sironet-2018-h1.txt'})

function records(result: ReturnType<typeof parseBulletin>) {
  return result.items.map((item) => ({...item, source: undefined}))
}

describe('parseBulletin on the real bulletin', () => {
  it('should read the title and its period', () => {
    expect(parsed.bulletin.title).toBe('Latest News of SIRONET International Exchanges')
    expect(parsed.bulletin.period).toEqual({start: '2018-01', end: '2018-06'})
    expect(parsed.bulletin.id).toBe('sironet-2018-h1')
    expect(parsed.bulletin.language).toBe('en')
  })

  it('should keep the intro and leave the repeated heading out of the items', () => {
    expect(parsed.bulletin.intro).toMatch(/^In order to share the latest news/)
    expect(parsed.bulletin.intro).not.toContain('Latest News')
    expect(parsed.items.some((item) => item.body.startsWith('Latest News'))).toBe(false)
    expect(parsed.file.data.paragraphs?.map((paragraph) => paragraph.kind).slice(0, 4)).toEqual(['title', 'intro', 'heading', 'item'])
  })

  it('should give 74 items, the same array as `bulletin.items`', () => {
    expect(parsed.items).toHaveLength(74)
    expect(parsed.bulletin.items).toBe(parsed.items)
  })

  it('should point every item’s source at its exact text', () => {
    for (const item of parsed.items) {
      expect(fixtureText.slice(item.source.offset, item.source.offset + item.source.length)).toBe(item.body)
      const lines = fixtureText.slice(0, item.source.offset).split('\n')
      expect(item.source.line).toBe(lines.length)
      expect(item.source.column).toBe(lines.at(-1)!.length + 1)
      expect(item.source.bulletin).toBe('sironet-2018-h1')
    }
  })

  it('should account for every paragraph as title, intro, heading or item', () => {
    const paragraphs = fixtureText.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '')
    expect(parsed.file.data.paragraphs).toHaveLength(paragraphs.length)
    expect(parsed.file.data.paragraphs?.filter((paragraph) => paragraph.kind === 'item')).toHaveLength(74)
  })

  it('should give records valid under @sironet/model', () => {
    expect(validateBulletin(parsed.bulletin).issues).toEqual([])
    for (const item of parsed.items) expect(validateNewsItem(item).issues).toEqual([])
  })

  it('should give unique ids', () => {
    expect(new Set(parsed.items.map((item) => item.id)).size).toBe(74)
  })

  it('should report the unclosed quotation of the second item', () => {
    const second = parsed.items[1]!
    const quote = parsed.messages.find((message) => message.ruleId === 'unbalanced-quote')!
    expect(quote.place.start.line).toBe(second.source.line)
    const open = second.body.indexOf('“Gansu Study Group')
    expect(quote.place.start.column).toBe(second.source.column + open)
    expect(quote.severity).toBe('warning')
    expect(quote.note).toBe(rules['unbalanced-quote'].fix)
    expect(quote.url).toMatch(/#rule-unbalanced-quote$/)
  })

  it('should report the run-together words and the bad ordinals of the fixture', () => {
    const actual = (ruleId: string) => parsed.messages.filter((message) => message.ruleId === ruleId).map((message) => message.actual)
    expect(actual('run-together-words')).toEqual(
      expect.arrayContaining(['RussiaDunhuang', 'villagesimproving', 'meetingcoming', 'EraChallenges'])
    )
    expect(actual('bad-ordinal')).toEqual(['142th', '23th'])
  })

  it('should place each message on the text it is about', () => {
    const lines = fixtureText.split('\n')
    for (const message of parsed.messages.filter((message) => message.actual !== undefined)) {
      const {start, end} = message.place
      expect(start.line).toBe(end.line)
      expect(lines[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe(message.actual)
    }
  })

  it('should report nothing as an error on the real bulletin', () => {
    expect(parsed.messages.filter((message) => message.severity === 'error')).toEqual([])
    expect(parsed.messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })

  it('should write messages that read `line:column-line:column: reason`', () => {
    const file = parseBulletin(fixtureText).file
    expect(String(file.messages[0])).toMatch(/^14:232-14:233: Expected a closing `”`/)
  })

  it('should be deterministic', () => {
    const again = parseBulletin(fixtureText, {source: 'fixtures/sironet-2018-h1.txt'})
    expect(JSON.stringify({...again, file: undefined})).toBe(JSON.stringify({...parsed, file: undefined}))
  })
})

describe('parseBulletin inputs', () => {
  it('should read facts across words broken at a line end, as text copied out of a PDF has them, the body kept as written', () => {
    const {items} = parseBulletin('News (2025.1-2025.6)\n\nOn May 5, more than 120 community volun-\nteers met in Port-au-\nPrince, Haiti.\n')
    expect(items[0]!.body).toBe('On May 5, more than 120 community volun-\nteers met in Port-au-\nPrince, Haiti.')
    expect(items[0]!.participants).toMatchObject({value: 120, qualifier: 'more-than'})
    expect(items[0]!.places).toEqual([{city: 'Port-au-Prince', country: 'HT'}])
  })

  it('should read a Buffer like the string it encodes', () => {
    const fromBytes = parseBulletin(Buffer.from(fixtureText), {source: 'fixtures/sironet-2018-h1.txt'})
    expect(fromBytes.items).toEqual(parsed.items)
  })

  it('should read a VFile and put the records in `file.data`', () => {
    const file = new VFile({path: 'fixtures/sironet-2018-h1.txt', value: fixtureText})
    const result = parseBulletin(file)
    expect(result.file).toBe(file)
    expect(file.data.items).toEqual(parsed.items)
    expect(file.data.bulletin?.id).toBe('sironet-2018-h1')
    expect(file.messages.length).toBe(result.messages.length)
  })

  it('should give the same records for CRLF line endings, tabs, stray spaces and a BOM', () => {
    const messy = `\uFEFF${fixtureText.replace(/\n/g, '\r\n').replace(/\r\n\r\n\r\n/g, '\r\n \t\r\n\u00a0\r\n')}`
    const result = parseBulletin(messy, {source: 'fixtures/sironet-2018-h1.txt'})
    expect(records(result)).toEqual(records(parsed))
    for (const item of result.items) expect(messy.slice(item.source.offset, item.source.offset + item.source.length)).toBe(item.body)
    const bytes = parseBulletin(Buffer.from(messy), {source: 'fixtures/sironet-2018-h1.txt'})
    expect(records(bytes)).toEqual(records(parsed))
  })

  it('should read paragraphs that are one line each, without blank lines', () => {
    const compact = fixtureText.replace(/\n\s*\n/g, '\n')
    expect(records(parseBulletin(compact, {source: 'fixtures/sironet-2018-h1.txt'}))).toEqual(records(parsed))
  })

  it('should keep a hard-wrapped paragraph together', () => {
    const text = [
      'News of Members (2019.1-2019.6)',
      '',
      'On March 3, the Association held its annual meeting in Beijing. More',
      'than 100 people attended the meeting, which was chaired by its',
      'president.',
      '',
      'On March 5, the Association visited Rome.'
    ].join('\n')
    const {items} = parseBulletin(text)
    expect(items.map((item) => item.date?.start)).toEqual(['2019-03-03', '2019-03-05'])
    expect(items[0]!.body).toContain('\nthan 100 people')
  })

  it('should take the year from the intro when the title states none', () => {
    const {items, messages} = parseBulletin('Member News\n\nThis bulletin reports the news of 2019 from our members.\n\nOn May 5, the forum opened.')
    expect(items.map((item) => item.date?.start)).toEqual(['2019-05-05'])
    expect(messages).toEqual([])
  })

  it('should take the year items state most often when nothing else states one', () => {
    const {items} = parseBulletin('Member News\n\nOn 3 May 2017, the forum opened.\n\nOn May 5, the board met.\n\nOn 6 June 2017, the fair closed.')
    expect(items.map((item) => item.date?.start)).toEqual(['2017-05-03', '2017-05-05', '2017-06-06'])
  })

  it('should report every undated year when nothing states one', () => {
    const {items, messages} = parseBulletin('Member News\n\nOn May 5, the board met.')
    expect(items[0]?.date).toBeNull()
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([['missing-year', 'error']])
  })

  it('should give an empty bulletin and a message for empty input', () => {
    const result = parseBulletin('')
    expect(result.items).toEqual([])
    expect(result.messages.map((message) => message.ruleId).sort()).toEqual(['empty-bulletin', 'missing-title'])
    expect(validateBulletin(result.bulletin).ok).toBe(true)
  })

  it('should read facts with the spaces run-together words miss, keeping the body and themes as written', () => {
    const text = 'News (2019.1-2019.6)\n\nLate May witnessed the opening of a handicraft course inSuva, Fiji, themed “Skills for the New EraWomen”.'
    const {items, messages} = parseBulletin(text)
    expect(items[0]?.places).toEqual([{city: 'Suva', country: 'FJ'}])
    expect(items[0]?.themes).toEqual(['Skills for the New EraWomen'])
    expect(items[0]?.body).toContain('inSuva')
    expect(messages.filter((message) => message.ruleId === 'run-together-words').map((message) => message.actual)).toEqual(['inSuva', 'EraWomen'])
  })

  it('should take the headline a bulletin gives each item, in text and in HTML', () => {
    const text = 'Partner Stories (2019.7-2019.12)\n\nSolar Lamps Reach 300 Homes in Pakokku\n\nOn July 10, the foundation handed over 300 solar lamps to homes in Pakokku, Myanmar.\n\nClean Water for Kassala Schools\n\nIn August, volunteers installed water tanks at ten schools in Kassala, Sudan.'
    const html = '<h1>Partner Stories (2019.7-2019.12)</h1><h3>Solar Lamps Reach 300 Homes in Pakokku</h3><p>On July 10, the foundation handed over 300 solar lamps to homes in Pakokku, Myanmar.</p><h3>Clean Water for Kassala Schools</h3><p>In August, volunteers installed water tanks at ten schools in Kassala, Sudan.</p>'
    for (const input of [text, html]) {
      const {items, messages} = parseBulletin(input)
      expect(items.map((item) => item.headline)).toEqual(['Solar Lamps Reach 300 Homes in Pakokku', 'Clean Water for Kassala Schools'])
      expect(messages.filter((message) => message.ruleId === 'skipped-heading')).toEqual([])
    }
  })

  it('should report decoding problems of bytes as positioned messages', () => {
    const bytes = Buffer.concat([Buffer.from('Title (2018.1-2018.6)\n\nOn May 5, the caf'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' opened.\n')])
    const result = parseBulletin(bytes)
    expect(result.items).toHaveLength(1)
    expect(result.messages.some((message) => message.source === '@sironet/parse' && message.place.start.line >= 1)).toBe(true)
  })
})

describe('parseBulletin misuse', () => {
  it('should throw a TypeError naming `parseBulletin` without input', () => {
    expect(() => parseBulletin(undefined as unknown as string)).toThrow(/Cannot call `parseBulletin` without input\. Pass a string/)
  })

  it('should throw a TypeError for a number', () => {
    expect(() => parseBulletin(42 as unknown as string)).toThrow(TypeError)
  })

  it('should throw a TypeError for bad options, saying the fix', () => {
    expect(() => parseBulletin('x', {year: 18})).toThrow(/`year`.*four-digit/)
    expect(() => parseBulletin('x', {language: 'not a language'})).toThrow(/`language`/)
    expect(() => parseBulletin('x', {format: 'pdf' as 'text'})).toThrow(/`format`/)
    expect(() => parseBulletin('x', 'en' as unknown as object)).toThrow(/options/)
  })

  it('should read facts from an item’s text with its mojibake mended, and count its quotation marks right', () => {
    const {items, messages} = parseBulletin('News (2024.1-2024.6)\n\nOn May 5, a concert themed â€œOne Planet, One Futureâ€ was held in Vienna â€“ 300 people came.\n')
    expect(items[0]!.themes).toEqual(['One Planet, One Future'])
    expect(messages.filter((message) => message.ruleId === 'unbalanced-quote')).toEqual([])
    expect(messages.filter((message) => message.ruleId === 'mojibake').length).toBeGreaterThan(0)
  })

  it('should read a period line under the title as no date heading: the intro stays the intro', () => {
    const {bulletin, items} = parseBulletin('Annual Review 2023 — Friendship Network\n\nJanuary–December 2023\n\nOur network links 214 members in 17 countries.\n\nChinese Classroom Opens\n\nOn the morning of Dec. 9th, a classroom opened in Lima, Peru.\n')
    expect(bulletin.intro).toBe('Our network links 214 members in 17 countries.')
    expect(items.map((item) => item.date?.start)).toEqual(['2023-12-09'])
  })

  it('should date an item without an opening date by a date in its own headline', () => {
    const {items} = parseBulletin('Alliance Bulletin (January–June 2024)\n\nNews of our members.\n\nWater School, 5 June\nOn June 5 to 14, a water school for members of water user associations from the Fergana Valley opened in Osh.\n\nYouth Forum in Almaty (12 May 2024)\nThe forum gathered more than 120 young leaders of women’s and youth groups from five countries in Almaty, Kazakhstan.\n')
    expect(items.map((item) => item.date && [item.date.start, item.date.end])).toEqual([['2024-06-05', '2024-06-14'], ['2024-05-12', undefined]])
    expect(items[1]!.headline).toBe('Youth Forum in Almaty (12 May 2024)')
  })

describe('parseBulletin on date lines over items', () => {
  it('should read a numeric date line with a place after a bar, or with a headline after a dash, as the heading of the item under it', () => {
    const source = [
      'Partner News (2025.1-2025.6)',
      'News of the partners.',
      '10.01.2025 | Istanbul\nOn January 10, the Turkish Red Crescent signed a protocol in Istanbul.',
      '19.02.2025 | Tashkent\nThe Uzbekistan Youth Union held a forum in Tashkent during February 19 and 28.',
      '16.02.2025 – Sewing Workshop for Refugee Women\nOn 16 February, a workshop opened in Dushanbe, Tajikistan.'
    ].join('\n\n')
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-01-10', '2025-02-19', '2025-02-16'])
    expect(items[1]!.organizations.map((org) => org.name)).toEqual(['Uzbekistan Youth Union'])
  })
})

describe('parseBulletin on press releases', () => {
  it('should read one item a release: its `Quote:` goes on with it, its `About …:` note and media contact are furniture', () => {
    const source = [
      'Member Press Releases, January–June 2025',
      'Compiled by the network.',
      'FOR IMMEDIATE RELEASE',
      'Winter Gallery Opens in Almaty',
      'ALMATY, Kazakhstan, Jan. 17, 2025 /Silk Road Culture Network/ -- From January 12 to 16, the Kazakhstan Silk Road Heritage Association held a course in Almaty.',
      'Quote: “Every thread crossed a desert,” said Mr. Yerlan Dzhaksybekov, Chairman of the association.',
      'About the Kazakhstan Silk Road Heritage Association: Founded in 2009, the association has 1,200 members in 14 regions.',
      'Media contact: Aigerim Sadykova, +7 727 000 0000, press@example.org',
      '###'
    ].join('\n\n')
    const {items} = parseBulletin(source)
    expect(items).toHaveLength(1)
    expect(items[0]!.date).toMatchObject({start: '2025-01-12', end: '2025-01-16'})
    expect(items[0]!.places).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Yerlan Dzhaksybekov'])
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['Silk Road Culture Network', 'Kazakhstan Silk Road Heritage Association'])
  })
})
})

describe('parseBulletin on reporting forms', () => {
  const bulletin = [
    'Partner Activity Log — 2025 H1',
    '',
    'Entries as the partners submitted them; dates are day/month/year.',
    '',
    'Regional Water Users’ Forum',
    'Date: 10/01/2025',
    'Venue: Almaty, Kazakhstan',
    'Organiser: Kazakhstan Water Partnership',
    'Participants: approx. 120',
    'Theme: Sharing Water Across Borders',
    'Contact person: Ms. Aigerim Bekova, Programme Officer',
    'Summary: Farmers’ groups and water user associations of three provinces met for two days, and Mr. Nurlan Seitkali, Chairman of the partnership, recalled that the forum was first held in 2016 in Shymkent.',
    '',
    'Youth Volunteer Orientation Day',
    'Date: 11 January 2025',
    'Summary: The Tashkent Youth Initiatives Centre welcomed new volunteers at its office in Tashkent, Uzbekistan. About 60 young people attended.',
    ''
  ].join('\n')

  it('should read each form as one item: its date field dates it, its name heads it, its fields and summary give its facts', () => {
    const {items, messages} = parseBulletin(bulletin)
    expect(items.map((item) => [item.headline, item.date?.start])).toEqual([
      ['Regional Water Users’ Forum', '2025-01-10'],
      ['Youth Volunteer Orientation Day', '2025-01-11']
    ])
    expect(items[0]!.places).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(items[0]!.participants).toMatchObject({value: 120, qualifier: 'about'})
    expect(items[0]!.themes).toEqual(['Sharing Water Across Borders'])
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['Kazakhstan Water Partnership'])
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Aigerim Bekova', 'Nurlan Seitkali'])
    expect(items[1]!.places).toEqual([{city: 'Tashkent', country: 'UZ'}])
    expect(items[1]!.participants).toMatchObject({value: 60, qualifier: 'about'})
    // Nothing is lost: each item's source is the whole form.
    expect(bulletin.slice(items[0]!.source.offset, items[0]!.source.offset + items[0]!.source.length)).toMatch(/^Regional Water[^]*Shymkent\.$/)
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })
})

describe('parseBulletin on a channel’s posts and a Markdown export', () => {
  it('should read a post of several long lines as one item, its emoji date line dating it and naming its venue', () => {
    const bulletin = [
      'Youth Channel — Digest January–June 2025',
      '',
      'All the posts of our channel, pasted for the half-year report.',
      '',
      '🗓 12–16 January · Bishkek',
      'On January 10, registration closed w/ 210 applications! The winter camp of the Kyrgyz Debate League (KDL) at the American University of Central Asia brought together 64 debaters 🗣',
      'Head coach Ms. Elnura Asanova: “the best camp since 2019!” And a big thanks to all our volunteers and friends who helped.',
      '#Debate #SilkRoadYouth',
      '',
      '📅 16 Feb 2025 | 📍 Tbilisi, Georgia',
      'On 16 February, the Georgian Esports Federation hosted the Caucasus Youth Esports Cup at Tbilisi State University 🎮 a squad from Baku won the trophy and went home happy.',
      '👥 over 300 players · 🌍 6 countries',
      ''
    ].join('\n')
    const {items} = parseBulletin(bulletin)
    expect(items.map((item) => [item.date?.start, item.date?.end])).toEqual([
      ['2025-01-12', '2025-01-16'],
      ['2025-02-16', undefined]
    ])
    expect(items.map((item) => item.places)).toEqual([[{city: 'Bishkek', country: 'KG'}], [{city: 'Tbilisi', country: 'GE'}]])
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Elnura Asanova'])
    expect(items[1]!.participants).toMatchObject({value: 300, qualifier: 'over'})
  })

  it('should take the text’s own date under a date line when the line’s day falls within it', () => {
    const bulletin = 'Partner News (2025.1-2025.6)\n\nNews of the partners 👋\n\n📅 26.05.2025 | Khiva\nLate May witnessed a five-member delegation visiting Khiva, Uzbekistan, to study drinking water projects 💧\n'
    expect(parseBulletin(bulletin).items.map((item) => item.date)).toMatchObject([{start: '2025-05', part: 'late'}])
  })

  it('should leave a Markdown summary table out of the items and read each numbered paragraph under its bold run-in heading', () => {
    const bulletin = [
      '# Partner Exchanges Report (2025.1-2025.6)',
      '',
      'The report of the foundation.',
      '',
      '| No. | Date | Activity | Venue |',
      '|---|---|---|---|',
      '| 1 | 7 Jan | Museum Mornings | Berlin, Germany |',
      '| 2 | 10 Jan | Winter School | Almaty, Kazakhstan |',
      '',
      '**1. Museum Mornings for Newcomer Families.** On the morning of Jan. 7th, the Berlin Museum Education Service opened free guided visits for refugee families in Berlin, Germany.',
      '',
      '**2. Winter School on Water Diplomacy.** On January 10, the Kazakh Youth Union opened a winter school in Almaty, Kazakhstan. About 120 students attended.',
      ''
    ].join('\n')
    const {items, messages} = parseBulletin(bulletin)
    expect(items.map((item) => [item.headline, item.date?.start])).toEqual([
      ['Museum Mornings for Newcomer Families', '2025-01-07'],
      ['Winter School on Water Diplomacy', '2025-01-10']
    ])
    expect(items.map((item) => item.places)).toEqual([[{city: 'Berlin', country: 'DE'}], [{city: 'Almaty', country: 'KZ'}]])
    expect(items[1]!.participants).toMatchObject({value: 120, qualifier: 'about'})
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })

  it('should report a Markdown table between items as skipped, its rows read as no items', () => {
    const bulletin = 'News (2025.1-2025.6)\n\nOur news.\n\nOn May 5, the forum opened in Osh, Kyrgyzstan.\n\n| Date | Venue |\n|---|---|\n| 5 May | Osh |\n| 9 May | Naryn |\n\nOn May 9, the camp opened in Naryn, Kyrgyzstan.\n'
    const {items, messages} = parseBulletin(bulletin)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-05-05', '2025-05-09'])
    expect(messages.filter((message) => message.ruleId === 'skipped-heading').map((message) => message.reason)).toEqual([
      'Unexpected table of 2 rows between items; its rows are not read as items'
    ])
  })
})

describe('parseBulletin on a newsletter of stories between separator lines', () => {
  it('should read each story as one item: its byline left out, its second paragraph and pull quote with it', () => {
    const bulletin = [
      'THE BRIDGE',
      'Newsletter of the Network, January–June 2025',
      '',
      '* * * * *',
      '',
      'YOUNG REPORTERS TRAIN IN SUVA',
      'By Jun Abellana',
      '',
      'On January 10, the network opened a radio school in Suva, Fiji. More than',
      '40 school leavers took part.',
      '',
      'The network’s 64 stations reach some 900,000 listeners, and the radio school',
      'will go on from mid June.',
      '',
      '“Radio is still the first voice a village hears.” — Josefa Waqairatu',
      '',
      '* * * * *',
      '',
      'FACT-CHECKERS OPEN A HELP DESK IN MANILA',
      '',
      'In January 11, the Philippine Community Radio Association opened a help desk in Manila.',
      ''
    ].join('\n')
    const {items} = parseBulletin(bulletin)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-01-10', '2025-01-11'])
    expect(items[0]!.body).toMatch(/^On January 10[^]*Josefa Waqairatu$/)
    expect(items[0]!.participants).toMatchObject({value: 40, qualifier: 'more-than'})
  })
})

describe('parseBulletin on a static site’s Markdown source', () => {
  const source = [
    '---\ntitle: "Exchanges Roundup, July–December 2024"\ndate: 2025-01-08\ntags: [exchanges, partners]\n---',
    'Our roundup of the half year, with the [Youth Centre](https://yc.kz) and others.',
    '## July',
    '### Summer school opens in Bakuriani',
    'On July 3, the [Caucasus Youth Learning Association](https://cyla.ge/en/) (CYLA) opened its summer school in Bakuriani, Georgia.[^1]',
    '---',
    'Students of the German club sang at a festival in Tbilisi on September 26, hosted by the [Tbilisi Youth Council](https://www.tyc.ge).',
    '_Compiled by the CYLI communications team. News for the next roundup: [info@cyli.ge](mailto:info@cyli.ge)._',
    '[^1]: The school has been held every year since 2015.'
  ].join('\n\n')
  const {bulletin, items, messages} = parseBulletin(source, {source: 'roundup.md'})

  it('should take the title and period from the front matter, and read the facts and headlines without links, heading marks or footnote marks', () => {
    expect(bulletin.title).toBe('Exchanges Roundup, July–December 2024')
    expect(bulletin.period).toEqual({start: '2024-07', end: '2024-12'})
    expect(items.map((item) => item.headline)[0]).toBe('Summer school opens in Bakuriani')
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['Caucasus Youth Learning Association'])
    expect(items[0]!.places).toEqual([{city: 'Bakuriani', country: 'GE'}])
    // The item's body is its exact Markdown source, as for every text input: nothing of it is lost.
    const {offset, length} = items[0]!.source!
    expect(items[0]!.body).toBe(source.slice(offset, offset + length))
    expect(items[0]!.body).toMatch(/^On July 3, the \[Caucasus .*\.\[\^1\]$/)
  })

  it('should read the front matter’s `---` lines as no separator: a later undated paragraph with a date of its own is an item', () => {
    expect(items).toHaveLength(2)
    expect(items[1]!.date?.start).toBe('2024-09-26')
    expect(items[1]!.organizations.map((org) => org.name)).toEqual(['Tbilisi Youth Council'])
  })

  it('should read the sign-off and the footnote as no items, and report them', () => {
    expect(items.some((item) => /Compiled|every year/.test(item.body))).toBe(false)
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toHaveLength(0)
  })
})

describe('parseBulletin on items that never open with their date', () => {
  it('should read every paragraph after the intro as an item, dated later in its first sentence, though a closing note follows', () => {
    const source = [
      'Partner News — First Half of 2022',
      'Dear partners, this issue collects the reports of our members.',
      'The Austrian Youth Exchange Council (AYEC) hosted a reception in Graz on 14 January. About 80 guests attended.',
      'A delegation of twelve Czech teachers travelled to Almaty from 3 to 7 February at the invitation of a school.',
      'Contributions for the next issue are welcome until 15 January 2023: news@example.org'
    ].join('\n\n')
    const {items} = parseBulletin(source)
    expect(items.map((item) => [item.date?.start, item.date?.end ?? null])).toEqual([
      ['2022-01-14', null],
      ['2022-02-03', '2022-02-07']
    ])
    expect(items[0]!.participants).toMatchObject({value: 80, qualifier: 'about'})
  })

  it('should date an item that opens with an earlier year’s background by the later sentence that opens with a date in the period', () => {
    const source = [
      'Latest News of SIRONET International Exchanges(2026.1-2026.6)',
      'The first half of the year saw many exchanges.',
      'In May 2024, the friendship clinic in Kampong Cham was completed. On March 5, a delegation revisited the clinic.',
      // (A later date outside the period leaves the opening date, and its message.)
      'In May 2024, the well in Kisumu was dug. On March 5, 2025, it was repaired.'
    ].join('\n\n')
    const {items, messages} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2026-03-05', '2024-05'])
    expect(messages.filter((message) => message.ruleId === 'date-outside-period')).toHaveLength(1)
  })
})

describe('parseBulletin on a chat’s export', () => {
  const source = [
    '02/01/2024, 10:03 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
    '02/01/2024, 10:11 - Nodira Yusupova: Dear all, please post your news for the bulletin January–June 2024 here',
    '02/01/2024, 10:14 - Dilshod Mirzaev: 👍👍',
    '09/01/2024, 18:42 - Malika Rashidova: Jan. 7th our volunteers from the Mehr-Shafqat Charitable Foundation (MSCF) visited the home for the elderly in Chirchiq.',
    'A team of 25 volunteers took part, led by our chairwoman.',
    '',
    'Big thanks to the supermarkets for the groceries!',
    '09/01/2024, 18:43 - Malika Rashidova: <Media omitted>',
    '15/03/2024, 09:00 - Jasur Tursunov: Sorry for posting so late. On 29 February the Kamalak Youth Initiatives Centre held a fair in Termez for 60 women.',
    '15/03/2024, 09:05 - Nodira Yusupova: Thank you!'
  ].join('\n')
  const {items, messages} = parseBulletin(source, {source: 'chat.txt'})

  it('should read each message with news as one item, without its timestamp and sender, its later lines with it', () => {
    expect(items.map((item) => item.date?.start)).toEqual(['2024-01-07', '2024-02-29'])
    expect(items[0]!.body).toMatch(/^Jan\. 7th our volunteers[^]*Big thanks to the supermarkets for the groceries!$/)
    expect(items[0]!.participants).toMatchObject({value: 25})
    expect(source.slice(items[1]!.source!.offset, items[1]!.source!.offset + items[1]!.source!.length)).toBe(items[1]!.body)
  })

  it('should report the group’s talk and the app’s lines as no items', () => {
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toHaveLength(0)
    const skipped = messages.filter((message) => message.ruleId === 'skipped-heading').map((message) => message.reason)
    expect(skipped.some((reason) => reason.includes('`<Media omitted>`'))).toBe(true)
    expect(skipped.some((reason) => reason.includes('`Thank you!`'))).toBe(true)
  })
})

describe('parseBulletin on a report’s title page', () => {
  it('should take the period from a line under a title that states none, and read an introduction under its heading as the intro', () => {
    const source = [
      '          MALAYSIAN ASSOCIATION FOR SILK ROAD FRIENDSHIP',
      '                HALF-YEARLY REPORT OF ACTIVITIES',
      '                   1 JULY - 31 DECEMBER 2020',
      '',
      'INTRODUCTION',
      '------------',
      '',
      'This report sums up our activities for the period 1 July to 31 December 2020, most of them online.',
      '',
      'DETAILS OF ACTIVITIES',
      '=====================',
      '',
      '1. On 8 July, MASFE held a youth dialogue online.',
      '',
      '2. From 14 to 16 July, about 40 volunteers handed out masks in Johor Bahru.'
    ].join('\n')
    const {bulletin, items} = parseBulletin(source)
    expect(bulletin.period).toEqual({start: '2020-07', end: '2020-12'})
    expect(bulletin.intro).toMatch(/^This report sums up/)
    expect(items.map((item) => item.date?.start)).toEqual(['2020-07-08', '2020-07-14'])
  })
})

describe('parseBulletin on the editors’ letter after the items', () => {
  it('should read a closing letter after the items as furniture, and an opening one as the intro', () => {
    const source = 'Partner News (2019.1-2019.6)\n\nDear partners, this issue collects the news of our members.\n\nOn May 5, the Union held a forum in Yerevan.\n\nDear friends, the Board of the Union thanks all member organizations for their work.'
    const {bulletin, items, messages} = parseBulletin(source)
    expect(bulletin.intro).toMatch(/^Dear partners/)
    expect(items).toHaveLength(1)
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toHaveLength(0)
  })
})

describe('parseBulletin on a file of two half-years', () => {
  it('should date the items of a later bulletin in the file by its own period, its intro no item', () => {
    const source = [
      'Latest News of SIRONET International Exchanges(2018.7-2018.12)',
      'The second half of the year saw many exchanges.',
      'On July 12, CNIE held a forum in Beijing.',
      'In December, a delegation visited Hanoi.',
      'Latest News of SIRONET International Exchanges(2019.1-2019.6)',
      'The first half of the year was busy too.',
      'On January 10, volunteers arrived in Kathmandu.',
      'Late May witnessed a fair in Yangon.'
    ].join('\n\n')
    const {bulletin, items, messages} = parseBulletin(source)
    expect(bulletin.period).toEqual({start: '2018-07', end: '2018-12'})
    expect(items.map((item) => item.date?.start)).toEqual(['2018-07-12', '2018-12', '2019-01-10', '2019-05'])
    expect(messages.filter((message) => message.ruleId === 'missing-date' || message.ruleId === 'date-outside-period')).toHaveLength(0)
  })

  it('should read a headline with a range of days across months as no later bulletin’s title', () => {
    const source = 'News (2024.1-2024.6)\n\nOn January 5, a forum opened in Almaty.\n\nWinter School in Bishkek, 23 January – 1 March 2024\n\nThirty-five teachers took part in the school in Bishkek.'
    expect(parseBulletin(source).items.map((item) => item.date?.start)).toEqual(['2024-01-05', '2024-01-23'])
  })
})

describe('parseBulletin on a JSON document of news', () => {
  it('should read each entry as an item: its date, place, headcount and headline from its fields, its body its report', () => {
    const json = JSON.stringify({
      title: 'Partner news, January–June 2020',
      items: [
        {date: '2020-01-08', title: 'Delegation visits the council', location: {city: 'Kuala Lumpur', country: 'Malaysia'}, participants: 5, body: 'A delegation of the Yunnan Youth Federation visited the council’s office and met its board.'},
        {date: null, title: 'Open house', location: null, participants: null, body: 'On February 1, about 200 guests attended the open house of the council, held in Ipoh.'}
      ]
    }, null, 2)
    const {bulletin, items} = parseBulletin(json, {source: 'news.json'})
    expect(bulletin.period).toEqual({start: '2020-01', end: '2020-06'})
    expect(items.map((item) => [item.date?.start, item.headline, item.places[0]?.city ?? null, item.participants?.value ?? null])).toEqual([
      ['2020-01-08', 'Delegation visits the council', 'Kuala Lumpur', 5],
      ['2020-02-01', 'Open house', 'Ipoh', 200]
    ])
    expect(items[0]!.body).toBe('A delegation of the Yunnan Youth Federation visited the council’s office and met its board.')
  })
})

describe('parseBulletin on Markdown with a summary and a headline over each story', () => {
  it('should read no item in a summary’s short lines, and a story under its headline over its paragraphs', () => {
    const text = [
      '# Youth Network — News, January–June 2024',
      'Welcome to our news page. Below are the exchanges our members organized in the first half of 2024.',
      '## Highlights',
      '- 15 exchange activities in 13 countries',
      '- In February, our first climate forum in Central Asia',
      '### Climate Forum in Almaty',
      '**28 February** — Nearly 200 young environmentalists gathered in Almaty, Kazakhstan, for a climate forum.',
      'The first edition of the forum took place in Bishkek in October 2021 with 80 participants.',
      '### Winter Camp in Harbin',
      '**12–16 February** — Thirty-two young volunteers took part in a winter camp in Harbin, China.'
    ].join('\n\n')
    const {items} = parseBulletin(text, {source: 'news.md'})
    expect(items.map((item) => [item.date?.start, item.places[0]?.city, item.participants?.value])).toEqual([
      ['2024-02-28', 'Almaty', 200],
      ['2024-02-12', 'Harbin', 32]
    ])
  })
})

