import {expect, it} from 'vitest'
import * as parse from '@sironet/parse'

it('should export the parser’s public API by name', () => {
  expect(Object.keys(parse)).toEqual(
    expect.arrayContaining(['extractFacts', 'formatDiagnostic', 'parseBulletin', 'readEventDate', 'readPeriod', 'ruleUrl', 'rules', 'sironetParse'])
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

it('should document every rule in the README under its anchor', async () => {
  const {readFile} = await import('node:fs/promises')
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  for (const rule of Object.values(parse.rules)) {
    expect(readme).toContain(`<a id="rule-${rule.id}"></a>\`${rule.id}\` | ${rule.severity} |`)
    expect(parse.ruleUrl(rule.id)).toMatch(new RegExp(`/packages/parse#rule-${rule.id}$`))
  }
})
