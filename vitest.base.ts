import {defineProject} from 'vitest/config'

/**
 * The vitest settings every package shares: tests run on TypeScript source
 * through the `@sironet/source` export condition, so nothing needs building first.
 */
export const baseTestConfig = defineProject({
  resolve: {conditions: ['@sironet/source']},
  ssr: {resolve: {conditions: ['@sironet/source']}},
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node'
  }
})
