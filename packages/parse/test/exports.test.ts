import {expect, it} from 'vitest'
import * as parse from '@sironet/parse'

it('should export the parser’s public API by name', () => {
  expect(Object.keys(parse)).toEqual(
    expect.arrayContaining(['extractFacts', 'formatDiagnostic', 'parseBulletin', 'readEventDate', 'readPeriod', 'ruleUrl', 'rules'])
  )
})

it('should document every rule with a severity, a description and a fix', () => {
  for (const [id, rule] of Object.entries(parse.rules)) {
    expect(rule.id).toBe(id)
    expect(['error', 'warning', 'info']).toContain(rule.severity)
    expect(rule.description.length).toBeGreaterThan(20)
    expect(rule.fix.length).toBeGreaterThan(10)
  }
})
