import {describe, expect, it} from 'vitest'
import type {Block} from './block.js'
import {continuesItem, joinBlocks, joinContinuations} from './join-continuations.js'
import {splitTextBlocks} from './split-text-blocks.js'

const block = (text: string): Block => ({text, offset: 0, length: text.length})

describe('continuesItem', () => {
  it('should read an undated paragraph that says the same event goes on as a continuation', () => {
    expect(continuesItem(block('The delegation also went to Osh, where it handed over 300 school bags.'))).toBe(true)
    expect(continuesItem(block('During the visit, Ms. Anna Lee met local teachers.'))).toBe(true)
    expect(continuesItem(block('Afterwards, the guests toured a dairy farm.'))).toBe(true)
    // A block quote under the item (Markdown, e-mail).
    expect(continuesItem(block('> “We will rebuild together,” said Ms. Ana Rokotuiveikau.'))).toBe(true)
    // A page's `<blockquote>` under the item, without a date of its own.
    expect(continuesItem({...block('“Twenty years ago there was water here; today there is a desert of salt.”'), quoted: true})).toBe(true)
    expect(continuesItem({...block('On May 5, the forum opened.'), quoted: true})).toBe(false)
  })

  it('should not read a dated paragraph or one without such an opening as a continuation', () => {
    expect(continuesItem(block('The delegation also visited Pakse on March 9 and opened a library.'))).toBe(false)
    expect(continuesItem(block('On March 9, the delegation also visited Pakse.'))).toBe(false)
    expect(continuesItem(block('The training was praised by the county.'))).toBe(false)
    expect(continuesItem(block('The delegation of Kenya Red Cross visited Kisumu.'))).toBe(false)
  })
})

