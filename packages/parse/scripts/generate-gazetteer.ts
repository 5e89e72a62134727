/**
 * Write `data/gazetteer.json` from its sources. Run with `pnpm --filter @sironet/parse generate`.
 */
import {writeFileSync} from 'node:fs'
import {buildGazetteer} from './build-gazetteer.ts'

const json = buildGazetteer()
writeFileSync(new URL('../data/gazetteer.json', import.meta.url), json)
const data = JSON.parse(json) as {cities: object; regions: object}
console.log(`cities: ${Object.keys(data.cities).length}, regions: ${Object.keys(data.regions).length}`)
