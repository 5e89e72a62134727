import {defineConfig} from 'tsup'
import {defineBaseConfig} from '../../tsup.base.ts'

export default defineConfig([
  // The npm entries: the element (no side effects), its registration, and the Node.js snippet generator.
  defineBaseConfig({entry: ['src/index.ts', 'src/define.ts', 'src/snippet.ts'], target: 'es2022', clean: false, splitting: true}),
  // The browser bundles: one self-registering file each for `<script type="module">` and a classic `<script>`.
  defineBaseConfig({
    entry: {'sironet-news': 'src/define.ts'},
    format: ['esm', 'iife'],
    platform: 'browser',
    target: ['chrome99', 'firefox101', 'safari16.4'],
    minify: true,
    // esbuild's own tree shaking; tsup's Rollup pass would wrap the classic
    // script in `(function(exports){…})({})`, which reads as CommonJS.
    treeshake: false,
    dts: false,
    clean: false,
    // Module scripts are always read as UTF-8, so the ES module keeps its words
    // unescaped; a classic script takes the page's encoding, so it stays ASCII.
    esbuildOptions(options, {format}) {
      if (format === 'esm') options.charset = 'utf8'
      // Internal members end in `_` (`render_`): shorten them; feed fields never end so.
      options.mangleProps = /[^_]_$/
    },
    outExtension: ({format}) => ({js: format === 'iife' ? '.iife.js' : '.js'})
  })
])
