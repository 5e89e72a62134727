import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {validateNewsItem} from '@sironet/model'
import {parseBulletin} from '@sironet/parse'
import {fixtureText} from './helpers.js'

/** The real bulletin as a web page: `<h1>` title, `<h2>` heading, one `<p>` per paragraph. */
function toWebPage(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean)
  const [title, ...rest] = paragraphs
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'en'}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('title', title)]),
      h('body', [
        '\n',
        h('h1', title),
        '\n',
        ...rest.flatMap((paragraph) => [paragraph.startsWith('Latest News') ? h('h2', paragraph) : h('p', paragraph), '\n'])
      ])
    ])
  ])
  return toHtml(tree)
}

const text = parseBulletin(fixtureText, {source: 'sironet-2018-h1.txt'})
const html = toWebPage(fixtureText)
const page = parseBulletin(html, {source: 'sironet-2018-h1.html'})

describe('parseBulletin on HTML', () => {
  it('should sniff the page as HTML', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(page.items).toHaveLength(74)
  })

  it('should give the same bulletin as the text', () => {
    expect({...page.bulletin, items: []}).toEqual({...text.bulletin, items: []})
  })

  it('should give the same records as the text, body for body and id for id', () => {
    const strip = (result: typeof text) => result.items.map((item) => ({...item, source: undefined}))
    expect(strip(page)).toEqual(strip(text))
  })

  it('should point sources at the text of each `<p>` in the HTML', () => {
    for (const item of page.items) {
      const {offset, length} = item.source
      expect(html.slice(offset - 3, offset)).toBe('<p>')
      expect(html.slice(offset + length, offset + length + 4)).toBe('</p>')
      const lines = html.slice(0, offset).split('\n')
      expect(item.source.line).toBe(lines.length)
      expect(item.source.column).toBe(lines.at(-1)!.length + 1)
    }
  })

  it('should give the same messages at places in the HTML', () => {
    expect(page.messages.map((message) => [message.ruleId, message.actual])).toEqual(
      text.messages.map((message) => [message.ruleId, message.actual])
    )
    const lines = html.split('\n')
    for (const message of page.messages.filter((message) => message.actual !== undefined && !message.actual.includes('&'))) {
      const {start, end} = message.place
      expect(lines[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe(message.actual)
    }
  })

  it('should decode entities, keep `<br>` as a line break and collapse white space', () => {
    const source = [
      '<h1>Member News (2019.1-2019.6)</h1>',
      '<p>On May 5,   the caf&eacute; &amp; bar of the',
      '   Association<br>opened in Rome.</p>',
      '<ul><li>On May 6, the &ldquo;Open Day&rdquo; took place.</li></ul>'
    ].join('\n')
    const {bulletin, items} = parseBulletin(source)
    expect(bulletin.title).toBe('Member News')
    expect(bulletin.period).toEqual({start: '2019-01', end: '2019-06'})
    expect(items.map((item) => item.body)).toEqual([
      'On May 5, the café & bar of the Association\nopened in Rome.',
      'On May 6, the “Open Day” took place.'
    ])
    expect(items.map((item) => item.date?.start)).toEqual(['2019-05-05', '2019-05-06'])
    expect(source.slice(items[0]!.source.offset, items[0]!.source.offset + 9)).toBe('On May 5,')
    for (const item of items) expect(validateNewsItem(item).ok).toBe(true)
  })

  it('should split a paragraph where `<br>` lines are items', () => {
    const source = '<h1>News (2019.1-2019.6)</h1><p>On May 5, the forum opened.<br><br>On May 6, it closed.<br>On May 7, the board met<br>in Rome.</p>'
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.body)).toEqual(['On May 5, the forum opened.', 'On May 6, it closed.', 'On May 7, the board met\nin Rome.'])
    expect(items.map((item) => source.slice(item.source.offset, item.source.offset + item.source.length))).toEqual([
      'On May 5, the forum opened.',
      'On May 6, it closed.',
      'On May 7, the board met<br>in Rome.'
    ])
  })

  it('should keep a `<p>` one item across a `<br>` before a line that opens with no date, long lines or not', () => {
    const long = 'On May 5, a workshop on plastic-free markets for women vendors was held in Colombo, Sri Lanka, by the chamber.'
    const {items, messages} = parseBulletin(`<h1>News (2019.1-2019.6)</h1><p>${long}<br>38 market vendors took part.</p>`)
    expect(items.map((item) => item.body)).toEqual([`${long}\n38 market vendors took part.`])
    expect(items[0]!.participants).toMatchObject({value: 38})
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })

  it('should split the long `<br>` lines of a `<div>` after each sentence, as lines of text', () => {
    const long = 'On May 5, a workshop on plastic-free markets for women vendors was held in Colombo, Sri Lanka, by the chamber.'
    const {items} = parseBulletin(`<h1>News (2019.1-2019.6)</h1><div>${long}<br>The Kenya Athletics Federation welcomed 35 runners in Iten on May 21.</div>`)
    expect(items.map((item) => item.date?.start)).toEqual(['2019-05-05', '2019-05-21'])
  })

  it('should read a news table: date cells (ranges too) as headings, and the paragraphs of one cell as one item', () => {
    const row = (date: string, cell: string) => `<tr><td>${date}</td><td>${cell}</td></tr>`
    const source = `<h1>News 2024 H1</h1><table><tr><th>Date</th><th>News</th></tr>${[
      row('2024.01.10', 'On January 10, the forum opened in Seoul.'),
      row('2024.01.12–16', 'From January 12 to 16, a delegation visited Tokyo.'),
      row('2024.01.23–03.01', '<p>From January 23 to March 1, an exhibition was held in Busan.</p><p>Prof. OHARA Masaki of Tohoku University gave a lecture.</p>')
    ].join('')}</table>`
    const {items, messages} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2024-01-10', '2024-01-12', '2024-01-23'])
    expect(items[2]!.body).toBe('From January 23 to March 1, an exhibition was held in Busan.\n\nProf. OHARA Masaki of Tohoku University gave a lecture.')
    expect(items[2]!.people.map((person) => person.name)).toEqual(['OHARA Masaki'])
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })

  it('should read a definition list of news: each `<dt>` date a heading, each `<dd>` one item', () => {
    const source = '<h1>Digest January–June 2025</h1><dl><dt>12.–16.01.2025</dt><dd><p>From January 12 to 16, a forum met in Brno.</p><p>Prof. Ioana Popescu of the University of Bucharest spoke.</p></dd><dt>03/2025</dt><dd>In March, volunteers met in Łódź.</dd></dl>'
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-01-12', '2025-03'])
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Ioana Popescu'])
  })

  it('should not join the undated paragraph of a cell that holds several dated items (a page laid out in a table)', () => {
    const source = '<h1>News (2019.1-2019.6)</h1><table><tr><td><p>On May 5, the forum opened.</p><p>On May 6, it closed.</p><p>Volunteers cleaned the beach.</p></td></tr></table>'
    const {items, messages} = parseBulletin(source)
    expect(items.map((item) => item.body)).toEqual(['On May 5, the forum opened.', 'On May 6, it closed.', 'Volunteers cleaned the beach.'])
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toHaveLength(1)
  })

  it('should read a blog page: its sidebar no items, each post one item, a day inside the post’s dates included', () => {
    const post = (headline: string, ...paragraphs: string[]) => `<div class="post"><h3>${headline}</h3><p class="meta">Posted on 14/11/2024 by admin</p>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div>`
    const source = `<nav><a href="/">Home</a></nav><aside><h4>Archives</h4><ul><li><a href="/2024/12/">December 2024</a> (5)</li><li><a href="/2024/11/">November 2024</a> (2)</li></ul></aside>
<h1>Forum News (2024.7-2024.12)</h1><p>Welcome to our news.</p>${[
      post('Summer camp in Sharjah', 'From July 23 to September 1, a summer camp was held in Sharjah.', 'On 16 August, the children presented a play about water.'),
      post('A forum in Amman', 'On October 13, a forum opened in Amman.', 'Dr. Sawsan Al-Omari of Yarmouk University spoke.')
    ].join('')}`
    const {bulletin, items, messages} = parseBulletin(source)
    expect(bulletin.intro).toBe('Welcome to our news.')
    expect(items.map((item) => item.date?.start)).toEqual(['2024-07-23', '2024-10-13'])
    expect(items[0]!.body).toContain('\n\nOn 16 August, the children presented a play about water.')
    expect(items[1]!.people.map((person) => person.name)).toEqual(['Sawsan Al-Omari'])
    // A post's meta line is reported as a skipped heading, not read as an item or a date.
    expect(messages.filter((message) => message.ruleId === 'skipped-heading').map((message) => message.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('Posted on 14/11/2024 by admin')])
    )
  })

  it('should leave scripts and styles out', () => {
    const {items} = parseBulletin('<p>On May 5, the forum opened.<script>alert(1)</script></p><style>p{}</style>', {format: 'html'})
    expect(items.map((item) => item.body)).toEqual(['On May 5, the forum opened.'])
  })

  it('should read text that looks like markup as text when told so', () => {
    const {items} = parseBulletin('Title (2019.1-2019.6)\n\nOn May 5, the <p> tag was discussed.', {format: 'text'})
    expect(items[0]?.body).toBe('On May 5, the <p> tag was discussed.')
  })
})