describe('joinContinuations', () => {
  it('should join an item cut by a page break (text copied out of a PDF) as one exact source slice, the page’s lines marked', () => {
    const text = 'Title\n\nOn May 5, 85 delegates of municipal\n\nPage 2 of 5\n\n\fNews Bulletin 2025 H1\n\nemergency committees attended.\n\nOn May 6, it closed.\n'
    const blocks = joinContinuations(splitTextBlocks(text))
    expect(blocks.map((each) => each.text.replace(/\s+/g, ' '))).toEqual([
      'Title',
      'On May 5, 85 delegates of municipal Page 2 of 5 News Bulletin 2025 H1 emergency committees attended.',
      'On May 6, it closed.'
    ])
    const item = blocks[1]!
    expect(text.slice(item.offset, item.offset + item.length)).toBe(item.text)
    expect(item.furniture!.map(([start, end]) => item.text.slice(start, end).trim())).toEqual(['Page 2 of 5', 'News Bulletin 2025 H1'])
  })

  it('should take a page number between dashes for a page mark', () => {
    const text = 'Title\n\nOn May 5, 85 delegates of municipal\n\n                 - 3 -\n\nemergency committees attended.\n\nOn May 6, it closed.\n'
    const blocks = joinContinuations(splitTextBlocks(text))
    expect(blocks.map((each) => each.text.replace(/\s+/g, ' '))).toEqual([
      'Title',
      'On May 5, 85 delegates of municipal - 3 - emergency committees attended.',
      'On May 6, it closed.'
    ])
    expect(blocks[1]!.furniture!.map(([start, end]) => blocks[1]!.text.slice(start, end).trim())).toEqual(['- 3 -'])
  })

  it('should join an item whose rest opens in capitals after a page’s number, and a page’s lines inside either paragraph', () => {
    const capital = 'Title\n\nOn May 5, guests included Zhang Hong, Cultural\n\n                 - 1 -\n\nNews Bulletin 2020 H1\n\nCounsellor of the Embassy of China.\n\nOn May 6, it closed.\n'
    expect(joinContinuations(splitTextBlocks(capital)).map((each) => each.text.replace(/\s+/g, ' '))).toEqual([
      'Title',
      'On May 5, guests included Zhang Hong, Cultural - 1 - News Bulletin 2020 H1 Counsellor of the Embassy of China.',
      'On May 6, it closed.'
    ])
    // (The footer and the next page's header as the last lines of the item's paragraph.)
    const inside = 'Title\n\nOn May 18, it showed 120 relics and\nNews Bulletin 2020 H1          Page 2\nLatest News (2020.1-2020.6)\n\nartworks. It was online.\n'
    const joined = joinContinuations(splitTextBlocks(inside))
    expect(joined).toHaveLength(2)
    expect(joined[1]!.furniture!.map(([start, end]) => joined[1]!.text.slice(start, end).trim())).toEqual([
      'News Bulletin 2020 H1          Page 2\nLatest News (2020.1-2020.6)'
    ])
    // (The page's number closing the item's paragraph, the header opening its rest's.)
    const split = 'Title\n\nOn June 24, it was opened by Zhang Lei and Azamat\n                 - 3 -\n\nLatest News (2020.1-2020.6)\nDzhumabaev, President of KYLF.\n\nOn June 28, it closed.\n'
    const parts = joinContinuations(splitTextBlocks(split))
    expect(parts).toHaveLength(3)
    expect(parts[1]!.furniture!.map(([start, end]) => parts[1]!.text.slice(start, end).trim())).toEqual(['- 3 -', 'Latest News (2020.1-2020.6)'])
    // (A dated paragraph after a page's number is an item of its own.)
    const dated = joinContinuations(splitTextBlocks('Title\n\nOn May 5, guests included\n\n   - 1 -\n\nOn May 6, it closed.\n')).map((each) => each.text)
    expect([dated[1], dated.at(-1)]).toEqual(['On May 5, guests included', 'On May 6, it closed.'])
  })

  it('should join a story’s undated paragraphs under its own headline, up to the next heading, unless a heading heads two items', () => {
    const headed = 'Title\n\n## Caravan reaches Kayes\n\nFrom July 19 to 24, a caravan treated 2,300 patients in Kayes.\n\nMs. Aminata Traoré thanked the volunteers for their work.\n\n## Youth leaders meet\n\nOn July 8, the forum opened in Dakar.\n'
    expect(joinContinuations(splitTextBlocks(headed)).map((each) => each.text.replace(/\s+/g, ' '))).toEqual([
      'Title',
      'Caravan reaches Kayes',
      'From July 19 to 24, a caravan treated 2,300 patients in Kayes. Ms. Aminata Traoré thanked the volunteers for their work.',
      'Youth leaders meet',
      'On July 8, the forum opened in Dakar.'
    ])
    // (Under a heading that heads several dated items, an undated paragraph stays apart.)
    const grouped = 'Title\n\n## Culture\n\nOn May 5, the fair opened.\n\nOn May 9, the week closed.\n\n## Health\n\nOn June 1, a clinic opened.\n\nThe staff thanked the donors for their gifts.\n'
    expect(joinContinuations(splitTextBlocks(grouped)).map((each) => each.text)).toContain('The staff thanked the donors for their gifts.')
  })

  it('should join a list’s points that close with semicolons to the item that announces them, and keep joined furniture furniture', () => {
    const text = 'Title\n\nFrom 29 April to 8 May, a delegation made a study tour. The programme included:\n\nin Beijing, working meetings with CNIE;\n\nin Hangzhou, a seminar on e-commerce;\n\nin Yiwu, visits to markets.\n'
    expect(joinContinuations(splitTextBlocks(text))).toHaveLength(2)
    const furniture = joinBlocks({text: 'July 3, 2024 at 8:41 am', offset: 0, length: 23, chrome: true}, {text: 'Thank you!', offset: 30, length: 10, chrome: true})
    expect(furniture.chrome).toBe(true)
  })

  it('should join across a page’s lines only at a page mark (a page number or a form feed)', () => {
    const text = 'Title\n\nOn May 5, 85 delegates of municipal\n\nNews Bulletin 2025 H1\n\nemergency committees attended.\n'
    expect(joinContinuations(splitTextBlocks(text))).toHaveLength(4)
  })

  it('should not join across a heading an item that ends its sentence, nor a paragraph that opens in capitals', () => {
    const ended = joinContinuations(splitTextBlocks('Title\n\nOn May 5, the forum opened.\n\nOther news\n\nvolunteers cleaned the beach.\n'))
    expect(ended.map((each) => each.text)).toEqual(['Title', 'On May 5, the forum opened.', 'Other news', 'volunteers cleaned the beach.'])
    const capital = joinContinuations(splitTextBlocks('Title\n\nOn May 5, the forum opened in\n\nOther news\n\nVolunteers cleaned the beach.\n'))
    expect(capital).toHaveLength(4)
  })

  it('should join continuations to the dated item before them as one exact source slice, CRLF kept', () => {
    const text = 'Title\r\n\r\nOn May 5, a delegation visited Vientiane.\r\n\r\nThe delegation also went to Pakse.\r\n \r\nThe training was praised.\r\n'
    const blocks = joinContinuations(splitTextBlocks(text))
    expect(blocks.map((each) => each.text)).toEqual(['Title', 'On May 5, a delegation visited Vientiane.\r\n\r\nThe delegation also went to Pakse.', 'The training was praised.'])
    for (const each of blocks) expect(text.slice(each.offset, each.offset + each.length)).toBe(each.text)
  })

  it('should not join a continuation to an intro or a heading without a date', () => {
    const blocks = joinContinuations(splitTextBlocks('Our news\n\nThe network grew.\n\nThe delegation also went to Pakse.\n'))
    expect(blocks).toHaveLength(3)
  })

  it('should join HTML-like paragraphs with a blank line mapped to the end of the first', () => {
    const first: Block = {text: 'On May 5, it opened.', offset: 10, length: 30, sourceOffsets: Array.from({length: 20}, (_, index) => 13 + index)}
    const second: Block = {text: 'The visitors then left.', offset: 50, length: 30, sourceOffsets: Array.from({length: 23}, (_, index) => 53 + index)}
    const [joined] = joinContinuations([first, second])
    expect(joined).toMatchObject({text: 'On May 5, it opened.\n\nThe visitors then left.', offset: 10, length: 70})
    expect(joined!.sourceOffsets?.slice(19, 23)).toEqual([32, 40, 40, 53])
  })

  it('should join to a post its hashtags line, a quoted comment under it and its translation into Chinese', () => {
    const text = 'Title\n\nOn May 5, the caves of Dunhuang opened to forty students from many countries of the Silk Road and their teachers.\n#Heritage #SilkRoadFriends\n\n“These caves are a library of the whole Silk Road,” said Dr. Su Bomin.\n\n5月5日，敦煌石窟向来自丝绸之路沿线许多国家的四十名学生及其教师开放，学生们参观了壁画并学习了保护知识。\n\n点击关注\n'
    const blocks = joinContinuations(splitTextBlocks(text))
    expect(blocks.map((block) => block.text.slice(0, 12))).toEqual(['Title', 'On May 5, th', '点击关注'])
    expect(blocks[1]!.text).toContain('said Dr. Su Bomin.')
  })

  it('should join to an item its translation into Arabic or Russian, right-to-left marks first, but not a paragraph in Latin letters', () => {
    const text = 'Title\n\nOn January 10, Qatar Charity opened a school for 300 refugee children in Amman, Jordan.\n\n\u200Fفي 10 يناير، افتتحت قطر الخيرية مدرسة لثلاثمائة طفل لاجئ في عمّان، الأردن.\n\nOn January 12, a clinic opened in Osh, Kyrgyzstan.\n\n12 января в Оше, Кыргызстан, открылась клиника для детей из горных сёл.\n\nOn March 3, a camp opened in Bishkek.\n'
    const blocks = joinContinuations(splitTextBlocks(text))
    expect(blocks.map((block) => block.text.slice(0, 12))).toEqual(['Title', 'On January 1', 'On January 1', 'On March 3, '])
  })
})

