import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import type * as WidgetSnippet from '@sironet/widget/snippet'
import type {SiteFile} from './site-file.js'

/** The widget’s files for `<out>/widget/`, or why they are missing. */
export interface WidgetAssets {
  /** Files to copy (`widget/sironet-news.js`, the classic-script build, the demo page and its stylesheet); empty when missing. */
  files: SiteFile[]
  /** Why the widget is missing, when it is (example: `'@sironet/widget is not built: run pnpm build'`). */
  warning?: string
}

const bundles = ['sironet-news.js', 'sironet-news.iife.js'] as const

/**
 * Collect the built widget (`@sironet/widget`: the ES module and the classic
 * script, with source maps) and render its demo page embedding
 * `<sironet-news src="../feed.json">` in two themes and several languages.
 * When the widget is not built, the result says why and holds no files.
 *
 * @returns The files, paths relative to the site root.
 */
export async function loadWidgetAssets(): Promise<WidgetAssets> {
  const require = createRequire(import.meta.url)
  const files: SiteFile[] = []
  try {
    for (const name of bundles) {
      const path = require.resolve(`@sironet/widget/${name}`)
      files.push({path: `widget/${name}`, content: await readFile(path)})
      const map = await readFile(`${path}.map`).catch(() => undefined)
      if (map) files.push({path: `widget/${name}.map`, content: map})
    }
  } catch {
    return {files: [], warning: '@sironet/widget is not built, so widget/ is missing: run `pnpm build` first'}
  }
  let widget: typeof WidgetSnippet
  try {
    widget = await import('@sironet/widget/snippet')
  } catch {
    return {files: [], warning: '@sironet/widget cannot be loaded, so widget/ is missing: run `pnpm build` first'}
  }
  if (typeof widget.renderDemoPage !== 'function') {
    return {files: [], warning: '@sironet/widget has no `renderDemoPage`, so widget/ is missing: rebuild it with `pnpm build`'}
  }
  files.push(
    {path: 'widget/demo.css', content: widget.demoStylesheet},
    {
      path: 'widget/index.html',
      content: widget.renderDemoPage({
        feedUrl: '../feed.json',
        scriptUrl: 'sironet-news.js',
        stylesheetUrl: 'demo.css',
        iifeUrl: 'sironet-news.iife.js'
      })
    }
  )
  return {files}
}