describe('parseBulletin on numbered and bulleted items', () => {
  // The real bulletin with its items numbered (`1. On January 10, …`), as word processors paste lists.
  const paragraphs = fixtureText.split(/\n\s*\n/)
  let number = 0
  const numbered = paragraphs.map((paragraph) => (/^(?:On|In|From|During)\s|witnessed/.test(paragraph) ? `${++number}. ${paragraph}` : paragraph)).join('\n\n')
  const withoutSource = (items: readonly unknown[]) => items.map((item) => ({...(item as Record<string, unknown>), source: undefined}))

  it('should give the records of the unnumbered text from numbered text', () => {
    expect(number).toBeGreaterThan(60)
    const parsed = parseBulletin(numbered, {source: 'sironet-2018-h1.txt'})
    expect(withoutSource(parsed.items)).toEqual(withoutSource(text.items))
    for (const item of parsed.items) expect(numbered.slice(item.source.offset, item.source.offset + item.source.length)).toBe(item.body)
  })

  it('should give the records of the unnumbered text from bulleted paragraphs of a web page', () => {
    const bulleted = parseBulletin(toWebPage(numbered.replace(/^\d+\. /gm, '• ')), {source: 'sironet-2018-h1.html'})
    expect(withoutSource(bulleted.items)).toEqual(withoutSource(page.items))
  })

  it('should read a WordPress page: a post’s date-and-author line, its footer and the site’s footer are no items', () => {
    const post = (headline: string, posted: string, ...paragraphs: string[]) =>
      `<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/p">${headline}</a></h2><div class="entry-meta"><span class="posted-on"><time datetime="2022-09-15">${posted}</time></span> <span class="byline">by Jo Patel</span></div></header><div class="entry-content">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div><footer class="entry-footer">Posted in Fundraising</footer></article>`
    const source = `<h1 class="page-title">Partnership News: July to December 2022</h1>${[
      post('Walk for Water', '3rd October 2022', 'On October 1, forty-five walkers set off from Cardiff.', 'They raised £4,000 for wells.'),
      post('Rotary Dinner', '15th September 2022', 'The Rotary Club of Bristol held its dinner in Bristol on September 13th. Some 120 Rotarians and guests attended.')
    ].join('')}<footer class="site-footer">Proudly powered by WordPress | Registered charity 1234567</footer>`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2022-10-01', '2022-09-13'])
    expect(items[0]!.body).toContain('They raised £4,000 for wells.')
    expect(items[1]!.organizations.map((org) => org.name)).toEqual(['Rotary Club of Bristol'])
    expect(items[1]!.participants?.value).toBe(120)
  })

  it('should take a heading that states the period for the title when the `<h1>` holds only a logo, and read a table’s header cells as headings', () => {
    const source = `<ul class="util"><li>KOREAN</li><li>ENGLISH</li></ul><h1 class="logo"><img src="logo.png" alt=""></h1>
<h2 class="sub_tit">News (2024.1-2024.6)</h2><p class="txt">News of our member organizations.</p>
<table class="board_list"><tr><th>No.</th><th>Title</th><th>Date</th></tr>
<tr><td>2</td><td><a href="/2">K-culture Day</a></td><td>2024.06.25</td></tr><tr class="view"><td colspan="3"><p>On 24th June, about 130 migrants took part in a K-culture Day in Busan.</p></td></tr>
<tr><td>1</td><td><a href="/1">Camp in Jeju</a></td><td>2024.06.10</td></tr><tr class="view"><td colspan="3"><p>Early June, 52 university students held a camp in Jeju.</p></td></tr></table>`
    const {bulletin, items} = parseBulletin(source)
    expect(bulletin.title).toBe('News')
    expect(bulletin.period).toEqual({start: '2024-01', end: '2024-06'})
    expect(items.map((item) => item.date?.start)).toEqual(['2024-06-24', '2024-06'])
    expect(items[1]!.places).toEqual([{city: 'Jeju', country: 'KR'}])
  })

  it('should read items set apart by `<br><br>` in one cell, a single `<br>` inside an item joining its lines', () => {
    const source = `<table><tr><td width="160"><a href="/">Home</a></td><td><font size="4"><b>Latest News of SIRONET International Exchanges(2016.7-2016.12)</b></font><br><br>
On July 10, the forum opened in Beijing.<br>More than 150 people attended.<br>Mr. Zhao Mingde, Vice President of CNIE, spoke.<br><br>
&nbsp;&nbsp;In July 11, the camp opened in Xi’an.<br>Some 80 students took part.</td></tr></table>`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2016-07-10', '2016-07-11'])
    expect(items[0]!.participants?.value).toBe(150)
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Zhao Mingde'])
  })

  it('should read a framework’s card as one entry: its second paragraph goes on with the first', () => {
    const card = (...texts: string[]) => `<div class="col-md-4"><div class="card"><div class="card-body"><h5 class="card-title">Title</h5>${texts.map((text) => `<p class="card-text">${text}</p>`).join('')}<small class="text-muted">Posted 3 days ago</small></div></div></div>`
    const source = `<h1>News &amp; Stories</h1><p>Partnership updates, July–December 2024</p>${card('On July 10, a clinic opened in Kisumu, Kenya.')}${card('During August 19 and 28, nine officials toured Shanghai.', 'Prof. Chen Liwei of Fudan University guided them.')}`
    const {items} = parseBulletin(source)
    expect(items).toHaveLength(2)
    expect(items[1]!.people.map((person) => person.name)).toEqual(['Chen Liwei'])
  })

  it('should read a blog post headed by its own headline as one item: a follow-up paragraph with a date of its own and its `Read more »` link go with it', () => {
    const post = (title: string, ...texts: string[]) =>
      `<article class="post"><h2 class="entry-title"><a href="/p">${title}</a></h2><p class="meta">Posted on <time datetime="2025-05-26">26/05/2025</time></p>${texts.map((text) => `<p>${text}</p>`).join('')}<p><a class="more-link" href="/p">Read more &raquo;</a></p></article>`
    const source = `<h1>Partners Blog (January–June 2025)</h1><p>News of the partners.</p>${post('Forum in Limassol', 'On May 22-24, a youth forum was held in Limassol, Cyprus.', 'In January 11, the organizers had opened the call, and more than 600 young people applied.')}${post('Drill in Valletta', '<strong>12 March 2025 –</strong> The Malta Red Cross Society held a drill in Valletta, Malta.')}`
    const {items, messages} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-05-22', '2025-03-12'])
    expect(items[0]!.body).toContain('600 young people applied.')
    expect(items.map((item) => item.body)).not.toContainEqual(expect.stringContaining('Read more'))
    expect(messages.filter((message) => message.ruleId === 'unbalanced-quote')).toEqual([])
    // The date set apart by a dash is no part of the headline.
    expect(items[1]!.headline).toBe('Malta Red Cross Society held a drill in Valletta, Malta')
  })

  it('should read a post with three dated paragraphs or more as a container of items, as a cell of a table', () => {
    const source = `<h1>News (2025.1-2025.6)</h1><p>News of the partners.</p><article class="post"><h2>Half-year news</h2><p>On January 10, a clinic opened in Kisumu, Kenya.</p><p>On March 5, a forum opened in Yazd, Iran.</p><p>On May 2, a camp opened in Osh, Kyrgyzstan.</p></article>`
    expect(parseBulletin(source).items.map((item) => item.date?.start)).toEqual(['2025-01-10', '2025-03-05', '2025-05-02'])
  })

  it('should read a figure’s caption as no part of an item, though it states a date and a place', () => {
    const source = `<h1>Field Notes (March–June 2025)</h1><p class="lead">Notes from the field.</p><section><h3>Cholera response</h3><figure><img src="a.jpg" alt=""><figcaption>Volunteers in Cox’s Bazar, 15 April 2025. Photo: BRAC</figcaption></figure><p>On 13 – 14 April 2025, BRAC and UNICEF ran a cholera campaign in Cox’s Bazar, Bangladesh.</p></section>`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date)).toEqual([{start: '2025-04-13', end: '2025-04-14', text: 'On 13 – 14 April 2025'}])
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['BRAC', 'UNICEF'])
  })

  it('should read a wiki page: `[edit]` links and footnote marks as nothing, its contents, references and footer as chrome', () => {
    const source = `<h1 id="firstHeading">Exchange news 2024 (January–June)</h1><div class="mw-parser-output"><p>News of the network.</p>
<div id="toc" class="toc"><ul><li>1 January–March</li></ul></div>
<h2><span class="mw-headline">January–March</span><span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>
<ul><li><b>10 January</b> – On January 10, a museum opened in Xi’an.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></li>
<li>On March 5, a forum opened in Yazd, Iran.</li></ul>
<h2>References</h2><ol class="references"><li>^ Report of 12 January 2024.</li></ol></div>
<div id="footer"><p>This page was last edited on 3 July 2024.</p></div>`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2024-01-10', '2024-03-05'])
    expect(items[0]!.body).not.toContain('[1]')
  })

  it('should read a post’s standfirst with the dated paragraphs after it as one item, its date and facts from those paragraphs', () => {
    const article = (title: string, standfirst: string, ...texts: string[]) =>
      `<article class="news-item"><h2>${title}</h2><p class="standfirst">${standfirst}</p>${texts.map((text) => `<p>${text}</p>`).join('')}</article>`
    const source = `<h1>Round-up: January–June 2025</h1><p class="intro">News of our members.</p>${article('Schools sign a twinning link', 'Eight schools will swap lessons over three years.', 'On January 10, Leeds City Council signed a twinning agreement in Leeds. More than 60 delegates attended.', 'Ms Abigail Marshall, Executive Member for Learning, signed for the city.')}${article('A youth forum on belonging', 'Young newcomers spoke for themselves.', 'The British Red Cross held a youth forum in Manchester (14 February).')}`
    const {items, messages} = parseBulletin(source)
    expect(items.map((item) => [item.headline, item.date?.start])).toEqual([
      ['Schools sign a twinning link', '2025-01-10'],
      ['A youth forum on belonging', '2025-02-14']
    ])
    // Nothing is lost: the standfirst opens the item's text, and the third paragraph goes on with it.
    expect(items[0]!.body).toMatch(/^Eight schools will swap lessons[^]*signed for the city\.$/)
    expect(items[0]!.places).toEqual([{city: 'Leeds', country: 'GB'}])
    expect(items[0]!.participants).toMatchObject({value: 60, qualifier: 'more-than'})
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Abigail Marshall'])
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toEqual([])
  })
})

