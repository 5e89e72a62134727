export {decodeInput, type DecodedInput, type DecodeInputOptions, type DecodeMessage} from './lib/decode-input.js'
export {extractFacts, type ExtractContext, type ExtractedFacts} from './lib/extract-facts.js'
export {findMojibake, type MojibakeMatch} from './lib/find-mojibake.js'
