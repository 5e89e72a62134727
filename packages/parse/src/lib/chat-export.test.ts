import {describe, expect, it} from 'vitest'
import type {Block} from './block.js'
import {findChatDateStart, isChatNews, readChatLine} from './chat-export.js'

const message = (text: string): Block => ({text, offset: 0, length: text.length, chat: 'message'})

describe('readChatLine', () => {
  it('should read a message’s timestamp and sender, as WhatsApp exports them on Android and on iOS', () => {
    expect(readChatLine('09/01/2024, 18:42 - Malika Rashidova: On 7 January we …')).toEqual({prefix: 38, kind: 'message'})
    expect(readChatLine('[09/01/2024, 18:42:07] Malika Rashidova: Thank you!')).toEqual({prefix: 41, kind: 'message'})
    expect(readChatLine('1/9/24, 6:42 PM - +998 93 517 24 60: Hello')).toEqual({prefix: 37, kind: 'message'})
  })

  it('should read a line the app wrote as a system line, and a line without a timestamp as none', () => {
    expect(readChatLine('02/01/2024, 10:03 - Nodira Yusupova created group "UCSP members – news 2024"')?.kind).toBe('system')
    expect(readChatLine('A team of 25 volunteers took part.')).toBeUndefined()
    // (A date line with a time but without the export's separator is no message.)
    expect(readChatLine('10.01.2025, 10:00 Opening: Mr. Ali Khan')).toBeUndefined()
  })
})

describe('isChatNews', () => {
  it('should read a message of some length with a date in its first sentences as news', () => {
    expect(isChatNews(message('Jan. 7th our volunteers from the Mehr-Shafqat Charitable Foundation visited the home for the elderly in Chirchiq with food parcels.'))).toBe(true)
    const late = 'Sorry for posting so late. On 29 February the Women’s Entrepreneurship Centre in Termez held a fair for 60 women.'
    expect(isChatNews(message(late))).toBe(true)
    expect(findChatDateStart(late)).toBe(late.indexOf('On 29'))
  })

  it('should read the group’s talk as no news', () => {
    expect(isChatNews(message('Great job! How much is it in dollars?'))).toBe(false)
    expect(isChatNews(message('Nodira opa, can we also post the New Year charity concert from 28 December?'))).toBe(false)
    expect(isChatNews(message('Thank you all for the news, dear friends, and please send the photos of the fair to me, not to the group, thanks again!'))).toBe(false)
  })
})