describe('parseBulletin on HTML records with labelled facts', () => {
  it('should read a record’s `<dl>` of labelled facts as a form’s fields, and its paragraph as its narrative', () => {
    const record = (title: string, facts: Array<[string, string]>, text: string) =>
      `<section class="record"><h3>${title}</h3><dl>${facts.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl><p>${text}</p></section>`
    const source = `<h1>Exchange Records, January–June 2025</h1><p>Records of our member cities.</p>${record(
      'Mayors’ Forum on Market Towns',
      [['Date', '10 January 2025'], ['Place', 'Bursa, Turkey'], ['Hosts', 'Bursa Metropolitan Municipality'], ['Guests', 'Bukhara City Hall (Uzbekistan)'], ['Attendance', 'about 120'], ['Theme', '“Living Bazaars, Living Cities”'], ['Contact', 'Ms. Elif Arslan, Programme Officer']],
      'The forum was first held in 2019 in Konya. Mayor Aziz Karimov of Bukhara spoke on the restoration of covered markets.'
    )}`
    const {items} = parseBulletin(source)
    expect(items).toHaveLength(1)
    const [item] = items
    expect(item!.date).toMatchObject({start: '2025-01-10'})
    expect(item!.places).toEqual([{city: 'Bursa', country: 'TR'}])
    expect(item!.participants).toMatchObject({value: 120, qualifier: 'about'})
    expect(item!.themes).toEqual(['Living Bazaars, Living Cities'])
    expect(item!.organizations.map((org) => org.name)).toEqual(['Bursa Metropolitan Municipality', 'Bukhara City Hall'])
    expect(item!.people.map((person) => person.name)).toEqual(['Elif Arslan', 'Aziz Karimov'])
    // Nothing is lost: the item's text holds the labels, their values and the paragraph.
    expect(item!.body).toMatch(/^Date: 10 January 2025\nPlace: Bursa, Turkey\n[^]*covered markets\.$/)
  })

  it('should read a glossary’s `<dl>` (long terms) as paragraphs, not as a form', () => {
    const source = `<h1>News (2025.1-2025.6)</h1><p>Our news.</p><dl><dt>On January 10, the forum on water and cities opened in Bursa, Turkey, with many guests</dt><dd>It was the first of its kind.</dd><dt>On March 5, a camp opened in Osh, Kyrgyzstan, for the young volunteers of the region</dt><dd>It ran for a week.</dd></dl>`
    const {items} = parseBulletin(source)
    expect(items[0]!.body).toBe('On January 10, the forum on water and cities opened in Bursa, Turkey, with many guests')
    expect(items.map((item) => item.body)).not.toContainEqual(expect.stringContaining(': '))
  })
})

