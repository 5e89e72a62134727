import {defineConfig} from 'tsup'
import {defineBaseConfig} from '../../tsup.base.ts'

// JSON data (the word list of the run-together-words rule, country names, the
// gazetteer) is imported with `with {type: 'json'}`, which Node.js reads from
// 20.10 on. Rollup’s extra tree-shaking pass rewrites it to the deprecated
// `assert` (refused by newer Node.js), so leave tree-shaking to esbuild, and
// target 20.10 so esbuild keeps the attribute.
export default defineConfig(defineBaseConfig({target: 'node20.10', treeshake: false}))
