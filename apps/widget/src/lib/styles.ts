/**
 * The widget’s shadow-DOM stylesheet. Colours, fonts and spacing come from
 * `--sironet-news-*` custom properties. Their defaults are the system colours
 * of the host’s `color-scheme` (light and dark), so the widget follows
 * `prefers-color-scheme` with no colour written twice; the font is the host
 * page’s (an unset `var()` inherits).
 * Selectors are the elements of the widget’s own markup; `scopeStylesheet`
 * turns it into the static snippet’s.
 */
export const stylesheet: string =
  ':host{display:block;color-scheme:light dark;color:var(--sironet-news-fg,CanvasText);background:var(--sironet-news-bg,Canvas);font-family:var(--sironet-news-font);font-size:var(--sironet-news-font-size);line-height:1.45;border-radius:var(--sironet-news-radius,.5em);padding:var(--sironet-news-padding,1em);--sn-l:1px solid var(--sironet-news-border,#8886)}' +
  // Dates, places and messages are grey: system colours have no grey with AA contrast.
  '@media(prefers-color-scheme:dark){:host{--sn-m:#b4bac3}}' +
  ':host([hidden]){display:none}' +
  'h2{font-size:1.15em;margin:0 0 .4em}' +
  'ul{list-style:none;margin:0;padding:0}' +
  'li{padding:.6em 0;border-bottom:var(--sn-l)}' +
  'h3{font-size:1em;font-weight:600;margin:0 0 .15em}' +
  'a{color:var(--sironet-news-accent,LinkText);text-underline-offset:.15em}' +
  'a:focus-visible{outline:2px solid var(--sironet-news-focus,currentColor);outline-offset:2px;border-radius:2px}' +
  'p{margin:0;color:var(--sironet-news-muted,var(--sn-m,#595959));font-size:.875em}' +
  'ul+p{margin-top:.75em}' +
  'p>*{unicode-bidi:isolate}' +
  'p>*+*:before{content:"·";content:"·"/"";margin-inline:.4em}' +
  '.cards ul{display:grid;gap:var(--sironet-news-gap,.75em);grid-template-columns:repeat(auto-fill,minmax(min(100%,15em),1fr))}' +
  '.cards li{border:var(--sn-l);border-radius:var(--sironet-news-radius,.5em);padding:.75em}' +
  '.compact li{padding:.3em 0}' +
  '.compact article{display:flex;flex-wrap:wrap;gap:0 .6em;align-items:baseline}' +
  '.compact h3{font-weight:400;margin:0}'