describe('parseBulletin on list items with nested details', () => {
  it('should read a list item’s nested list of details as its lines: labelled ones as a form’s fields, a dated one no item', () => {
    const source = `<h1>Highlights · January to June 2025</h1><p>Our highlights.</p><ul class="highlights">
<li><strong>12–16 Jan</strong>: A WASH assessment mission travelled to Herat, Afghanistan.
<ul><li>Participants: 12 engineers</li><li>Partners: Afghan Red Crescent Society, UNICEF</li><li>Theme: “Water First, Water for All”</li></ul></li>
<li><strong>10 January</strong> – The Alliance opened a cholera treatment centre in Aden, Yemen.
<ul><li>Participants: nearly 80 health workers</li><li>Partners: World Health Organization</li><li>On January 10, the first 40 patients were admitted</li></ul></li>
</ul>`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-01-12', '2025-01-10'])
    expect(items[0]!.participants).toMatchObject({value: 12, qualifier: 'exact'})
    expect(items[0]!.themes).toEqual(['Water First, Water for All'])
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['Afghan Red Crescent Society', 'UNICEF'])
    expect(items[1]!.participants).toMatchObject({value: 80, qualifier: 'nearly'})
    expect(items[1]!.body).toContain('the first 40 patients were admitted')
  })
})

