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
    // Node.js 20 reads `\p{…}` in regular expression literals; without this, esbuild
    // rewrites each literal as `new RegExp(…)`, built again on every call.
    esbuildOptions(options) {
      options.supported = {...options.supported, 'regexp-unicode-property-escapes': true}
    },
    ...overrides
  }
}
