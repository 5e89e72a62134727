/**
 * Whether a paragraph is page furniture rather than news: a copyright or
 * rights notice (`© 2017 Women & Environment Alliance. All rights reserved.`),
 * as a bulletin saved as a web page ends with. Such a paragraph is no item.
 *
 * @param text Paragraph text, trimmed.
 * @returns `true` for a copyright or rights notice.
 * @example
 *   looksLikeBoilerplate('Copyright 2018 SIRONET. All rights reserved.') // true
 */
export function looksLikeBoilerplate(text: string): boolean {
  if (text.length > 200) return false
  return /^(?:©|\(c\)\s|copyright\b)/i.test(text) || /\ball rights reserved\.?$/i.test(text)
}
