export {decodeInput, type DecodedInput, type DecodeInputOptions, type DecodeMessage} from './lib/decode-input.js'
export {extractFacts, type ExtractContext, type ExtractedFacts} from './lib/extract-facts.js'
export {findMojibake, type MojibakeMatch} from './lib/find-mojibake.js'
export {formatDiagnostic} from './lib/format-diagnostic.js'
export {parseBulletin, type ParagraphRecord, type ParseOptions, type ParseResult} from './lib/parse-bulletin.js'
export {
  parseBulletinStream,
  type BulletinChunk,
  type BulletinEvent,
  type BulletinStreamSource,
  type ItemEvent,
  type DiagnosticEvent,
  type ParagraphEvent,
  type ParseEvent,
  type RenameEvent
} from './lib/parse-bulletin-stream.js'
export {readEventDate, type EventDateReading, type ReadEventDateOptions} from './lib/read-event-date.js'
export {readPeriod, type PeriodReading} from './lib/read-period.js'
export {ruleUrl, rules, type Rule, type RuleId} from './lib/rules.js'
export {sironetParse} from './lib/sironet-parse.js'
