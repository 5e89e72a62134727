import type {Options} from 'tsup'

/**
 * The one tsup configuration every publishable package reuses: ESM and
 * `.d.ts` for Node.js 20 and current browsers, with source maps.
 *
 * @param overrides Package-specific options (example: `{entry: ['src/index.ts', 'src/cli.ts']}`).
 */
export function defineBaseConfig(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    treeshake: true,
    ...overrides
  }
}
