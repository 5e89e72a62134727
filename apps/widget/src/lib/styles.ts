// Light and dark defaults of the five colours, each behind its public custom property.
const colors = (accent: string, bg: string, fg: string, muted: string, border: string): string =>
  `:host{--sn-a:var(--sironet-news-accent,${accent});--sn-b:var(--sironet-news-bg,${bg});--sn-f:var(--sironet-news-fg,${fg});--sn-m:var(--sironet-news-muted,${muted});--sn-l:var(--sironet-news-border,${border})}`

/**
 * The widget’s shadow-DOM stylesheet. Colours, fonts and spacing come from
 * `--sironet-news-*` custom properties, with light and dark defaults that
 * follow `prefers-color-scheme`; the font is the host page’s (an unset
 * `var()` inherits). Its selectors are the elements of the widget’s own
 * markup; `scopeStylesheet` turns it into the static snippet’s.
 */
export const stylesheet: string =
  colors('#0b57d0', '#fff', '#1b1b1b', '#595959', '#d5d9de') +
  `@media(prefers-color-scheme:dark){${colors('#9cc1ff', '#17191d', '#eceef1', '#b4bac3', '#3a3f47')}}` +
  ':host{display:block;color:var(--sn-f);background:var(--sn-b);font-family:var(--sironet-news-font);font-size:var(--sironet-news-font-size);line-height:1.45;border-radius:var(--sironet-news-radius,.5em);padding:var(--sironet-news-padding,1em)}' +
  ':host([hidden]){display:none}' +
  'h2{font-size:1.15em;margin:0 0 .4em}' +
  'ul{list-style:none;margin:0;padding:0}' +
  'li{padding:.6em 0;border-bottom:1px solid var(--sn-l)}' +
  'h3{font-size:1em;font-weight:600;margin:0 0 .15em}' +
  'a{color:var(--sn-a);text-underline-offset:.15em}' +
  'a:focus-visible{outline:2px solid var(--sironet-news-focus,var(--sn-a));outline-offset:2px;border-radius:2px}' +
  'p{margin:0;color:var(--sn-m);font-size:.875em}' +
  'ul+p{margin-top:.75em}' +
  'p>*{unicode-bidi:isolate}' +
  'p>*+*:before{content:"·";content:"·"/"";margin-inline:.4em}' +
  '.cards ul{display:grid;gap:var(--sironet-news-gap,.75em);grid-template-columns:repeat(auto-fill,minmax(min(100%,15em),1fr))}' +
  '.cards li{border:1px solid var(--sn-l);border-radius:var(--sironet-news-radius,.5em);padding:.75em}' +
  '.compact li{padding:.3em 0}' +
  '.compact article{display:flex;flex-wrap:wrap;gap:0 .6em;align-items:baseline}' +
  '.compact h3{font-weight:400;margin:0}'
