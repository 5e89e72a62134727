// Write the XSL stylesheets as files (`xsl/feed.xsl`, `xsl/atom.xsl`) for
// those who copy them rather than import the strings; a test fails when they drift.
import {writeFileSync} from 'node:fs'
import {atomStylesheet, rssStylesheet} from '@sironet/feeds'

writeFileSync(new URL('../xsl/feed.xsl', import.meta.url), rssStylesheet)
writeFileSync(new URL('../xsl/atom.xsl', import.meta.url), atomStylesheet)
