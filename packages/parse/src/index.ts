export {extractFacts, type ExtractContext, type ExtractedFacts} from './lib/extract-facts.js'