describe('parseBulletin on a timeline page', () => {
  it('should read each timeline event as one item: its second paragraph goes on with the first', () => {
    const event = (time: string, title: string, ...texts: string[]) =>
      `<div class="timeline-event"><time datetime="2025">${time}</time><h3>${title}</h3><div class="timeline-body">${texts.map((text) => `<p>${text}</p>`).join('')}</div></div>`
    const source = `<h1>Exchange Timeline — January to June 2025</h1><p>Our exchanges.</p>${event('10 Jan', 'Harbour city welcomes the Balkans', 'On January 10, the Hamburg Youth Council opened a youth exchange in Hamburg, Germany.', 'Ms. Anna Vogel, Chair of the Hamburg Youth Council, welcomed the group.')}${event('11 Jan', 'Study tour', 'In January 11, a delegation visited Prague, Czechia.')}`
    const {items} = parseBulletin(source)
    expect(items.map((item) => item.date?.start)).toEqual(['2025-01-10', '2025-01-11'])
    expect(items[0]!.people.map((person) => person.name)).toEqual(['Anna Vogel'])
  })
})

describe('parseBulletin on a page of headlines that state place and date', () => {
  const page = `<!doctype html><html><body><main><article class="highlights">
<h1>Programme highlights: January–June 2024</h1>
<p>Amani Bridges International (ABI) works in East Africa and Asia.</p>
<section><h2>Health</h2>
<h3>Mobile clinics reach remote villages (Lodwar, Kenya, 4–9 March 2024)</h3>
<p>Two mobile clinic teams of ABI and the Kenya Red Cross Society saw 1,840 patients in twelve villages.</p>
<p>“Many mothers walk three hours to a dispensary,” said Dr. Achieng Otieno.</p>
<h3>Kits for flood-affected pupils (Garissa, Kenya, early February 2024)</h3>
<p>Following the floods that hit the county between October and December 2023, ABI gave 2,500 kits to pupils.</p>
</section></article></main></body></html>`
  const {items} = parseBulletin(page, {source: 'highlights.html'})

  it('should read a story’s paragraph whose date, later in its sentence, is before the story’s as part of the story', () => {
    const story = (headline: string, ...texts: string[]) => `<h3>${headline}</h3>${texts.map((text) => `<p>${text}</p>`).join('')}`
    const source = `<h1>News – Second Half of 2020</h1><p>News of our members.</p>${story('Forum in Lima', 'On July 10, a forum opened in Lima.')}${story(
      'Food baskets in Porto Alegre',
      'In September, the institute distributed food baskets in Porto Alegre.',
      'Its director thanked the donors and recalled that the institute had already delivered 3,000 baskets in May and June.'
    )}${story('Webinar for teachers', 'A webinar was broadcast from Recife on September 18.')}${story(
      'Camp in Cusco',
      'In October, a camp opened in Cusco.',
      // (A later date of its own in a paragraph under the same headline is still an item: a follow-up event.)
      'The volunteers returned to Lima on November 20 for a second camp.'
    )}`
    const {items} = parseBulletin(source, {source: 'stories.html'})
    expect(items.map((item) => item.date?.start)).toEqual(['2020-07-10', '2020-09', '2020-09-18', '2020-10', '2020-11-20'])
    expect(items[1]!.body).toMatch(/May and June\.$/)
  })

  it('should read each headline’s story as one item, inside an `<article>` that holds the whole page', () => {
    expect(items).toHaveLength(2)
    expect(items[0]!.body).toMatch(/saw 1,840 patients .* said Dr\. Achieng Otieno\.$/s)
    expect(items[0]!.headline).toBe('Mobile clinics reach remote villages (Lodwar, Kenya, 4–9 March 2024)')
  })

  it('should take the date and the venue from the headline, over a background date in the text', () => {
    expect(items.map((item) => [item.date?.start, item.date?.end ?? null, item.date?.part ?? null])).toEqual([
      ['2024-03-04', '2024-03-09', null],
      ['2024-02', null, 'early']
    ])
    expect(items.map((item) => item.places.map((place) => `${place.city}|${place.country}`))).toEqual([['Lodwar|KE'], ['Garissa|KE']])
  })
})

