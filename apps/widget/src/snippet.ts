export {demoStylesheet, renderDemoPage, type RenderDemoPageOptions} from './lib/render-demo-page.js'
export {renderStaticSnippet, snippetStylesheet, type RenderStaticSnippetOptions} from './lib/render-snippet.js'
