import {readFileSync} from 'node:fs'
import type {NewsItem} from '@sironet/model'
import {describe, expect, it} from 'vitest'
import {checkParse} from '../src/check-parse.js'
import {hostilePayloads} from '../src/hostile-payloads.js'

const folder = new URL('../../../fixtures/hostile/', import.meta.url)
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Every string of a record a page or feed may show. */
function shownText(item: NewsItem): string[] {
  return [
    item.headline,
    item.summary,
    item.body,
    ...item.themes,
    ...item.places.flatMap((place) => [place.city ?? '', place.region ?? '']),
    ...item.organizations.flatMap((organization) => [organization.name, organization.acronym ?? '', organization.role ?? '']),
    ...item.people.flatMap((person) => [person.name, ...(person.titles ?? []), person.organization ?? '']),
    item.participants?.text ?? '',
    item.date?.text ?? ''
  ]
}

// Printable payloads: what an HTML parser keeps as text unchanged (it drops NUL, turns CR into LF).
const printable = hostilePayloads.filter((payload) => /^[^\p{Cc}\p{Cs}\p{Cn}\uFFFE\uFFFF\u2028\u2029]*$/u.test(payload.value))

describe('parseBulletin on the hostile bulletins', () => {
  it('should keep every promise on fixtures/hostile/bulletin.txt and lose no payload', () => {
    const result = checkParse(readFileSync(new URL('bulletin.txt', folder)), {format: 'text', source: 'bulletin.txt'})
    const bodies = result.items.map((item) => item.body)
    for (const payload of hostilePayloads) {
      // Payloads with line breaks split paragraphs on purpose; `checkParse` already proved nothing was lost.
      if (/[\p{Cs}\r\n\u000b\u000c\u0085\u2028\u2029]/u.test(payload.value)) continue
      expect(bodies.some((body) => body.includes(payload.value)), payload.name).toBe(true)
    }
    expect(result.bulletin.title).toContain('<script>')
  }, 60_000)

  it('should read fixtures/hostile/bulletin.html as text: escaped payloads come back, live markup does not', () => {
    const result = checkParse(readFileSync(new URL('bulletin.html', folder)), {format: 'html', source: 'bulletin.html'})
    const bodies = result.items.map((item) => collapse(item.body))
    for (const payload of printable) {
      expect(bodies.some((body) => body.includes(collapse(payload.value))), payload.name).toBe(true)
    }
    const everything = result.items.flatMap(shownText).join('\n') + result.bulletin.title + result.bulletin.intro
    // The live elements' code never becomes record text; their visible text does.
    for (const code of ['live script', 'live img', 'live link', 'live svg', 'live iframe', 'live p', 'display:none']) {
      expect(everything, code).not.toContain(code)
    }
    expect(bodies).toContain('On June 28, the Live Markup Forum was held in Xiamen, China. More than 40 people took part. Read more.')
  }, 60_000)
})