describe('joinContinuations on lists, stories and dated headlines', () => {
  const join = (text: string) => joinContinuations(splitTextBlocks(text)).map((each) => each.text.replace(/\s+/g, ' '))

  it('should join the points an item announces with a colon, opening in lower case, to it', () => {
    expect(join('On June 30, the meeting agreed on two points:\n\n1) the forum will take place in Santiago on 18 November;\n2) news is due by January 15.')).toEqual([
      'On June 30, the meeting agreed on two points: 1) the forum will take place in Santiago on 18 November; 2) news is due by January 15.'
    ])
    expect(join('On June 30, the meeting agreed on two points.\n\nthe forum will take place in Santiago on 18 November.')).toHaveLength(2)
  })

  it('should keep a paragraph between dividers that group dated items, which dates an event of its own, out of the item before it', () => {
    const text = '---\n\nOn 3 October, the council met in Manila.\n\nOn 12 October, a forum opened in Cebu.\n\nA study visit to Hanoi from 23 to 27 October brought 15 teachers.\n\nThe visitors were welcomed by the mayor.\n\n---'
    expect(join(text)).toEqual([
      'On 3 October, the council met in Manila.',
      'On 12 October, a forum opened in Cebu.',
      'A study visit to Hanoi from 23 to 27 October brought 15 teachers. The visitors were welcomed by the mayor.'
    ])
    // (Between dividers around one story, its later paragraph goes on with it, whatever date it names.)
    expect(join('* * *\n\nOn January 10, the network opened a radio school in Suva.\n\nThe radio school will go on from mid June.\n\n* * *')).toHaveLength(1)
  })

  it('should read the undated paragraphs under a headline that states its place and date as its story, up to the next heading', () => {
    const text = 'Mobile clinics reach villages (Lodwar, Kenya, 4–9 March 2024)\n\nTwo teams saw 1,840 patients.\n\nThe county thanked them.\n\nOn 12 March, a second team left.\n\nSchools reopen (Garissa, Kenya, April 2024)\n\nKits reached 2,500 pupils.'
    expect(join(text)).toEqual([
      'Mobile clinics reach villages (Lodwar, Kenya, 4–9 March 2024)',
      'Two teams saw 1,840 patients. The county thanked them.',
      'On 12 March, a second team left.',
      'Schools reopen (Garissa, Kenya, April 2024)',
      'Kits reached 2,500 pupils.'
    ])
  })
})
