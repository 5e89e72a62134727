import {mergeConfig} from 'vitest/config'
import {baseTestConfig} from '../../vitest.base.ts'

export default mergeConfig(baseTestConfig, {
  // Browser tests start Chromium; give them room on a shared machine.
  test: {testTimeout: 30_000, hookTimeout: 60_000}
})
