import {defineProject} from 'vitest/config'

/**
 * The vitest settings every package shares: tests run on TypeScript source
 * through the `@sironet/source` export condition, so nothing needs building first.
 *
 * Timeouts are for hangs, not speed (speed is checked by `pnpm bench`): CI runs
 * every package's tests at once on two cores, where a test that takes one second
 * alone can take more than vitest's default five.
 */
export const baseTestConfig = defineProject({
  resolve: {conditions: ['@sironet/source']},
  ssr: {resolve: {conditions: ['@sironet/source']}},
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
