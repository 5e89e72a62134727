import {baseTestConfig} from '../../vitest.base.ts'

export default baseTestConfig
