import {defineConfig, type Options} from 'tsup'
import {defineBaseConfig} from '../../tsup.base.ts'

// A browser bundle that registers `<sironet-news>`, as small as we can make it.
const defineBrowserBundle = (format: 'esm' | 'iife'): Options =>
  defineBaseConfig({
    entry: {'sironet-news': 'src/define.ts'},
    format: [format],
    platform: 'browser',
    target: ['chrome99', 'firefox101', 'safari16.4'],
    // esbuild minifies (see `esbuildOptions`), then Terser: a few percent smaller than esbuild alone.
    minify: 'terser',
    terserOptions: {
      ecma: 2020,
      module: format === 'esm',
      compress: {passes: 3},
      // ASCII only: a classic script takes the page’s encoding, and `\u` escapes
      // of the non-Latin words gzip smaller than their UTF-8 bytes (4.06 kB
      // against 4.13 kB for the ES module), though brotli prefers UTF-8.
      format: {ascii_only: true}
    },
    // esbuild’s own tree shaking; tsup’s Rollup pass would wrap the classic
    // script in `(function(exports){…})({})`, which reads as CommonJS.
    treeshake: false,
    dts: false,
    clean: false,
    esbuildOptions(options) {
      options.minify = true
      // Internal members end in `_` (`render_`): shorten them; feed fields never end so.
      options.mangleProps = /[^_]_$/
    },
    outExtension: () => ({js: format === 'iife' ? '.iife.js' : '.js'})
  })

export default defineConfig([
  // The npm entries: the element (no side effects), its registration, and the Node.js snippet generator.
  defineBaseConfig({entry: ['src/index.ts', 'src/define.ts', 'src/snippet.ts'], target: 'es2022', clean: false, splitting: true}),
  // The browser bundles: one self-registering file each for `<script type="module">` and a classic `<script>`.
  defineBrowserBundle('esm'),
  defineBrowserBundle('iife')
])
