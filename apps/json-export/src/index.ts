export {makeDisplayLabels, toDateKey, widgetLanguages, type DisplayLabels} from './lib/display-labels.js'
export {listEventMonths, toRfc3339} from './lib/event-time.js'
export {serializeJson, type SerializeJsonOptions} from './lib/serialize-json.js'
export {defaultItemUrl, normalizeSiteUrl, type ItemUrlMaker} from './lib/site-url.js'
export {
  createOrganizationGrouper,
  groupOrganizations,
  toApiFiles,
  type ApiFile,
  type ApiItemSummary,
  type ApiOptions,
  type GroupOrganizationsOptions,
  type OrganizationGroup,
  type OrganizationGrouper
} from './lib/to-api-files.js'
export {streamApiFiles, toApiItemFile, type ApiFileStream, type StreamApiOptions, type SummaryStore} from './lib/stream-api-files.js'
export {csvColumns, csvListSeparator, streamCsv, toCsv} from './lib/to-csv.js'
export {
  jsonFeedVersion,
  streamJsonFeed,
  toJsonFeed,
  toJsonFeedFiles,
  type JsonFeed,
  type JsonFeedAuthor,
  type JsonFeedFile,
  type JsonFeedItem,
  type JsonFeedOptions
} from './lib/to-json-feed.js'
