import {SironetNewsElement} from './element.js'

/**
 * Register `<sironet-news>` with the page’s custom element registry, once:
 * calling it again, or loading the widget twice, does nothing.
 *
 * @returns The registered class.
 * @example
 *   import {defineSironetNews} from '@sironet/widget'
 *   defineSironetNews()
 */
export function defineSironetNews(): CustomElementConstructor {
  const defined = customElements.get('sironet-news')
  if (defined) return defined
  customElements.define('sironet-news', SironetNewsElement)
  return SironetNewsElement
}
