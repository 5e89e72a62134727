import {describe, expect, it} from 'vitest'
import {findUnbalancedQuotes} from './find-unbalanced-quotes.js'

describe('findUnbalancedQuotes', () => {
  it('should report a quotation opened and never closed', () => {
    const text = 'namely “A Visit”, “B Visit and C, attracting 120 people.'
    const issues = findUnbalancedQuotes(text)
    expect(issues.map((issue) => issue.start)).toEqual([text.indexOf('“B')])
    expect(issues[0]?.reason).toMatch(/^Expected a closing `”` for the quotation opened at `“B Visit/)
  })

  it('should report an opening mark met while one is open', () => {
    const text = 'the “first one and “second one” here.'
    expect(findUnbalancedQuotes(text).map((issue) => issue.start)).toEqual([text.indexOf('“first')])
  })

  it('should report a closing mark without an opening one', () => {
    const text = 'themed Open Days” in May.'
    expect(findUnbalancedQuotes(text).map((issue) => [issue.start, issue.expected])).toEqual([[text.indexOf('”'), ['“']]])
  })

  it('should report an odd number of straight quotation marks', () => {
    expect(findUnbalancedQuotes('the "Belt and Road" and "more')).toHaveLength(1)
    expect(findUnbalancedQuotes('the "Belt and Road" forum')).toEqual([])
  })

  it('should accept balanced quotations, nested single quotes and apostrophes', () => {
    expect(findUnbalancedQuotes('“build news under the framework of ‘Belt and Road’” and People’s «Day» 「x」')).toEqual([])
  })
})
