import {describe, expect, it} from 'vitest'
import {splitTextBlocks} from './split-text-blocks.js'

function texts(text: string): string[] {
  return splitTextBlocks(text).map((block) => block.text)
}

describe('splitTextBlocks', () => {
  it('should split on blank lines, white space and no-break spaces included', () => {
    expect(texts('A title\n\n  First one.\r\n \t\u00a0\r\nSecond one.\n')).toEqual(['A title', 'First one.', 'Second one.'])
  })

  it('should give each block’s exact source range', () => {
    const text = '\uFEFFTitle\r\n\r\n  On May 5, it opened.  \r\n'
    for (const block of splitTextBlocks(text)) expect(text.slice(block.offset, block.offset + block.length)).toBe(block.text)
  })

  it('should split long single-line paragraphs on single line breaks', () => {
    const long = 'x'.repeat(150)
    expect(texts(`Title of the news\nOn May 5, ${long}.\nOn May 6, ${long}.`)).toHaveLength(3)
  })

  it('should keep hard-wrapped lines together unless a dated line follows a sentence end', () => {
    const text = 'On May 5, the forum opened in\nBeijing. It was a success and\nMay 6 was the last day.\nOn May 7, the board met.'
    expect(texts(text)).toEqual(['On May 5, the forum opened in\nBeijing. It was a success and\nMay 6 was the last day.', 'On May 7, the board met.'])
  })

  it('should leave list markers out of paragraphs and their source ranges', () => {
    const text = 'Title\n\n1. On May 5, the forum opened.\n2) On May 6, it closed.\n\n  • On May 7, the board met.'
    const blocks = splitTextBlocks(text)
    expect(blocks.map((block) => block.text)).toEqual(['Title', 'On May 5, the forum opened.', 'On May 6, it closed.', 'On May 7, the board met.'])
    for (const block of blocks) expect(text.slice(block.offset, block.offset + block.length)).toBe(block.text)
  })

  it('should split hard-wrapped numbered items where the next number opens a dated line', () => {
    const text = 'On May 5, the forum opened in\nBeijing.\n2. On May 7, the board\nmet in Xi’an.'
    expect(texts(text)).toEqual(['On May 5, the forum opened in\nBeijing.', 'On May 7, the board\nmet in Xi’an.'])
  })

  it('should split hard-wrapped numbered items where the next number opens an undated line after a sentence end', () => {
    const text = '3. On May 5, the forum opened in\n   Beijing.\n4. The Mekong Institute ran a\n   course in Chiang Mai during May 9 and 12.\n5. He said the\n   6. edition is next.'
    expect(texts(text)).toEqual(['On May 5, the forum opened in\n   Beijing.', 'The Mekong Institute ran a\n   course in Chiang Mai during May 9 and 12.', 'He said the\n   6. edition is next.'])
  })

  it('should give nothing for white space only', () => {
    expect(splitTextBlocks(' \n\t\r\n\u00a0')).toEqual([])
  })

  it('should keep a hard-wrapped item whole among one-line items without blank lines', () => {
    const long = 'In July 11, the foundation handed over 2,000 boxes of supplies to the Nepal Red Cross Society in Kathmandu, Nepal, and 40 volunteers helped.'
    const text = `${long}\nFrom July 12 to 16, the Silk Road Youth Camp co-organized by All-China\nYouth Federation (ACYF) was held in\nXi’an. Centering on\nthe theme “Youth Bridges”, 36 students took\npart.\n${long.replace('11', '20')}\n`
    expect(splitTextBlocks(text).map((block) => block.text.slice(0, 20))).toEqual(['In July 11, the foun', 'From July 12 to 16, ', 'In July 20, the foun'])
  })

  it('should still end a paragraph at a short heading line among one-line items', () => {
    const text = 'On May 5, the forum opened in Beijing and 40 people from many countries came to see it and talk about it.\nOther News\nOn May 9, the camp opened in Xi’an and 30 students from many countries came to learn and to play.\n'
    expect(splitTextBlocks(text).map((block) => block.text)).toHaveLength(3)
  })

  it('should set paragraphs apart at a line of one mark repeated, as at a blank line', () => {
    expect(texts('On May 5, the forum opened.\n------------------------------\n📌 POST 2\nThe camp opened in Xi’an.\n* * *\nOn May 9, it closed.')).toEqual([
      'On May 5, the forum opened.',
      '📌 POST 2\nThe camp opened in Xi’an.',
      'On May 9, it closed.'
    ])
  })

  it('should end a headline in capitals and a byline as lines of their own, and tell each paragraph its story between separator lines', () => {
    const text = 'News\n\n* * *\n\nYOUNG REPORTERS TRAIN IN SUVA\nA radio school opens\nBy Mele Tupou\n\nOn January 10, a radio school opened in Suva.\n\nThe network has 64 stations.\n\n* * *\n\nOn May 5, a forum opened in Apia.\n'
    const blocks = splitTextBlocks(text)
    expect(blocks.map((block) => [block.text, block.section])).toEqual([
      ['News', undefined],
      ['YOUNG REPORTERS TRAIN IN SUVA', 1],
      ['A radio school opens', 1],
      ['By Mele Tupou', 1],
      ['On January 10, a radio school opened in Suva.', 1],
      ['The network has 64 stations.', 1],
      ['On May 5, a forum opened in Apia.', 2]
    ])
  })
})

