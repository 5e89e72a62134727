import {buildView, type ViewNode, type ViewState} from './build-view.js'
import {filterEntries} from './filter-entries.js'
import {formatCountry} from './format-country.js'
import {getDateFormat} from './format-date.js'
import {hasOwnWords} from './messages.js'
import {readFeed, toLanguage, type WidgetFeed} from './read-feed.js'
import {stylesheet} from './styles.js'
import {toHttpUrl} from './to-http-url.js'

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

/** How long a feed may take before “Loading…” shows, in milliseconds. */
const loadingDelay = 100

function toDom(node: ViewNode): Node {
  if (typeof node === 'string') return new Text(node)
  const [tagName, attributes, ...children] = node
  const element = document.createElement(tagName)
  for (const name in attributes) element.setAttribute(name, attributes[name]!)
  // One node at a time: `append(...nodes)` goes through a fragment, markedly slower on a cold page.
  for (const child of children) element.appendChild(toDom(child))
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

  // Names ending in `_` are internal: the browser bundles shorten them.
  private root_ = this.attachShadow({mode: 'open'})
  private items_: SironetNewsData
  private feed_: WidgetFeed | undefined
  private state_: ViewState = 'loading'
  private request_ = 0
  private controller_: AbortController | undefined
  private queued_: boolean | undefined
  private timer_: ReturnType<typeof setTimeout> | undefined

  constructor() {
    super()
    // A constructed stylesheet, shared by every instance: no `<style>` or
    // `style=""`, so a strict CSP without `'unsafe-inline'` allows it.
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(stylesheet)
    this.root_.adoptedStyleSheets = [sheet]
  }

  /** Data passed in directly instead of `src`: a JSON Feed, its items, or `NewsItem` records. */
  get items(): SironetNewsData {
    return this.items_
  }

  set items(value: SironetNewsData) {
    this.items_ = value
    this.update_(true)
  }

  /** @internal */
  connectedCallback(): void {
    this.update_(true)
  }

  /** @internal */
  disconnectedCallback(): void {
    this.controller_?.abort()
    this.request_++
    this.queued_ = undefined
  }

  /** @internal */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old !== value) this.update_(name === 'src')
  }

  // Several changes in one task render once; `reload` reads the data again.
  private update_(reload: boolean): void {
    if (this.queued_ === undefined) {
      queueMicrotask(() => {
        const load = this.queued_
        this.queued_ = undefined
        if (this.isConnected) void (load ? this.load_() : this.render_())
      })
    }
    this.queued_ ||= reload
  }

  private async load_(): Promise<void> {
    const request = ++this.request_
    this.controller_?.abort()
    clearTimeout(this.timer_)
    const src = this.getAttribute('src')
    if (this.items_ !== undefined || !src) {
      this.feed_ = readFeed(this.items_ ?? [], document.baseURI)
      return this.render_('ready')
    }
    try {
      const url = new URL(src, document.baseURI).href
      // The feed is public: send no cookies or credentials, even to the same
      // origin, and no Referer, so the feed’s host cannot track readers.
      const pending = fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', signal: (this.controller_ = new AbortController()).signal})
      // “Loading…” shows only when the feed is slow: a fast one renders at once,
      // without first laying out and painting a message nobody reads.
      this.timer_ = setTimeout(() => this.render_('loading'), loadingDelay)
      // Feeds that `sironet build` writes carry dates and country names in the
      // six UN languages. For another language, make the date and country
      // formats meanwhile: their first use loads the browser’s Intl data (tens
      // of milliseconds), which then overlaps the request.
      const language = this.language_()
      if (!hasOwnWords(language)) {
        getDateFormat(language, 'short', true)
        getDateFormat(language, 'short', false)
        formatCountry('FR', language)
      }
      const response = await pending
      if (!response.ok) throw new Error('HTTP ' + response.status)
      const data: unknown = await response.json()
      if (request === this.request_) {
        this.feed_ = readFeed(data, url)
        this.render_('ready')
      }
    } catch (error) {
      if (request === this.request_) {
        this.feed_ = undefined
        this.render_('error')
        // Whatever fails here (the URL, the request, the status, the JSON) throws an Error.
        this.emit_('error', {message: (error as Error).message})
      }
    }
  }

  // The widget’s language: its own `lang` or the nearest ancestor’s, else the
  // page’s (for a widget in another element’s shadow root), else English.
  private language_(): string {
    return toLanguage(this.closest('[lang]')?.getAttribute('lang')) ?? toLanguage(document.documentElement.lang) ?? 'en'
  }

  private render_(state = this.state_): void {
    clearTimeout(this.timer_)
    this.state_ = state
    const get = (name: string) => this.getAttribute(name) ?? undefined
    const language = this.language_()
    const entries =
      state === 'ready'
        ? filterEntries(this.feed_!.entries, {limit: parseInt(get('limit')!, 10), country: get('country'), organization: get('organization'), tag: get('tag')})
        : []
    this.root_.replaceChildren(
      toDom(
        buildView(this.feed_, entries, {
          state,
          language,
          layout: get('layout'),
          feedUrl: this.items_ === undefined ? toHttpUrl(get('src'), document.baseURI) : undefined
        })
      )
    )
    if (state === 'ready') this.emit_('load', {count: entries.length})
  }

  private emit_(type: string, detail: SironetNewsLoadDetail | SironetNewsErrorDetail): void {
    this.dispatchEvent(new CustomEvent('sironet-news:' + type, {detail, bubbles: true, composed: true}))
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
