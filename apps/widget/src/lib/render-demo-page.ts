import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'

/** Options for {@link renderDemoPage}. */
export interface RenderDemoPageOptions {
  /** URL of the JSON Feed, from the page (example: `'../feed.json'`). */
  feedUrl: string
  /** URL of the ES module bundle `sironet-news.js`, from the page (example: `'sironet-news.js'`). */
  scriptUrl: string
  /** URL of {@link demoStylesheet} saved as a file, from the page (optional, default `'demo.css'`). */
  stylesheetUrl?: string | undefined
  /** URL of the classic-script bundle, shown in the embed code (optional, default `'sironet-news.iife.js'`). */
  iifeUrl?: string | undefined
}

/**
 * The demo page’s stylesheet. Save it as a file next to the page (the page
 * links it, so it works under a strict CSP). It shows the two themes by
 * setting the widget’s custom properties.
 */
export const demoStylesheet: string = `body{margin:0 auto;max-width:60rem;padding:1.5rem;font:1rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f4f5f7}
h1{font-size:1.6rem}
section{margin:2rem 0}
pre{overflow:auto;padding:1rem;background:#fff;border:1px solid #d5d9de;border-radius:.5rem}
.demo-light{--sironet-news-bg:#fff;--sironet-news-fg:#1b1b1b;--sironet-news-accent:#0b57d0;--sironet-news-muted:#595959;--sironet-news-border:#d5d9de;color-scheme:light}
.demo-dark{--sironet-news-bg:#101826;--sironet-news-fg:#f1f3f6;--sironet-news-accent:#ffcf5c;--sironet-news-muted:#c3cad5;--sironet-news-border:#33425a;--sironet-news-font:Georgia,serif;color-scheme:dark}
.demo-dark::part(headline){font-weight:400}
sironet-news:not(:defined){display:block;padding:1em}
`

/**
 * Render the widget’s demo page: the widget on the built feed in two themes
 * and three languages (English light, Arabic dark right-to-left, French
 * compact), with the embed code. No inline script or style: save
 * {@link demoStylesheet} as the linked file.
 *
 * @param options URLs of the feed, the bundle and the stylesheet, relative to the page.
 * @returns A whole HTML document.
 * @example
 *   renderDemoPage({feedUrl: '../feed.json', scriptUrl: 'sironet-news.js'})
 */
export function renderDemoPage(options: RenderDemoPageOptions): string {
  if (!options || typeof options.feedUrl !== 'string' || typeof options.scriptUrl !== 'string') {
    throw new TypeError(
      'Cannot call `renderDemoPage` without URLs. Pass `{feedUrl, scriptUrl}` (example: `{feedUrl: "../feed.json", scriptUrl: "sironet-news.js"}`).'
    )
  }
  const {feedUrl, scriptUrl} = options
  const fallback = h('p', [h('a', {href: feedUrl}, 'SIRONET news feed (JSON Feed)')])
  const embed = `<script type="module" src="${scriptUrl}"></script>\n<sironet-news src="${feedUrl}" limit="5" lang="fr"></sironet-news>`
  const classic = `<script defer src="${options.iifeUrl ?? 'sironet-news.iife.js'}"></script>`
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', 'SIRONET news widget'),
          h('link', {rel: 'stylesheet', href: options.stylesheetUrl ?? 'demo.css'}),
          h('script', {type: 'module', src: scriptUrl})
        ]),
        h('body', [
          h('main', [
            h('h1', 'SIRONET news widget'),
            h('p', 'The latest exchange news on any site, in its language and look: two lines of HTML, no framework, no cookies.'),
            h('section', {'aria-labelledby': 'demo-en'}, [
              h('h2', {id: 'demo-en'}, 'English, light theme'),
              h('sironet-news', {class: 'demo-light', src: feedUrl, limit: '5', lang: 'en'}, [fallback])
            ]),
            h('section', {'aria-labelledby': 'demo-ar'}, [
              h('h2', {id: 'demo-ar'}, ['Arabic, dark theme, cards (', h('span', {lang: 'ar'}, 'العربية'), ')']),
              h('sironet-news', {class: 'demo-dark', src: feedUrl, limit: '4', lang: 'ar', layout: 'cards'}, [fallback])
            ]),
            h('section', {'aria-labelledby': 'demo-fr'}, [
              h('h2', {id: 'demo-fr'}, ['French, compact, China only (', h('span', {lang: 'fr'}, 'français'), ')']),
              h('sironet-news', {src: feedUrl, limit: '5', lang: 'fr', layout: 'compact', country: 'CN'}, [fallback])
            ]),
            h('section', {'aria-labelledby': 'demo-embed'}, [
              h('h2', {id: 'demo-embed'}, 'Embed it'),
              h('p', 'Add these two lines where the news should appear:'),
              h('pre', [h('code', embed)]),
              h('p', 'For pages that cannot load modules, use the classic script instead of the first line:'),
              h('pre', [h('code', classic)])
            ])
          ])
        ])
      ])
    ]
  }
  return toHtml(tree) + '\n'
}
