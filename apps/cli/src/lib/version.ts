import packageJson from '../../package.json' with {type: 'json'}

/** Version of `@sironet/cli` (example: `'0.1.0'`). */
export const version: string = packageJson.version
