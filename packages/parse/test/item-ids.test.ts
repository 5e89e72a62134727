import {describe, expect, it} from 'vitest'
import {parseBulletin} from '@sironet/parse'
import {fixtureText} from './helpers.js'

const original = parseBulletin(fixtureText)
const ids = original.items.map((item) => item.id)

describe('item ids', () => {
  it('should be made of the date and key words of the item', () => {
    expect(ids[2]).toBe('2018-01-10-dialogue-parliament-speakers-north-europe')
    expect(ids[0]).toBe('2018-01-young-volunteers-eighth-group-chinese')
  })

  it('should be the same when the bulletin is parsed again', () => {
    expect(parseBulletin(fixtureText).items.map((item) => item.id)).toEqual(ids)
  })

  it('should not change when another item is edited, removed or moved', () => {
    const edited = fixtureText
      .replace('On January 10, the Dialogue between', 'On January 10, the big Dialogue between')
      .replace(/\n\nOn January 26, China Association for Friendship[^\n]*\n/, '\n')
    const after = parseBulletin(edited).items.map((item) => item.id)
    const changed = after.filter((id) => !ids.includes(id))
    expect(changed).toEqual(['2018-01-10-big-dialogue-parliament-speakers-north'])
    expect(after).toHaveLength(73)

    const paragraphs = fixtureText.split(/\n\s*\n/)
    const last = paragraphs.pop()!
    paragraphs.splice(5, 0, last)
    expect(new Set(parseBulletin(paragraphs.join('\n\n')).items.map((item) => item.id))).toEqual(new Set(ids))
  })

  it('should tell apart two items on the same day that open with the same words', () => {
    const text = [
      'Member News (2019.1-2019.6)',
      '',
      'On May 5, the Youth Forum on Green Development opened in Beijing with 100 guests.',
      '',
      'On May 5, the Youth Forum on Green Development opened in Shanghai with 80 guests.',
      '',
      'On May 6, the Youth Forum on Green Development closed.'
    ].join('\n')
    const {items} = parseBulletin(text)
    const [beijing, shanghai, closing] = items.map((item) => item.id)
    expect(beijing).not.toBe(shanghai)
    expect(beijing).toMatch(/^2019-05-05-youth-forum-green-development-opened-[\da-f]{6}$/)
    expect(shanghai).toMatch(/^2019-05-05-youth-forum-green-development-opened-[\da-f]{6}$/)
    expect(closing).toBe('2019-05-06-youth-forum-green-development-closed')

    // The Shanghai item keeps its id when the Beijing one is edited.
    const edited = parseBulletin(text.replace('in Beijing with 100', 'in Beijing with 120')).items.map((item) => item.id)
    expect(edited[1]).toBe(shanghai)
    expect(edited[0]).not.toBe(beijing)
  })

  it('should give an undated item an id starting with `undated`', () => {
    const {items} = parseBulletin('Member News (2019.1-2019.6)\n\nOn May 5, the forum opened.\n\nThe association elected a new board.')
    expect(items[1]?.id).toBe('undated-association-elected-new-board')
  })
})
