import {defineConfig} from 'tsup'
import {defineBaseConfig} from '../../tsup.base.ts'

export default defineConfig(defineBaseConfig())
