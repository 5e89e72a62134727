import {assertNewsItem, type NewsItem} from '@sironet/model'

/**
 * A valid record whose text fields carry hostile content: markup, CDATA ends,
 * ampersands, control characters, an unpaired surrogate, RTL marks, formula
 * starts, quotes, line breaks and a 10 kB word.
 */
export function makeHostileItem(id = '2018-02-01-hostile'): NewsItem {
  const nasty = '<script>alert(1)</script> ]]> &amp; & "q" \'s\' \u0000\u0007\u001b \ud800 \u202eRTL\u202c \u2028'
  return assertNewsItem({
    id,
    date: {start: '2018-02-01', text: 'On February 1'},
    headline: `=HYPERLINK("http://evil.example/") ${nasty}`.slice(0, 140),
    summary: `-2+3 ${nasty}\r\nsecond line, with comma`,
    body: `@SUM(A1) ${nasty} ${'w'.repeat(10_000)}`,
    places: [{country: 'CN', city: '<img src=x onerror=alert(1)>'}],
    participants: {value: 12, qualifier: 'about', text: 'about 12'},
    themes: ['\tTab theme', 'a;b'],
    organizations: [{name: '+Org "Quoted", Inc.'}, {name: 'ACME & Sons <b>'}],
    people: [{name: 'Ra\u200fmi'}],
    tags: ['belt-and-road'],
    language: 'en',
    source: {bulletin: 'hostile.txt', line: 3, column: 1, offset: 10, length: 100}
  })
}
