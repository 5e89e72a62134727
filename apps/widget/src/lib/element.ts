import {buildStylesheet} from './styles.js'
import {buildView, type ViewNode, type ViewState} from './build-view.js'
import {filterEntries} from './filter-entries.js'
import {formatDate} from './format-date.js'
import {toHttpUrl} from './to-http-url.js'
import {readFeed, toLanguage, type WidgetFeed} from './read-feed.js'

/** What the `items` property takes: a JSON Feed, its items, or `NewsItem` records. */
export type SironetNewsData = unknown

/** `detail` of the `sironet-news:load` event. */
export interface SironetNewsLoadDetail {
  /** How many items are shown. */
  count: number
}

/** `detail` of the `sironet-news:error` event. */
export interface SironetNewsErrorDetail {
  /** What went wrong (example: `'HTTP 404'`). */
  message: string
}

// Lets the module load where there is no DOM (server rendering, Node.js tests).
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement

let sheet: CSSStyleSheet | undefined

function toDom(node: ViewNode): Node {
  if (typeof node === 'string') return document.createTextNode(node)
  const [tagName, attributes, ...children] = node
  const element = document.createElement(tagName)
  for (const name in attributes) element.setAttribute(name, attributes[name]!)
  element.append(...children.map(toDom))
  return element
}

/**
 * `<sironet-news>`: shows SIRONET exchange news from a JSON Feed, in the page’s
 * language and look. Attributes: `src`, `limit`, `country`, `organization`,
 * `tag`, `lang`, `layout`; property `items` for data passed in directly.
 * Fires `sironet-news:load` and `sironet-news:error`.
 *
 * @example
 *   customElements.define('sironet-news', SironetNewsElement)
 *   document.body.append(Object.assign(document.createElement('sironet-news'), {items}))
 */
export class SironetNewsElement extends Base {
  /** Attributes that update the widget when they change. */
  static observedAttributes = ['src', 'limit', 'country', 'organization', 'tag', 'lang', 'layout']

  #root: ShadowRoot
  #items: SironetNewsData
  #feed: WidgetFeed | undefined
  #state: ViewState = 'loading'
  #request = 0
  #controller: AbortController | undefined
  #queued: boolean | undefined

  constructor() {
    super()
    this.#root = this.attachShadow({mode: 'open'})
    // A constructed stylesheet, shared by every instance: no `<style>` or
    // `style=""`, so a strict CSP without `'unsafe-inline'` allows it.
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(buildStylesheet(':host') + ':host([hidden]){display:none}')
    }
    this.#root.adoptedStyleSheets = [sheet]
  }

  /** Data passed in directly instead of `src`: a JSON Feed, its items, or `NewsItem` records. */
  get items(): SironetNewsData {
    return this.#items
  }

  set items(value: SironetNewsData) {
    this.#items = value
    this.#update(true)
  }

  /** @internal */
  connectedCallback(): void {
    this.#update(true)
  }

  /** @internal */
  disconnectedCallback(): void {
    this.#controller?.abort()
    this.#request++
    this.#queued = undefined
  }

  /** @internal */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old !== value) this.#update(name === 'src')
  }

  // Several attribute changes in one task render once.
  #update(reload: boolean): void {
    const queued = this.#queued
    this.#queued = reload || queued === true
    if (queued === undefined) {
      queueMicrotask(() => {
        const load = this.#queued
        this.#queued = undefined
        if (this.isConnected) void (load ? this.#load() : this.#render())
      })
    }
  }

  async #load(): Promise<void> {
    const request = ++this.#request
    this.#controller?.abort()
    this.#controller = undefined
    const src = this.getAttribute('src')
    if (this.#items !== undefined || !src) {
      this.#feed = readFeed(this.#items ?? [], document.baseURI)
      return this.#render('ready')
    }
    const controller = (this.#controller = new AbortController())
    try {
      const url = new URL(src, document.baseURI).href
      // The feed is public: send no cookies or credentials, even to the same
      // origin, and no Referer, so the feed’s host cannot track readers.
      const pending = fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal})
      this.#render('loading')
      const response = await pending
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const data: unknown = await response.json()
      if (request !== this.#request) return
      this.#feed = readFeed(data, url)
      this.#render('ready')
    } catch (error) {
      if (request !== this.#request) return
      this.#feed = undefined
      this.#render('error')
      this.#emit('error', {message: String((error as Error)?.message ?? error)})
    }
  }

  #render(state: ViewState = this.#state): void {
    this.#state = state
    const src = this.getAttribute('src')
    const language =
      toLanguage(this.getAttribute('lang')) ??
      toLanguage(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
      toLanguage(document.documentElement.lang) ??
      'en'
    const entries = state === 'ready' ? filterEntries(this.#feed?.entries ?? [], {
      limit: Number.parseInt(this.getAttribute('limit') ?? '', 10),
      country: this.getAttribute('country') ?? undefined,
      organization: this.getAttribute('organization') ?? undefined,
      tag: this.getAttribute('tag') ?? undefined
    }) : []
    const view = buildView(this.#feed, entries, {
      state,
      language,
      layout: this.getAttribute('layout'),
      feedUrl: this.#items === undefined ? toHttpUrl(src, document.baseURI) : undefined
    })
    // While the feed is on its way, make the date formats: their first use
    // loads the browser’s Intl data, which then overlaps the request.
    if (state === 'loading') formatDate({start: '2000-01-01', end: '2000-01-02'}, language)
    this.#root.replaceChildren(toDom(view))
    if (state === 'ready') this.#emit('load', {count: entries.length})
  }

  #emit(type: string, detail: SironetNewsLoadDetail | SironetNewsErrorDetail): void {
    this.dispatchEvent(new CustomEvent(`sironet-news:${type}`, {detail, bubbles: true, composed: true}))
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sironet-news': SironetNewsElement
  }
  interface HTMLElementEventMap {
    'sironet-news:load': CustomEvent<SironetNewsLoadDetail>
    'sironet-news:error': CustomEvent<SironetNewsErrorDetail>
  }
}