describe('parseBulletin on pages with readers’ comments, lists of other news and status lozenges', () => {
  it('should read no item in a page’s comments or its highlighted news, and no status lozenge as a body', () => {
    const page = `<!doctype html><html><body><h1>Exchanges digest: July–December 2022</h1>
<p>Our members' exchanges.</p>
<p>On July 8, the Dhaka Youth Council hosted a forum in Dhaka. <span class="status-macro aui-lozenge aui-lozenge-success">DONE</span></p>
<div data-sp-feature-tag="ContentRollupWebPart web part (Highlighted content)"><p>On June 20, the council launched its flood appeal</p></div>
<div class="CommentsWrapper" data-automation-id="comments"><p>On December 18 I watched the semi-finals in Sylhet – great to see the tournament in the digest!</p></div>
<ol class="commentlist"><li><p>On 5 August we read this with joy, thank you for the news from Dhaka!</p></li></ol>
</body></html>`
    const {items} = parseBulletin(page, {source: 'digest.html'})
    expect(items.map((item) => item.date?.start)).toEqual(['2022-07-08'])
    expect(items[0]!.organizations.map((org) => org.name)).toEqual(['Dhaka Youth Council'])
  })
})

describe('parseBulletin on an old page of date and text cells', () => {
  it('should take the title from a cell that states the period over two lines, and read a text cell’s paragraphs as one item dated by the cell beside it', () => {
    const page = `<html><body><table><tr><td><p>Accueil / Home</p><p>Members</p><p>Archives<br>Bulletin n°13 (July - December 2020)<br>Bulletin n°12 (January - June 2020)</p></td>
<td><font><b>PFOAC News of International Exchanges<br>Half-year bulletin n°14 (January – June 2021)</b></font><br><br>The Platform gathers 63 member NGOs in 9 countries.
<table class="news"><tr><td class="date">28 January 2021</td><td class="text">The Platform took part in the online Silk Road NGO Forum.<br><br>Some 300 participants from more than 40 countries joined it.</td></tr></table>
</td></tr></table></body></html>`
    const {bulletin, items} = parseBulletin(page, {source: 'pfoac.html'})
    expect(bulletin.title).toBe('PFOAC News of International Exchanges Half-year bulletin n°14')
    expect(bulletin.period).toEqual({start: '2021-01', end: '2021-06'})
    expect(items).toHaveLength(1)
    expect(items[0]!.date?.start).toBe('2021-01-28')
    expect(items[0]!.participants).toMatchObject({value: 300, qualifier: 'about'})
  })
})

