import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildGazetteer} from '../scripts/build-gazetteer.ts'

describe('data/gazetteer.json', () => {
  it('should be what scripts/generate-gazetteer.ts makes from its sources', () => {
    const committed = readFileSync(new URL('../data/gazetteer.json', import.meta.url), 'utf8')
    // Regenerate with `pnpm --filter @sironet/parse generate` when this fails after a data update.
    expect(buildGazetteer() === committed).toBe(true)
  })

  it('should hold the cities and regions bulletins name', () => {
    const data = JSON.parse(readFileSync(new URL('../data/gazetteer.json', import.meta.url), 'utf8')) as {
      cities: Record<string, string>
      regions: Record<string, string>
    }
    expect(data.cities['xiamen']).toBe('CN')
    expect(data.cities['johannesburg']).toBe('ZA')
    expect(data.cities['phnom penh']).toBe('KH')
    expect(data.regions['fujian']).toBe('CN')
    expect(data.regions['sichuan']).toBe('CN')
  })
})
