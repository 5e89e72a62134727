import {describe, expect, it} from 'vitest'

describe('@sironet/model public surface', () => {
  it('should export exactly the documented names', async () => {
    const names = Object.keys(await import('@sironet/model')).sort()
    expect(names).toEqual([
      'Bulletin',
      'CalendarDate',
      'CalendarMonth',
      'CountryCode',
      'DatePart',
      'Diagnostic',
      'EventDate',
      'LanguageTag',
      'NewsItem',
      'OrganizationRef',
      'Participants',
      'ParticipantsQualifier',
      'Period',
      'PersonRef',
      'Place',
      'Severity',
      'Slug',
      'SourceRef',
      'ValidationError',
      'assertBulletin',
      'assertNewsItem',
      'compareCalendarDates',
      'compareEventDates',
      'compareItems',
      'countryCodes',
      'daysInMonth',
      'formatEventDate',
      'formatIssuePath',
      'formatIssues',
      'getEventDays',
      'getFirstEventDay',
      'isCalendarDate',
      'isCountryCode',
      'isLanguageTag',
      'isSlug',
      'jsonSchemaNames',
      'makeSlug',
      'maxHeadlineLength',
      'sortItems',
      'toJsonSchema',
      'validateBulletin',
      'validateNewsItem'
    ])
  })
})