describe('parseBulletin on a sheet pasted as an HTML table, and on plans', () => {
  it('should read each row under a header of known columns as an item dated by its date cell, and no row under `Upcoming events`', () => {
    const page = `<html><body><table>
<tr><td colspan=4>ACPA – Activity log, January–June 2022</td></tr>
<tr><td>Date</td><td>Venue</td><td>Activity</td><td>No. of participants</td></tr>
<tr><td>15/01/2022</td><td>Lima, Peru</td><td>ACPA hosted its New Year reception for partner organizations.</td><td>approx. 120</td></tr>
<tr><td>Mar 2022</td><td>Cusco, Peru</td><td>Volunteers planted trees<br>along the river.</td><td>&nbsp;</td></tr>
</table>
<h2>Upcoming events</h2>
<p>On 12 September 2022, the general assembly will meet in Lima.</p>
</body></html>`
    const {bulletin, items} = parseBulletin(page, {source: 'log.html'})
    expect(bulletin.period).toEqual({start: '2022-01', end: '2022-06'})
    expect(items.map((item) => [item.date?.start, item.places[0]?.city, item.participants?.value ?? null])).toEqual([
      ['2022-01-15', 'Lima', 120],
      ['2022-03', 'Cusco', null]
    ])
  })
})

describe('parseBulletin on a page that shows when each post went up', () => {
  /** A page of `<article>` posts, each with its headline, the day it was posted (`<time>`) and its text. */
  const page = (posts: Array<[string, string]>) =>
    `<h1>News of International Exchanges (2025.7-2025.12)</h1>${posts
      .map(([posted, text], index) => `<article><h3>Post ${index + 1}</h3><time datetime="x">${posted}</time><p>${text}</p></article>`)
      .join('')}`
  const dates = (posts: Array<[string, string]>) => parseBulletin(page(posts), {source: 'posts.html'}).items.map((item) => item.date)

  it('should date each post by the event its first sentence states, not by the day it went up', () => {
    expect(
      dates([
        ['07.07.2025', 'On July 3, the Berlin Youth Dialogue was staged in Berlin.'],
        ['25.07.2025', 'Mid July witnessed a summer camp in Hamburg.'],
        ['24.10.2025', 'The Silk Road Dialogue of Civil Society was held in Vienna on October 20. Some 100 guests came.']
      ]).map((date) => date && [date.start, date.end ?? null, date.part ?? null])
    ).toEqual([
      ['2025-07-03', null, null],
      ['2025-07', null, 'mid'],
      ['2025-10-20', null, null]
    ])
  })

  it('should keep the day of the post when its text states no date of the period to a month', () => {
    expect(
      dates([
        ['12.09.2025', 'In 2015, the association was founded in Graz by teachers.'],
        ['14.09.2025', 'A choir from Leipzig sang at the town hall.']
      ]).map((date) => date?.start)
    ).toEqual(['2025-09-12', '2025-09-14'])
  })
})

