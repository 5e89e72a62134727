export {Bulletin, Period} from './lib/bulletin.js'
export {CalendarDate, CalendarMonth, compareCalendarDates, daysInMonth, isCalendarDate} from './lib/calendar-date.js'
export {compareEventDates, compareItems, sortItems, type SortItemsOptions} from './lib/compare.js'
export {CountryCode, countryCodes, isCountryCode} from './lib/country-code.js'
export {Diagnostic, Severity} from './lib/diagnostic.js'
export {DatePart, EventDate} from './lib/event-date.js'
export {getEventDays, getFirstEventDay, type EventDays} from './lib/event-days.js'
export {formatEventDate, type FormatEventDateOptions} from './lib/format-event-date.js'
export {formatIssuePath, formatIssues} from './lib/format-issues.js'
export {jsonSchemaNames, toJsonSchema, type JsonSchemaName} from './lib/json-schema.js'
export {isLanguageTag, LanguageTag} from './lib/language.js'
export {maxHeadlineLength, NewsItem} from './lib/news-item.js'
export {Participants, ParticipantsQualifier} from './lib/participants.js'
export {Place} from './lib/place.js'
export {OrganizationRef, PersonRef} from './lib/refs.js'
export {isSlug, makeSlug, Slug} from './lib/slug.js'
export {SourceRef} from './lib/source-ref.js'
export {
  assertBulletin,
  assertNewsItem,
  validateBulletin,
  validateNewsItem,
  ValidationError,
  type ValidationResult
} from './lib/validate.js'
