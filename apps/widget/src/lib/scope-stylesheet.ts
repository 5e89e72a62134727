/**
 * Turn the widget’s shadow-DOM stylesheet into one for light DOM: `:host`
 * becomes the outer box’s selector and every other selector is nested under
 * it, so the static snippet’s styles cannot reach the rest of the page.
 *
 * @param css Stylesheet written for a shadow root (selectors plain, `:host` and `:host(…)`).
 * @param host Selector of the outer box (example: `'.sironet-news'`).
 * @returns CSS text.
 * @example
 *   scopeStylesheet(':host{display:block}a{color:red}', '.box') // '.box{display:block}.box a{color:red}'
 */
export function scopeStylesheet(css: string, host: string): string {
  // A selector list starts the text or follows a block’s `{` or `}`; at-rules start with `@`.
  return css.replace(/(^|[{}])([^{}@]+)\{/g, (_, before: string, selectors: string) =>
    before +
    selectors
      .split(',')
      .map((selector) => (selector.startsWith(':host') ? selector.replace(/^:host(?:\((.*)\))?/, host + '$1') : `${host} ${selector}`))
      .join(',') +
    '{'
  )
}
