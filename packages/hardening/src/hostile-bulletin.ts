import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {hostilePayloads, type HostilePayload} from './hostile-payloads.js'

const months = ['January', 'February', 'March', 'April', 'May', 'June'] as const

/** The title every hostile bulletin carries (a markup payload inside a real period). */
export const hostileTitle = 'Latest News of SIRONET International Exchanges <script>alert("title")</script>(2018.1-2018.6)'

/** The intro paragraph of the hostile bulletins. */
export const hostileIntro =
  'In order to share the latest news of member organizations, we publish "><img src=x onerror=alert(1)> stories & reports of ]]> SIRONET members.'

/** Whether a payload survives a trip through UTF-8 (unpaired surrogates do not). */
export function isUtf8Safe(value: string): boolean {
  return !/\p{Cs}/u.test(value)
}

/**
 * The item text that carries one payload: a real-looking sentence with a
 * date, a place, a headcount, a theme in quotation marks and an organization,
 * each of which holds the payload somewhere a parser will pick it up.
 *
 * @param payload The payload.
 * @param index Its position, which picks the date.
 */
export function makeHostileItemText(payload: HostilePayload, index: number): string {
  const month = months[index % months.length]!
  const day = (index % 27) + 1
  const value = payload.value
  return (
    `On ${month} ${day}, the ${value} Forum on Youth Exchanges was staged in Beijing by the China NGO Network for ` +
    `International Exchanges (CNIE). More than ${index + 20} people attended the forum themed “${value}”. ` +
    `Wang Hongyan, Vice President of ${value} Association, delivered a speech (case ${payload.name}).`
  )
}

/**
 * The plain-text hostile bulletin: a title with a period, an intro, then one
 * item per payload that UTF-8 can carry, separated by blank lines like the real
 * bulletin. Payloads with line breaks split or join paragraphs on purpose.
 */
export function makeHostileBulletinText(): string {
  const items = hostilePayloads
    .filter((payload) => isUtf8Safe(payload.value))
    .map((payload, index) => makeHostileItemText(payload, index))
  return [hostileTitle, hostileIntro, 'Latest News of SIRONET International Exchanges', ...items].join('\n\n\n') + '\n'
}

/**
 * The same bulletin as a web page: payloads appear as escaped text (they must
 * come out of the parser as the very same text), and a few items also carry
 * live markup (a `<script>` element, an `onerror` handler, a `javascript:`
 * link) that the parser must reduce to text without running or keeping it.
 */
export function makeHostileBulletinHtml(): string {
  const paragraphs: ElementContent[] = hostilePayloads
    .filter((payload) => isUtf8Safe(payload.value))
    .map((payload, index) => h('p', makeHostileItemText(payload, index)))
  const live: ElementContent[] = [
    h('p', [
      'On June 28, the Live Markup Forum was held in Xiamen, China. ',
      h('script', 'alert("live script")'),
      'More than 40 people took part. ',
      h('img', {src: 'x', onerror: 'alert("live img")', alt: ''}),
      h('a', {href: 'javascript:alert("live link")'}, 'Read more'),
      '.'
    ]),
    h('p', [
      'On June 29, a ',
      h('b', h('i', 'nested')),
      ' meeting with ',
      h('svg', {onload: 'alert("live svg")'}),
      h('iframe', {srcdoc: '<script>alert("live iframe")</script>'}),
      'an iframe took place in Shanghai, China.',
      h('br'),
      'Its theme was “safety first”.'
    ]),
    h('p', {style: 'background:url(javascript:alert(1))', onclick: 'alert("live p")'}, [
      'On June 30, the Style Forum was held in Hong Kong. ',
      h('style', 'body{display:none}'),
      'About 30 people attended.'
    ])
  ]
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [h('meta', {charset: 'utf-8'}), h('title', hostileTitle)]),
        h('body', [h('h1', hostileTitle), h('p', hostileIntro), ...paragraphs, ...live] as Element['children'])
      ])
    ]
  }
  return toHtml(tree) + '\n'
}
