import {defineConfig} from 'tsup'
import {defineBaseConfig} from '../../tsup.base.ts'

export default defineConfig(defineBaseConfig({entry: {index: 'src/index.ts', bin: 'src/bin.ts', 'parse-worker': 'src/lib/parse-worker.ts', 'render-worker': 'src/lib/render-worker.ts'}, platform: 'node'}))
