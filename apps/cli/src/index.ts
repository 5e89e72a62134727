export {buildSite, type BuildProgress, type BuildReport, type BuildSiteOptions} from './lib/build-site.js'
