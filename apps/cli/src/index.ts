export {buildSite, type BuildProgress, type BuildReport, type BuildSiteOptions} from './lib/build-site.js'
export {type CommandIo, type CommandOutput} from './lib/command-io.js'
export {parseUsage, runParseCommand} from './lib/parse-command.js'
export {runCli, usage} from './lib/run-cli.js'
