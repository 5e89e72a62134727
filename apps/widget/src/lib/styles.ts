/**
 * The widget’s stylesheet with `host` as the selector of its outer box
 * (`:host` in shadow DOM, `.sironet-news` for the static snippet). Colours and
 * fonts come from `--sironet-news-*` custom properties, with light and dark
 * defaults that follow `prefers-color-scheme`; the font is the host page’s.
 *
 * @param host Selector of the outer box (example: `':host'`).
 * @returns CSS text.
 */
export function buildStylesheet(host: string): string {
  const colors = (accent: string, bg: string, fg: string, muted: string, border: string) =>
    `${host}{--sn-a:var(--sironet-news-accent,${accent});--sn-b:var(--sironet-news-bg,${bg});--sn-f:var(--sironet-news-fg,${fg});--sn-m:var(--sironet-news-muted,${muted});--sn-l:var(--sironet-news-border,${border})}`
  return (
    colors('#0b57d0', '#fff', '#1b1b1b', '#595959', '#d5d9de') +
    `@media(prefers-color-scheme:dark){${colors('#9cc1ff', '#17191d', '#eceef1', '#b4bac3', '#3a3f47')}}` +
    `${host}{display:block;color:var(--sn-f);background:var(--sn-b);font-family:var(--sironet-news-font,inherit);font-size:var(--sironet-news-font-size,1em);line-height:1.45;border-radius:var(--sironet-news-radius,.5em);padding:var(--sironet-news-padding,1em)}` +
    '.title{font-size:1.15em;margin:0 0 .4em}' +
    '.list{list-style:none;margin:0;padding:0}' +
    '.item{padding:.6em 0;border-bottom:1px solid var(--sn-l)}' +
    '.headline{font-size:1em;font-weight:600;margin:0 0 .15em}' +
    'a{color:var(--sn-a);text-underline-offset:.15em}' +
    'a:focus-visible{outline:2px solid var(--sironet-news-focus,var(--sn-a));outline-offset:2px;border-radius:2px}' +
    '.meta,.status{margin:0;color:var(--sn-m);font-size:.875em}' +
    '.meta>*{unicode-bidi:isolate}' +
    '.meta>*+*:before{content:"·";content:"·"/"";margin-inline:.4em}' +
    '.footer{margin:.75em 0 0}' +
    '.cards .list{display:grid;gap:var(--sironet-news-gap,.75em);grid-template-columns:repeat(auto-fill,minmax(min(100%,15em),1fr))}' +
    '.cards .item{border:1px solid var(--sn-l);border-radius:var(--sironet-news-radius,.5em);padding:.75em}' +
    '.compact .item{padding:.3em 0}' +
    '.compact article{display:flex;flex-wrap:wrap;gap:0 .6em;align-items:baseline}' +
    '.compact .headline{font-weight:400;margin:0}'
  )
}
