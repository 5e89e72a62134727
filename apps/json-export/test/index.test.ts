import {describe, expect, it} from 'vitest'

describe('@sironet/json-export', () => {
  it('should expose exactly the documented functions and constants', async () => {
    expect(Object.keys(await import('@sironet/json-export')).sort()).toEqual([
      'createOrganizationGrouper',
      'csvColumns',
      'csvListSeparator',
      'defaultItemUrl',
      'groupOrganizations',
      'jsonFeedVersion',
      'listEventMonths',
      'makeDisplayLabels',
      'normalizeSiteUrl',
      'serializeJson',
      'streamApiFiles',
      'streamCsv',
      'streamJsonFeed',
      'toApiFiles',
      'toApiItemFile',
      'toCsv',
      'toDateKey',
      'toJsonFeed',
      'toJsonFeedFiles',
      'toRfc3339',
      'widgetLanguages'
    ])
  })
})
