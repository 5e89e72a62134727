import type {Element} from 'xast'
import {x} from 'xastscript'
import {serializeDocument} from './xml-document.js'

const css = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:48rem;padding:1rem}
.note{background:#fff8c5;color:#3b2f00;border-radius:.5rem;padding:.75rem 1rem}
code{word-break:break-all}
article{border-top:1px solid #8886;padding:.5rem 0}
h2{font-size:1.15rem;margin:.25rem 0}
.meta{color:#666;font-size:.9rem;margin:0}
@media (prefers-color-scheme:dark){.meta{color:#aaa}.note{background:#3b2f00;color:#fff8c5}}`

interface StylesheetParts {
  kind: string
  namespaces: Record<string, string>
  root: string
  language: string
  title: string
  description: string
  siteLink: string
  selfLink: string
  items: string
  itemTitle: string
  itemLink: string
  itemDate: string
  itemSummary: string | undefined
  itemCategories: string
  categoryLabel: string
}

function buildStylesheet(parts: StylesheetParts): Element {
  const valueOf = (select: string) => x('xsl:value-of', {select})
  const page = x('html', {lang: `{${parts.language}}`}, [
    x('head', [
      x('meta', {charset: 'utf-8'}),
      x('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      x('title', [valueOf(parts.title), ` (${parts.kind} feed)`]),
      x('style', css)
    ]),
    x('body', [
      x('main', [
        x('p', {class: 'note'}, [
          x('strong', `This is an ${parts.kind} feed.`),
          ' Copy its address into a feed reader to follow the news: ',
          x('code', [valueOf(parts.selfLink)])
        ]),
        x('h1', [valueOf(parts.title)]),
        x('p', [valueOf(parts.description)]),
        x('p', [x('a', {href: `{${parts.siteLink}}`}, 'Visit the site')]),
        x('xsl:for-each', {select: parts.items}, [
          x('article', [
            x('h2', [x('a', {href: `{${parts.itemLink}}`}, [valueOf(parts.itemTitle)])]),
            x('p', {class: 'meta'}, [
              valueOf(parts.itemDate),
              x('xsl:for-each', {select: parts.itemCategories}, [' · ', valueOf(parts.categoryLabel)])
            ]),
            parts.itemSummary === undefined ? undefined : x('p', [valueOf(parts.itemSummary)])
          ])
        ])
      ])
    ])
  ])
  return x(
    'xsl:stylesheet',
    {version: '1.0', 'xmlns:xsl': 'http://www.w3.org/1999/XSL/Transform', ...parts.namespaces, 'exclude-result-prefixes': 'atom'},
    [
      x('xsl:output', {method: 'html', encoding: 'utf-8', indent: 'yes', 'doctype-system': 'about:legacy-compat'}),
      x('xsl:template', {match: '/'}, [page])
    ]
  )
}

/**
 * The XSL stylesheet that makes browsers show an RSS document of
 * {@link toRss} as a readable page (title, description, each item's
 * linked headline, date and countries); serve it as `feed.xsl` and pass
 * `stylesheetHref: 'feed.xsl'`. Item text is not shown, because RSS
 * `description` holds escaped HTML that XSLT 1.0 in browsers cannot render safely.
 *
 * @example
 *   await writeFile('site/feed.xsl', rssStylesheet)
 */
export const rssStylesheet: string = /* @__PURE__ */ serializeDocument(
  buildStylesheet({
    kind: 'RSS',
    namespaces: {'xmlns:atom': 'http://www.w3.org/2005/Atom'},
    root: '/rss/channel',
    language: '/rss/channel/language',
    title: '/rss/channel/title',
    description: '/rss/channel/description',
    siteLink: '/rss/channel/link',
    selfLink: "/rss/channel/atom:link[@rel='self']/@href",
    items: '/rss/channel/item',
    itemTitle: 'title',
    itemLink: 'link',
    itemDate: 'substring(pubDate, 1, 16)',
    itemSummary: undefined,
    itemCategories: "category[contains(@domain, '/countries/')]",
    categoryLabel: 'translate(., "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")'
  }),
  undefined
)

/**
 * The XSL stylesheet that makes browsers show an Atom document of
 * {@link toAtom} as a readable page (title, subtitle, each entry's linked
 * title, date, countries and summary); serve it as `atom.xsl` and pass
 * `stylesheetHref: 'atom.xsl'`.
 *
 * @example
 *   await writeFile('site/atom.xsl', atomStylesheet)
 */
export const atomStylesheet: string = /* @__PURE__ */ serializeDocument(
  buildStylesheet({
    kind: 'Atom',
    namespaces: {'xmlns:atom': 'http://www.w3.org/2005/Atom'},
    root: '/atom:feed',
    language: '/atom:feed/@xml:lang',
    title: '/atom:feed/atom:title',
    description: '/atom:feed/atom:subtitle',
    siteLink: "/atom:feed/atom:link[@rel='alternate']/@href",
    selfLink: "/atom:feed/atom:link[@rel='self']/@href",
    items: '/atom:feed/atom:entry',
    itemTitle: 'atom:title',
    itemLink: "atom:link[@rel='alternate']/@href",
    itemDate: 'substring(atom:published, 1, 10)',
    itemSummary: 'atom:summary',
    itemCategories: "atom:category[contains(@scheme, '/countries/')]",
    categoryLabel: '@label'
  }),
  undefined
)