describe('splitTextBlocks on paragraphs set apart by a first-line indent', () => {
  it('should open a paragraph at each indented line after an unindented one, and keep a centred line and a heading apart', () => {
    const text = [
      '                    PARTNER BULLETIN No. 1/2019',
      '     The Union unites 38 organizations. This bulletin tells of the',
      'first half of 2019.',
      'I. INTERNATIONAL VISITS',
      '     On January 17, 2019, a delegation of the Union paid a visit to',
      'Beijing. It met the Network.',
      '     From 28 January to 2 February, a group of 12 women visited Yerevan',
      'and Gyumri; the May 2019 edition of the',
      'newsletter told of it.'
    ].join('\n')
    expect(texts(text).map((paragraph) => paragraph.replace(/\s+/g, ' '))).toEqual([
      'PARTNER BULLETIN No. 1/2019',
      'The Union unites 38 organizations. This bulletin tells of the first half of 2019.',
      'I. INTERNATIONAL VISITS',
      'On January 17, 2019, a delegation of the Union paid a visit to Beijing. It met the Network.',
      'From 28 January to 2 February, a group of 12 women visited Yerevan and Gyumri; the May 2019 edition of the newsletter told of it.'
    ])
  })

  it('should not split a list indented under its item, nor items with a hanging indent', () => {
    expect(texts('They admitted three members:\n  \\item Khujand State University;\n  \\item Osh State University.\nThe Assembly closed.')).toHaveLength(1)
    expect(texts('1. On May 5, the forum opened in Suva. About 60 people\n   took part.\n2. On May 6, it closed.')).toHaveLength(2)
  })
})

describe('splitTextBlocks on a spreadsheet’s rows', () => {
  it('should read each row of a sheet pasted with tabs as a paragraph of its own, its header as furniture', () => {
    const text = 'Activity log 2025 H1\nDate\tCity\tCountry\tActivity\n7 Jan 2025\tSuva\tFiji\tOn January 7, volunteers cleaned the beach.\n10 Jan 2025\tApia\tSamoa\tOn January 10, a dialogue was held.'
    const blocks = splitTextBlocks(text)
    expect(blocks.map((block) => [block.text, block.tag ?? null, block.columns ? 'row' : null])).toEqual([
      ['Activity log 2025 H1', null, null],
      ['Date\tCity\tCountry\tActivity', 'heading', null],
      ['7 Jan 2025\tSuva\tFiji\tOn January 7, volunteers cleaned the beach.', null, 'row'],
      ['10 Jan 2025\tApia\tSamoa\tOn January 10, a dialogue was held.', null, 'row']
    ])
  })

  it('should read a `.csv` row over the lines, blank ones too, that a quoted cell spans', () => {
    const text = 'Date,City,Description\n2024-07-05,Lima,"On 5 July, a forum opened.\n\nIt closed on 6 July."\n2024-07-08,Cusco,"On 8 July, a camp opened."'
    expect(splitTextBlocks(text).filter((block) => block.columns).map((block) => block.text)).toEqual([
      '2024-07-05,Lima,"On 5 July, a forum opened.\n\nIt closed on 6 July."',
      '2024-07-08,Cusco,"On 8 July, a camp opened."'
    ])
  })

  it('should end a row of a table aligned with spaces at a blank line, a `"` in it no open quotation', () => {
    const text = [
      'Date          City/Country        Activity                         Participants',
      '',
      '12 Mar 2024   Almaty, Kazakhstan  Forum on the 5" tablet donation  40',
      '',
      '14 Mar 2024   Bishkek             Youth camp opens                 30',
      '',
      'After the table, a paragraph of prose that tells what else happened in March.'
    ].join('\n')
    expect(splitTextBlocks(text).map((block) => [block.text.slice(0, 30), block.columns ? 'row' : null])).toEqual([
      ['Date          City/Country    ', null],
      ['12 Mar 2024   Almaty, Kazakhst', 'row'],
      ['14 Mar 2024   Bishkek         ', 'row'],
      ['After the table, a paragraph o', null]
    ])
  })
  it('should read a forwarded e-mail’s quoted message without its quotation marks, each paragraph mapped to its source', () => {
    const text = 'Hi all, FYI.\n\n---------- Forwarded message ---------\nFrom: Secretariat <s@x.org>\n\n> NEWS, July–December 2019\n>\n> On July 10, the forum opened\n> in Tbilisi.\n>\n> On July 12, it closed.\n'
    const blocks = splitTextBlocks(text)
    expect(blocks.slice(-3).map((block) => block.text)).toEqual(['NEWS, July–December 2019', 'On July 10, the forum opened\nin Tbilisi.', 'On July 12, it closed.'])
    const item = blocks.at(-2)!
    expect(item.sourceOffsets!.map((offset) => text[offset]).join('')).toBe('On July 10, the forum opened\nin Tbilisi.')
    // (Without a forwarded message's marker, quoted lines stay as they are: an e-mail's quoted reply.)
    expect(splitTextBlocks('Thanks!\n\n> On July 10, the forum opened\n> in Tbilisi.\n').at(-1)!.text).toBe('> On July 10, the forum opened\n> in Tbilisi.')
  })
})
