import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseBulletin} from '@sironet/parse'
import type {Gold} from './gold.ts'
import {alignItems, formatScore, scoreItems, type ScoredField} from './score.ts'

// Bulletins written in other organizations' styles, annotated by hand after
// fixtures/GOLD-GUIDELINES.md. The rules were made general on the first three;
// `green-partnership` was written and scored afterwards, without tuning, and keeps its misses.
// `chamber-network` (text) and `women-environment` (a page saved as HTML) were written with their
// gold before any parse of them (blind), then scored; the general rules their misses showed were
// fixed with unit tests of their own, and the misses left are kept. `sports-culture` (text
// hard-wrapped at 72 columns) was also written with its gold before any parse of it (blind); blind it
// scored dates, places, countries and themes 1.000, participants 0.667, organizations 0.864, people
// 0.824. The general rules its misses showed (sport and arts nouns for people, `competed`/`toured`,
// `a cultural troupe of`, `welcomed a group of`, the titles Coach and Mestre, `Dr. An …`, theatres and
// museums as bodies) were then fixed with unit tests of their own; the misses left are kept.
// `health-education` (one paragraph per line, blank lines between, title period `2022 H2`) was also
// written with its gold before any parse of it (blind); blind it scored dates, places, countries,
// themes and people 1.000, participants 0.960 and organizations 0.882. The general rules its misses
// showed (`began` as taking part; `against`, a comma-listed portfolio and a plural title inside a
// body's name) were then fixed with unit tests of their own; `Save the Children` and a body ending in
// `Programme` are still missed and kept.
// `culture-heritage` (a page saved as HTML, one `<p>` per line, title period `Jul.–Dec. 2022`) was also
// written with its gold before any parse of it (blind); blind it scored dates and themes 1.000, places and
// countries 0.857, participants 0.800, organizations 0.836 and people 0.727. The general rules its
// misses showed (heritage and craft nouns for people; museums, libraries and theatres named in French,
// Spanish or Italian with `et`, `y`, `della`…; `O'Sullivan`/`McAllister` names; curator and `Daw` as
// titles) were then fixed with unit tests of their own. Kept: countries people came from read as
// venues, a future venue, `University of the Punjab` adding India, one-word names (`Rijksmuseum`,
// `Europa Nostra`, a bare `Suwarno`), `van den` names, `University College Dublin`, a Polish-only name.
// `sironet-2019-h1` (text in the secretariat's own style, title `Latest News of SIRONET International
// Exchanges(2019.1-2019.6)`) and `sironet-2018-h2` (the same style as a saved web page) were also written
// with their gold before any parse of them (blind). Blind, `sironet-2019-h1` scored dates, themes and people
// 1.000, places 0.919, countries 0.970, participants 0.929, organizations 0.920; `sironet-2018-h2` scored
// dates, places, countries and themes 1.000, participants 0.957, organizations 0.937, people 0.955. The general
// rules their misses showed (facts read with the spaces of run-together words; `in <Place>` kept when the
// acronym spells it; a name starting where its acronym does; two bodies joined by `and`; clinics; the Burmese
// `U`; a Chinese surname named again; `, and N people took part`; a group someone `led`; `led … to visit`) were
// then fixed with unit tests of their own. Kept: `Ya’an` (not in the gazetteer under that name) and `ten ASEAN
// countries`, whose gold leaves ASEAN out though the fixture's gold counts `SCO member countries` as SCO.
// `sironet-2020-h1` (a saved page whose items are `<br><br>`-separated text in one `<div>`, with online
// events that have no venue) and `sironet-2017-h2` (CRLF, one numbered paragraph per line, no blank lines)
// were also written with their gold before any parse of them (blind). Blind, `sironet-2020-h1` scored dates,
// themes and people 1.000, places and countries 0.960, participants 0.909, organizations 0.974;
// `sironet-2017-h2` scored dates, themes and people 1.000, participants 0.968, countries 0.944, places 0.927,
// organizations 0.921. The general rules their misses showed (spelled-out acronyms without a head noun,
// `(Africa CDC)` short forms, `Red Cross societies` as no body, no city in a provincial office's name,
// headcounts after `only` or past `Mr.`, the place of a site gathered at or visited, one-word `Xilinhot`,
// `Inner Mongolia`, earlier editions as background) were then fixed with unit tests of their own. Kept: a
// body named only in Sinhala (`Lanka Jathika Sarvodaya Shramadana Sangamaya`), as `Rijksmuseum` above.
// `poverty-headings` (text; a headline line above each item, section headings `ASIA` and `AFRICA`) was also
// written with its gold before any parse of it (blind); blind it scored dates and themes 1.000, people 0.974,
// organizations 0.941, participants 0.929, countries 0.897, places 0.788. Fixed after, with unit tests:
// caretakers, borrowers and bankers as people; the place of a later sentence whose subject is the event;
// sites visited without an article; a country's possessive out of a body's name; and each item takes the
// headline above it; a district said to be a town is a city (`Kyotera, a town in …`). Kept: `Moroto` (a
// district named without `town`), towns GeoNames files under another
// spelling (`Dessie` as `Dese`), towns under 15,000 people (`Jumla`), one-word bodies and people (`Akhuwat`,
// `Tigist`).
// `dayfirst-network` (a saved page in British style: `Dr`, `Prof`, `Mr` without a point, day-first dates, a
// period `December 2018 – May 2019` across the year) was also written with its gold before any parse of it
// (blind); blind it scored dates and themes 1.000, participants 0.963, countries 0.941, places 0.882,
// organizations 0.725, people 0.625. Fixed after, with unit tests: titles without a point, and head-first
// French and Spanish names read whole (`Fundación Mujeres por la Igualdad`, `Société Lyonnaise pour
// l’Environnement`). Fixed later, with unit tests: forums, services, a Stiftung and `Friends of …` as bodies,
// `Aarhus Centre Bishkek`, `Both ENDS`, and no venue from where a travelling body is based (`… (CWD) in Hanoi`).
// Kept: `Université libre de Bruxelles`, `Iloilo City`, a headcount cut by `(ELF)`.
// `central-asia` (text, `January–June 2021`, a capitals section heading, an item that runs over two
// paragraphs), `africa-partnership` (a saved page, `2019 H2`, `<h2>` sections, an editors' note),
// `latam-bridges` (CRLF text, `(2022.7-2022.12)`, Spanish and Portuguese names and titles) and
// `southeast-asia` (a saved page whose items are `<li>` of one `<ol>`, `January–June 2023`) were also written
// with their gold before any parse of them (blind). Blind, dates and themes were 1.000 in all four but one
// (`southeast-asia` dates 0.938); `central-asia` scored places 0.914, countries 1.000, participants 0.909,
// organizations 0.811, people 0.914, and read 17 items for 16; `africa-partnership` places 0.970, countries
// 0.968, participants and people 1.000, organizations 0.925, and read 17 items for 16; `latam-bridges` places
// 0.727, countries 0.865, participants 0.957, organizations 0.902, people 0.882; `southeast-asia` places 0.865,
// countries 0.971, participants 0.929, organizations 0.936, people 0.872, and read 17 items for 16. Fixed
// after, with unit tests: a paragraph that goes on with the item before it is part of it; editors' notes are
// no items; quoted names after a legal form (`Public Foundation "Taza Suu"`), `named after …`, mixed-case
// acronyms (`WfC`), boards, cooperatives; Spanish, Portuguese and Thai titles and name particles; Red Cross
// societies named in other languages; country and city names with `and`, `of` or particles (`Trinidad and
// Tobago`, `Port of Spain`, `Dar es Salaam`); a date in a relative clause as background. Kept: `El Alto` (not in
// the gazetteer), a borough named before its city, `Cebu` read as the province, `Cần Giờ … of Ho Chi Minh
// City`, a language department read as a body, `on disaster management` in lower case ending a name.
// `pacific-islands` (text, `2020 H2`, numbered items, two intro paragraphs, a sign-off line) and `levant-relief`
// (a saved page, `(2019.1-2019.6)` glued to the title, items in `<div>`s, an `<aside>`) were also written with
// their gold before any parse of them (blind). Blind, both scored dates and themes 1.000; `pacific-islands`
// places 0.944, countries 1.000, participants 0.889, organizations 0.833, people 0.872, and read 17 items for 16;
// `levant-relief` places 0.914, countries 0.903, participants 0.966, organizations 0.951, people 0.756. Fixed after,
// with unit tests: sign-off lines are no items; Arabic names (`al-Khatib`, five words), two titles in a row,
// `Rev.`, `Hon.`, `Eng.`, `Ratu`, `Adi`; churches, archdioceses, conferences of churches, umbrellas,
// communities, `… Association International`, `Réseau …`; a describing word an acronym leaves out; diseases in
// capitals; irregular pasts, girls and walkers in headcounts; `Port Vila`. Kept: `Sport New Zealand`, `World
// Vision Vanuatu`, `Women in Business Development Incorporated`, `Methodist Church in Fiji`, `helped` as taking
// part, a site's country (`the Zaatari refugee camp, Jordan`), a district before its city (`Bani al-Harith district
// of Sana’a`), two counted nouns (`18 engineers and technicians`), and `UN agencies` read as UN (the fixture's
// gold counts `UN related institutions` as UN; this gold leaves it out).
// `cms-export` (a page exported from a content-management system: an `<h2>` title with `(2020.7-2020.12)`, items
// in `<p><span>` split mid-sentence, a photo caption, a contact table) and `sironet-2021-h2` (text in the
// secretariat's style, items separated by single line breaks in its first half, two items hard-wrapped) were also
// written with their gold before any parse of them (blind). Blind, `cms-export` scored dates and themes 1.000,
// places 0.759, countries 0.815, participants 0.889, organizations 0.907, people 0.979; `sironet-2021-h2` dates
// 1.000, places 0.850, countries 0.944, participants 0.897, themes 0.909, organizations 0.950, people 0.980, and
// read 18 items for 17 (a hard-wrapped item among one-line items was cut into lines). Fixed after, with unit
// tests: such an item is read whole; Confucius Institutes at a university, `Alliance Française de …`, a friendship
// association's city, an acronym left out of the name after it, short mentions of a body named in full, no body
// from a topic after a plural head, `Mr. Park …`, consuls; no venue from past journeys, earlier editions, future
// clauses, consulates or a quoted theme. Kept: `handed over at the city hall of Fujisawa`, `Pu’er` (not in the
// gazetteer), countries of people joining online, `members and guests`, two counts summed across `, and`.
// `sironet-2022-h1` (text in the secretariat's style as typed on a Chinese keyboard: full-width `，。：（）`, `▶` and `•`
// items, `（End）`) and `europe-partners` (a saved page, `H2 2019`, `<article>` items with an `<h3>` headline, a cookie
// banner) were also written with their gold before any parse of them (blind). Blind, both read every item with its
// date, and scored places, countries and themes 1.000; `sironet-2022-h1` participants 0.968, organizations 0.892,
// people 0.978; `europe-partners` participants 0.966, organizations 0.747, people 0.950. Fixed after, with unit
// tests: names kept in Polish, Dutch, German, Swedish and Italian, compound heads, full-width parentheses, `Council
// Meeting of …`, a nationality opening a second body, letters after a name, one portfolio with `and`, spectators.
// Kept: `Bangladesh China Youth Forum`, `… and Matica Srpska` (no head), `SPF Seniorerna and Karolinska Institutet`,
// `Fundação Calouste Gulbenkian and the Hangzhou-based Green Zhejiang`, `EU-China Civil Society Forum`,
// `Acropolis Restoration Service`, `Jugendorchester Hamburg`, a count after `saw`.
// `east-africa-women` (text, `July–December 2021`, Swahili names, the title `Mama`) and `sironet-2019-h2` (the
// secretariat's old site saved as HTML: a table layout, the title in `<font><b>`, no `<h1>`, a visitor counter) were
// also written with their gold before any parse of them (blind). Blind, both read every item with its date and scored
// places, countries and themes 1.000; `east-africa-women` participants 0.966, organizations 0.772, people 0.938;
// `sironet-2019-h2` participants 0.889, organizations 0.933, people 1.000. Fixed after, with unit tests: Swahili
// names and `Mama`, microfinance, `Coast Women in Development (CWID)`, a possessive country or a nationality opening
// a second body after `and`, a quoted programme before a complete name, members who took part, an audience. Kept:
// `Burundi Women's Savings Forum`, `reached` as taking part, a count after `a training course for`.
// `south-asia-dialogue` (a saved page, `2023 H2`, country headings, counts in lakh) and `northern-neighbours` (text,
// `(2023.1-2023.6)`, Russian and Mongolian names) were also written with their gold before any parse of them (blind).
// Blind, both read every item with its date and scored themes 1.000; `south-asia-dialogue` places and countries
// 1.000, participants 0.833, organizations 0.973, people 0.842; `northern-neighbours` places 0.914, countries 0.909,
// participants 0.897, organizations 0.866, people 0.933. Fixed after, with unit tests: `Shri`, `Smt.`, `Begum`,
// `Venerable`, `Convenor`, Mongolian initials (`B. Batbold`), language centres at a university, `Far Eastern …`,
// the members of a delegation, and (later) a count right after an opening month without its comma (`In December
// 45 nurses`). Kept: counts after `for`, after `In total`, after `”.` run together, or past a long `from …` list;
// a body's seat read as the venue (`Inner Mongolia University in Hohhot`); `Listvyanka` and `Darkhan` (no country after them, `near` no venue
// phrase); `Soviet Army` read from a cemetery's name; a person named without a title (`a poem of Konstantin Simonov`);
// `Department of Disaster Management of Bhutan` (this gold leaves the country out).
// `east-asia-table` (a saved page whose items are rows of one table: a date cell in the site's own form, `2024.01.12–16`,
// and a text cell, two of them with two `<p>`s; `2024 H1`; Japanese and Korean names) and `caucasus-balkans` (text,
// `January-June 2024`, `• ` bullets, an item over two paragraphs, names with diacritics, `„…“` quotes) were also
// written with their gold before any parse of them (blind). Blind, both scored dates and themes 1.000;
// `east-asia-table` read 23 items for 16 (date cells holding a range, a cell's second `<p>`), places and countries
// 0.909, participants 1.000, organizations 0.822, people 0.811; `caucasus-balkans` places 0.842, countries 0.882,
// participants 0.727, organizations 0.774, people 0.966. Fixed after, with unit tests: a cell of figures after a date
// is a date heading; the paragraphs of one `<td>` or `<li>` are one item (unless it holds two dated paragraphs);
// a family name first in capitals after a title (`Mr. SATO Kenji`); `Korea` alone; a bare legal form before a name
// in quotes, `„…“` and lower-case words included; `Municipality`; job seekers; `are taking part`. Kept: `Caritas`,
// `City Hall`, `… Employment Service` and `Metropolitan` (a church title) unknown; `Ss.` cut from a university's
// name; a summer school read as a body; `made a study visit to` no venue phrase; venues in a `which opened at …`
// clause; a topic's town (`a memorandum on youth employment in Gyumri`) read as a venue; counts after a long
// `from …` list, before `adopted`, or of `Roma`; `… Forum and Chonnam National University` and `… of China and
// Kyushu University` kept whole; a region after the head (`Clean Sea Network Kyushu`).
// `gulf-maghreb` (a blog page, `(2024.7-2024.12)`: a sidebar with an archive list of months, `<div class="post">`
// items with an `<h3>` headline and a `Posted on …` line, Arabic names) and `nordic-email` (an e-mail saved as
// text: headers, items wrapped at 72 columns, a `-- ` signature and an unsubscribe footer) were also written with
// their gold before any parse of them (blind). Blind, both scored dates and themes 1.000; `gulf-maghreb` read 25
// items for 16 (the archive list, the intro after it, a post's second `<p>`), places 0.889, countries 1.000,
// participants 0.933, organizations 0.867, people 0.960; `nordic-email` read 17 for 16 (the footer), places and
// countries 1.000, participants 0.897, organizations 0.870, people 0.977. Fixed after, with unit tests: a page's
// `<nav>` and `<aside>` are headings, never items or dates; the paragraphs of an `<article>` or a
// `<div class="post">` are one item, a later one dated inside the first's dates too (`On 16 August` in a camp
// `From July 23 to September 1`); an e-mail's unsubscribe footer is page furniture; capitals before a figure
// (`DKK 150,000`, `COP 28`) name no body; `Charity`; refugees and pensioners who took part; a study visit or
// working trip to countries. Kept: `Head of Programmes` read as a body, `Norwegian Church Aid` cut at `Church`
// and its `Aid` (like `International Aid`) read as a person, a quoted name after a complete body's name
// (`… Union of Pensioners "Bočiai"`), `City of Reykjavík`, `Church City Mission`, `… Partnership Forum`; a count
// before `collected` past an aside or before a run-together verb; a university's city read as the venue; a
// venue after `; in …` or `in the mountains of …`.
// `caribbean-pdf` (text copied out of a PDF: lines broken at 80 columns, words hyphenated at a line end, running
// page headers and footers, form feeds, an item cut by a page break; `2025 H1`) and `word-export` (a Word document
// saved as a web page: `MsoNormal` paragraphs, `<span>` runs breaking words, conditional comments, no `<h1>`;
// `(2025.1-2025.6)`) were also written with their gold before any parse of them (blind). Blind, both scored dates
// and themes 1.000; `caribbean-pdf` read 17 items for 16 (the rest of the cut item), places 0.800, countries 0.882,
// participants 0.897, organizations 0.788, people 0.923; `word-export` places, countries and people 1.000,
// participants 0.933, organizations 0.946. Fixed after, with unit tests: an item cut by a page break (it breaks off
// mid-sentence, a page number or form feed and the running lines follow, its rest opens in lower case) is one item,
// one exact source slice, its facts read without the page's lines; words hyphenated at a line end are read whole
// (`volun-` / `teers`; `Port-au-` / `Prince` keeps its hyphen); `Father` as a priest's title; `Panama City`;
// biologists, physicians, pediatricians; a count after `, and` is not added to the one before (this also mends
// `sironet-2021-h2`: `Some 80 people attended …, and 60 … students … received` was 140). Kept: a ministry's or a
// French name's portfolio cut at `and`/`et` (`… Local Government and Community Development`, `… de la Santé
// Publique et de la Population`); `Santiago de los Caballeros` (not in the gazetteer); `Port of Spain City
// Corporation` cut after `of`; `Unit`, `Pastoral`, `Coordinadora`, `Front` unknown heads; `St James …` after
// `and the`; `Gathering of … Friends` read as a body; counts after `for`.
// `west-africa` (text, `July–December 2025`, numbered country headings in capitals, French names, titles and
// punctuation) and `markdown-digest` (a Markdown file: `#` title, `##` sections, dates in `**bold**`, `_italic_`
// names, links, a `> ` block quote, a `---` rule) were also written with their gold before any parse of them (blind).
// Blind, `west-africa` read every item with its date and scored places 0.973, countries 0.970, participants 0.769,
// themes 0.889, organizations 0.597, people 0.591; `markdown-digest` read 17 items for 16 (the block quote), which
// put its later items out of step (0.60–0.71 in every field; with leads matched without the Markdown marks: dates
// 0.968, places, countries and themes 1.000, participants 0.933, organizations 0.852, people 0.909). Fixed after,
// with unit tests: an opening date inside Markdown emphasis (`**October** witnessed`); a `> ` block quote goes on
// with the item before; the French titles `Mme` and `Pr.`; capitals after an amount (`45 million FCFA`) or glued to
// a dollar sign (`NZ$40,000`) name no body; `The theme was : “…”`; `deployed`; producers. Kept: `M.` as a title
// (it is an initial in Mongolian names: `M. Batbold`), French bodies (`Agence …`, `Union des …`, `Mutuelle …`,
// `Croix-Rouge` and an adjective, `… d'Ivoire`, a lower-case adjective, a portfolio after a comma or `et`),
// `El Hadji …` opening a sentence, `gave in Ouagadougou a lecture`, `followed a training`, `Oxfam Australia`,
// `New Zealand Rugby`, `Te Rūnanga o Ngāi Tahu`, `Congress` as a body, `flew 12 relief workers`, a count in a
// `where` clause, a possessive left on a name (`John Kalo's`). Later, with a unit test: `M.` before a given name
// and a family name (`M. Mamadou Diallo`) is the French title.
// `central-europe-dl` (a page whose items are a `<dl>`: a `<dt>` date in the site's form, `12.–16.01.2025`, and a
// `<dd>` item, two with two `<p>`s; `January–June 2025`; Polish, Czech, Slovak, Hungarian and Romanian names) and
// `turkic-dateline` (text, `(2025.1-2025.6)`, each item under a `12.01.2025 | Baku` dateline) were also written with
// their gold before any parse of them (blind). Blind, both scored dates and themes 1.000; `central-europe-dl` read
// 18 items for 16 (a `<dd>`'s second `<p>`), places and countries 1.000, participants 0.889, organizations 0.565,
// people 0.818; `turkic-dateline` places 0.882, countries 0.938, participants 0.966, organizations 0.980, people
// 0.968. Fixed after, with unit tests: a `<dd>` is one item; `Aid` (`Norwegian Church Aid`, and no person `Aid`),
// `Akimat`; the title `Hakim`; seniors. Kept: `City Hall`, `Appeal`, `Charita`, names in Polish or Slovak with
// lower-case words (`Stowarzyszenie Seniorzy w Akcji`, `Človek v ohrození`); `PhDr.`; a title glued to the word
// before (`craftsmen.Chairwoman`); `trained 75 teachers` (a test holds `It trained 40 nurses` as no headcount);
// a portfolio with `and` running past a second `and`; a count after a colon; `in the Aral region` read as a city;
// `Khiva` (not in the gazetteer); a venue named only in its host's name (`the Bursa Metropolitan Municipality hosted`).
// `formal-report` (text, a UN-style report: roman-numeral sections, numbered paragraphs, sub-headings, footnote
// marks and a `Notes` section, formal country names) and `wire-datelines` (a newsroom page, `section.release` items,
// half opening with a news agency's dateline, `NAIROBI, July 10 (Alliance News) –`) were also written with their
// gold before any parse of them (blind). Blind, `formal-report` read 19 items for 16 (the undated overview and
// conclusions, the footnotes), dates and people 1.000, places 0.974, countries 0.970, participants 0.929, themes
// 0.889, organizations 0.880; `wire-datelines` read 17 for 16, dates 0.750 (a dateline's day where the item states
// its range later), places 0.909, countries 0.970, participants 0.889, organizations 0.765, people 1.000. Fixed
// after, with unit tests: a report's footnotes are furniture; a dateline's city in capitals names no body; a
// dateline's day takes the range a later sentence states from that day (`The course ran from July 23 to September
// 1.`); `Universitas`; practitioners. Kept: the extra items listed in `extraItems` below; a dateline's city as the venue; `Faculty`, `Mission` (`Permanent Mission of Argentina`), `United Nations
// Office at Geneva`, `Ministry of Labour, Invalids and Social Affairs`, `World Food Programme` without its acronym,
// `ActionAid Bangladesh`, a body of a body (`Centre for Migration Studies of the University of Ghana`); a list of
// places past a long country name with `the`; `discussed the theme “…”`; returnees and diplomats.
// `mailchimp-html` (an HTML e-mail of a mass-mailing service: nested layout tables, inline styles, no `<h1>`,
// `mcnTextContent` cells, an unsubscribe footer) and `sironet-2025-h2` (the secretariat's own text style, as the
// fixture) were also written with their gold before any parse of them (blind). Blind, both read every item with its
// date and scored dates and themes 1.000; `mailchimp-html` places 0.973, countries 0.971, participants 0.800,
// organizations 0.972, people 1.000; `sironet-2025-h2` places 0.950, countries 0.947, participants 0.917,
// organizations 0.886, people 1.000. Fixed after, with a unit test: two nationalities joined by `and` before the
// counted noun (`Nearly 40 Chinese and Kenyan doctors`). Kept: counts after `for` (`a camp for 85 students`),
// `performed` and `served` as taking part, `Consulate General in Karachi`, a planned venue after `to discuss`,
// `… Friendship Forum` as a body, `and` after `… with Foreign Countries` kept inside the name, an event ending in
// `Exchange` read as a body, `United Nations Development Programme` without its acronym, a second city after
// `, Belarus, and`, `for children in Nepal` read as a venue.
// Later, with a unit test: a count after `for` that follows an event it gathers (`a training course on organic
// coffee for 46 rubber farmers`, `a holiday camp for 90 girls`), not money or grants for people; this reads four
// kept misses (`sironet-2019-h2`, `west-africa`, `word-export`, `mailchimp-html`) and adds no false count.
// `gdocs-asean` (a Google Docs document saved as a web page: generated classes, text split across `<span>`s even
// inside a word, a title paragraph, an image with its caption, a contact footer; Indonesian, Malay and Tagalog names)
// and `numbered-academic` (text, numbered items hard-wrapped with a hanging indent, some without a blank line between,
// a page footer `- 3 -` inside an item, a period `October 2019 – March 2020` across the new year) were also written
// with their gold before any parse of them (blind). Blind, `gdocs-asean` read 18 items for 16 (the caption and the
// footer), dates, themes 1.000, places 0.895, countries 0.941, participants 0.815, organizations 0.657, people 0.563;
// `numbered-academic` read 15 for 15 by two faults that cancelled out (an undated numbered item joined to the one
// before, an item cut at the page footer), dates 0.867 (one for that, and `Early March, 30,000 masks` read as March
// 30), places 0.789, countries 0.774, participants 0.917, organizations 0.871, people 0.927, themes 1.000. Fixed
// after, with unit tests: a month before a thousands figure keeps month precision; in hard-wrapped text a list
// marker after a sentence end opens a paragraph; a page number between dashes is a page mark; a photo's caption
// closed by its credit and the editors' contact line (an e-mail address with separators or a licence) are page
// furniture; heads and titles of address in Indonesian, Malay and Tagalog (`Yayasan`, `Lembaga`, `Perkumpulan`,
// `Gereja`, `Samahan`; `Ibu`, `Bapak`, `Haji`, `Datuk`), a head of another language after `and` opens a body of its
// own, `Cruz Vermelha de …`; an acronym in the plural (`MSMEs`) names no body; `Exactly`, a list of people closed by
// `and`, people from a body and a place. Earlier in this session, by the misses of the 43 bulletins before: a second
// body after `and` with a proper name and its own head (`… and Kyushu University`), and headcounts after `and`,
// `where`, a colon or `In total`, past lists of places, `helped to`, a glued `the`, study visits.
// Kept: `Dompet Dhuafa` (a name without a head), `Muhammadiyah` alone, `Nahdlatul Ulama (NU)` (a two-letter acronym),
// `Samahan ng mga …`, `Pak` (also a Korean family name), `Cebu` (the gazetteer has `Cebu City`), `Penang` (a
// state), `Ruili` (not in the gazetteer), a run-together `heldin`, a venue only in a second sentence, the province
// of `Yunnan University` read as a venue, a count after `From May 22th,` (a later dated sentence reads as
// background), `ten ASEAN countries` and `MSME owners` read as bodies, a bare name opening a sentence.
// Later, with unit tests: a venue after a preposition glued to its verb (`heldin Havana`) or after `the town of`,
// `the city hall of`; `Hall` as a weak head (`Budapest City Hall`); an embassy's `in China` after a provincial body
// and `and`; a title's portfolio before `of` and a body (`Head of Programmes of the Finnish Red Cross`).
// `siberia-datelines` (text, `I half-year 2021`, each item a date line, a headline and a paragraph, `***` between
// items; Russian names with patronymics, legal forms with quoted names, guillemets) and `wordpress-charity` (a
// WordPress blog page: `<article>` posts with a date-and-author line, a category footer, a sidebar, a site footer;
// British titles and habits: `Cllr`, `Dame`, `the Rt Hon`, `c. 40`, `a dozen`) were also written with their gold
// before any parse of them (blind). Blind, `siberia-datelines` read every item with its date and scored countries
// and people 1.000, participants 0.966, places 0.857, organizations 0.805, themes 0.400 (guillemets);
// `wordpress-charity` read 34 items for 16 (each post's date-and-author line a dated item, which also broke the
// posts' entries, and the site's footer), dates 0.938, countries 0.944, themes 0.857, places 0.842, participants
// 0.815, people 0.778, organizations 0.733. Fixed after, with unit tests: themes in `«…»` and `„…“`; a public body's
// legal form with its place or whom it gathers takes its quoted name (`Khabarovsk Regional Public Organization
// "Slavic Heritage"`), and a run inside that name and its parentheses are no second body; `ANO` and `NPO` are no
// bodies; `on`/`in` before a month ends a name; a blog theme's meta lines, footers and sidebars (by class) are page
// chrome, outside the post's entry; `Cllr`, `Dame`, `Baroness`, `Lord`, `Rt Hon`; `c.` as about, `a dozen`;
// rotarians and school leavers; `Choir`; a body's own programmes or projects `in` a country are no venue; a name
// with a capital inside written so twice in an item (`WaterAid … WaterAid’s`) is no run-together word.
// Kept: `Rossotrudnichestvo`, `Comic Relief`, `Oxfam GB` (names without a head), `Primorye – Vietnam Friendship
// Society` with its quote unbalanced, `Russian Cultural Centre "Slavic House"` (a quoted name after a named body),
// `trained in …`, cities named after the countries a delegation visited, `City of Edinburgh Council`, `All-Party
// Parliamentary Group on …`, `Tom Whitfield MBE of Oxfam GB`, a quoted award read as a body, a venue after a
// semicolon, `where many families have their roots in Sylhet`, `Mahamodara Maha Vidyalaya`.
// `cfpd-work-report` (text, a Chinese foundation's work report: sections `一、Asia`, `（一）Emergency Relief`, items
// numbered afresh in each, full-width punctuation, titles before names) and `ascii-email-digest` (a forwarded
// e-mail in plain ASCII: `* ` items hard-wrapped, `--` dashes, capitals section lines, mojibake pasted from a web page
// in three items, a closing, a signature and a quoted reply) were also written with their gold before any parse of
// them (blind). Blind, `cfpd-work-report` read every item, countries and themes 1.000, organizations 0.971, people
// 0.981, dates 0.933 (`In May 30 women tailors` read as May 30), participants 0.929, places 0.914;
// `ascii-email-digest` read 20 items for 17 (the closing, the signature, the reply), places and countries 1.000,
// people 0.973, participants 0.970, dates 0.941 (`13 -- 14 April`), organizations 0.818, themes 0.667 (quotes in
// mojibake). Fixed after, with unit tests: a count of people after `In Month` keeps month precision; two hyphens
// are a dash; a sentence glued to the one before (`Kenya.Some 120`) is a sentence; an e-mail's closing, a
// signature with a phone number and a quoted reply are page furniture; facts are read from the text with its
// mojibake mended, and its quotation marks counted mended (a lone `â€` is `”`); `Caritas`, `Charita`; `Mag.`;
// listeners; a council keeps the city it is of. Kept: `Blue Sky Rescue Team`, `Smile Train`, `Sarvodaya`,
// `Slovenian Philanthropy`, `World Vision Mongolia`, `Erasmus+`, `Team leader` in lower case, `called on … in
// Vientiane`, `launched in Beijing in 2017` read as a venue.
// `wechat-article` (a WeChat article saved as a web page: nested `<section>`s, text split over styled `<span>`s, the
// secretariat's own style) and `annual-review-reverse` (text, a whole year `January–December 2023` on a line under
// the title, items in reverse order under headlines, numbers in words, Spanish and Portuguese names) were also
// written with their gold before any parse of them (blind). Blind, `wechat-article` read every item, dates,
// participants and themes 1.000, people 0.978, places and countries 0.973, organizations 0.930;
// `annual-review-reverse` read 19 items for 18 (the period line dated the intro), dates, themes and people 1.000,
// countries 0.974, places 0.927, organizations 0.892, participants 0.880. Fixed after, with unit tests: a period line
// under the title is no date heading; `Two hundred and fifty`; founders; `Panama City, Panama` gives one city; a city
// before its province without a comma (`Lanzhou Gansu Province`); a programme of the United Nations is a body;
// `Hospital`, `Cámara`, `Municipalidad`, `Alcaldía`, `Prefeitura` open names; `and` or `the` glued to a capitalized
// word (`Foundationand`) is a run-together word. Kept: `SCO`/`APEC` as modifiers read as bodies (golds differ), a
// named kindergarten, `International Poverty Reduction Center in China` without its acronym, `spent three weeks
// at`, a sending body's city read as a venue, `Hangzhou Public Library` and `China Film Archive` (`Library` as a head
// made `Library of Beijing Foreign Studies University` a body in the real bulletin).
// `korea-board` (a Korean bulletin board: a table of posts with number, title, posting date and views, each post's
// text in a row under it, the `<h1>` only a logo, the title in an `<h2>`) and `sironet-2023-h2` (the secretariat's
// text with a BOM, CRLF, no-break spaces, tabs, a line of only spaces and a tab) were also written with their gold
// before any parse of them (blind). Blind, `korea-board` read 16 items for 15 and no date at all (the title was taken
// from the language menu, so no year; given the year, all 15 dates were right), places 0.848, organizations 0.864,
// people 0.947, participants 0.966, countries 0.968, themes 1.000; `sironet-2023-h2` read every item, dates,
// participants and themes 1.000, countries 0.974, people 0.973, places 0.952, organizations 0.933. Fixed after, with
// unit tests: without an `<h1>` title, a heading that states the period is the title and what stands before it is the
// page's; a table's header cells are headings; `Jeju` for the gazetteer's `Jeju City`; a nationality and `NGO` before
// a name after `and the`; `under the President of …` in a body's name; `Resident` in titles; a later venue after
// `held on <day>`. Kept: `Pyeongchang-gun` (the fixture's gold writes the base, this gold the suffix), `Yanbian` (a
// prefecture), `Good Neighbors International`, `Green Hands Vietnam`, `Mahalla Initiative` with its quote open,
// `BRICS countries`, `Mercy Malaysia`, `Muhammadiyah`, an exchange `of 24 students`, a glued `attended.Chairperson`,
// the recipients' place read as a venue.
// `sironet-2016-h2-oldweb` (an old web page: a table layout, `<font>`, all items in one `<td>` set apart by
// `<br><br>`, single `<br>`s inside items) and `headline-datelines` (text, each item a headline line carrying its date,
// `Youth Forum in Almaty (12 May 2024)`, `Almaty, 12–14 May: …`, then its paragraph) were also written with their gold
// before any parse of them (blind). Blind, `sironet-2016-h2-oldweb` read 29 items for 15 (each single `<br>` ended an
// item), dates 1.000, places 0.971, countries 0.970, participants 0.952, organizations 0.847, themes 0.571, people
// 0.387; `headline-datelines` read 16 for 15 (a paragraph over two long lines), countries 1.000, organizations 0.928,
// places 0.919, dates and participants 0.889, themes and people 0.857. Fixed after, with unit tests: an element whose
// paragraphs are set apart by `<br><br>` joins the lines of each; a theme with its closing mark missing ends before a
// clause after a comma; an item without an opening date takes the date of its own headline; `the forum’s theme
// was`; `Akim`, `Hokim`; operators. Kept: the extra item listed in `extraItems` below; `G20` and `BRICS` as bodies
// (golds differ), `Alibaba Group`, `Committee of Friendship, Peace and Development` (a comma inside a name),
// `following the … in Lima` read as a venue, a count in a later sentence that opens with a date, a list of cities
// after `took its caravan to` or `a study tour … to`, `Centre "Kelajak"`, the patronymic particle `qizi`, `Women
// Leaders School` read as a body, `Hokim of Fergana Rustam Ergashev`, `12.05.2024 – Title` (a date in figures).
// `cards-cookie-banner` (a framework's page: a cookie banner, a hero, a grid of cards, two cards with a second
// paragraph) and `sloppy-volunteer` (text typed quickly: no comma after some dates, American second dates, misspelled
// and old place names such as `Columbia`, `Phillipines`, `Kazakstan`, `Bombay`, `Burma`) were also written with their
// gold before any parse of them (blind). Blind, `cards-cookie-banner` read 17 items for 15 (a card's second
// paragraph), dates and people 1.000, countries 0.970, places 0.909, participants 0.857, organizations 0.786;
// `sloppy-volunteer` read every item, dates, places, countries, themes and people 1.000, participants 0.966,
// organizations 0.868. Fixed after, with unit tests: a card (`<div class="card">`) is one entry; `Consulate General
// of …` is a body; the World Food Programme; `Ballet` opens a name; a Red Cross named again without its nationality
// is the same body. Kept: `Gavi, the Vaccine Alliance` and other names with a comma, `Médecins Sans Frontières`, a
// count after an appositive or a `from` phrase of common words, `reached` as taking part, a past workshop's city, a
// city after a country visited, `Valleand` (its stem no English word), `Circle`, a count after an open quote.
// `social-posts` (a network's social-media posts pasted into text: emoji label lines, dash lines between posts,
// hashtags and handles, a hashtags line under each post, quoted comments) and `bilingual-sichuan` (text, each English
// paragraph followed by its Chinese translation) were also written with their gold before any parse of them (blind).
// Blind, `social-posts` read 18 items for 16 (the quoted comments) with one post's label glued to its text, dates
// 0.938, places 0.882, countries 0.909, participants 0.938, organizations 0.941, people 0.944, themes 1.000;
// `bilingual-sichuan` read 19 for 15 (four Chinese paragraphs read as items, eleven skipped as headings), dates,
// themes and people 1.000, countries 0.968, places 0.938, participants 0.923, organizations 0.892. Fixed after, with
// unit tests: a line of one mark repeated sets paragraphs apart; a post's hashtags line, a quoted comment (`“…,”
// said …`) and a translation into Chinese, Japanese or Korean go on with the item before; hashtags and handles are
// no run-together words; a short month after `on` ends a name; keepers. Kept: `Dunhuang` and `Ya'an` (not in the
// gazetteer), the end of a route (`from Istanbul to Kars`), the second city after `a visit … to`, `Research Base`,
// `Association of Chinese in Lyon`, `Lanka Mahila Samiti`.
// `cnie-invitation-openings` (text, most items opening with a phrase before the date: `At the invitation of …, from
// July 12 to 16, …`, one `Recently, …` item without a date) and `accordion-details` (a page of `<details>` whose
// `<summary>` holds the headline and the posting day) were also written with their gold before any parse of them
// (blind). Blind, `cnie-invitation-openings` read every item with its date (the one the gold leaves undated
// reported), dates, countries, themes and people 1.000, places 0.973, organizations 0.971, participants 0.909;
// `accordion-details` read 17 items for 15 (each `<details>`' second paragraph), places, countries and themes 1.000,
// dates 0.929, participants 0.917, organizations 0.714, people 0.667. Fixed after, with a unit test: people a body
// `hosted` or `invited`. Kept: the extra items and dates listed in `extraItems` below (a `<details>` as an entry, with
// its `<summary>` a heading, joined the text into the headline and lost items: it needs headings kept out of
// entries first), one-word bodies (`Norad`, `Sida`, `Danida`, `Folkehøgskolerådet`), `Red Barnet`, `Solar Finland
// Oy`, `Headteacher`, `Nurse`, names without titles (`Speakers included …`), `Youth Congress`, `went on to`.
// `wiki-page` (a MediaWiki page: `[edit]` links in the section headings, footnote marks, a table of contents, a
// references list, the wiki's footer) and `sironet-2024-h1` (the secretariat's text, with openings such as `In early
// March,`, `At the end of May,`, `On the eve of the Spring Festival,`) were also written with their gold before any
// parse of them (blind). Blind, `wiki-page` read 23 items for 15 (the headings with `[edit]`, the references, the
// footer), themes and people 1.000, organizations 0.898, dates 0.933, places and countries 0.867, participants
// 0.842; `sironet-2024-h1` read 16 for 16 with one undated, dates 0.968, countries 0.938, organizations 0.923, people
// 0.878, themes 0.857, participants 0.842, places 0.629. Fixed after, with unit tests: a wiki's `[edit]` links and
// footnote marks are read as nothing, its table of contents, references and footer are chrome; two sentences glued
// at a period (`Karachi.Ali Raza`) are two tokens (this also read `craftsmen.Chairwoman`, a kept miss of
// `central-europe-dl`); a later sentence that opens with days and the event's own people is no background (`On June 5
// to 14, the delegation visited Beijing, Xi’an and Chengdu`). Kept, for want of time: the date after `On the eve of the Spring Festival,` (listed in
// `extraItems`), `Hargeisa, Somaliland region`, `Programme Officer`, `UN
// Women` after a title, `Nguyen Van An`, `Sindh` as a city, `Museum-Reserve`, `Patronato`, `Matenadaran`, `welcomed …
// to Granada`, a visit `of X to Armenia and Georgia`, `a delegation of 8 people` over `attended by some 150`.
// `weekday-digest` (text; weekdays in the dates, headcounts in words, Mongolian, Russian, Japanese and Korean names) and
// `mediterranean-blogroll` (a blog's archive page: posts in `<article>`s with their headline, meta line, `Read more »`
// link and tags, a sidebar and a footer) were also written with their gold before any parse of them (blind). Blind,
// `weekday-digest` read 15 items for 15 and scored places, countries and themes 1.000, organizations 0.935, dates
// 0.933, participants 0.880, people 0.852; `mediterranean-blogroll` read 16 for 15 (a post's second, dated paragraph
// made an item) and scored dates, countries and themes 1.000, people 0.952, places 0.938, participants 0.929,
// organizations 0.909. Fixed after, with unit tests: a post headed by its own headline is one item, its second dated
// paragraph a follow-up (three dated make it a container of items); a `Read more »` link is page furniture; a date set
// apart by a dash (`12 March 2025 –`) is no part of the headline; people who served, spent time, volunteered or
// worked; mediators and facilitators; the titles `Perit` and `Dott.ssa`; compass words in a body's name
// (`Far Eastern Federal University`) are no region.
// `ap-style-newsletter` (text in AP style: capitals datelines with U.S. states, `Gov.`, `Sen.`, `Rep.`, `Sept.`),
// `francophone-report` (English written by French speakers: `Pr Moussa SARR`, `Mme`, « guillemets », `1 200`),
// `slide-bullets` (a slide deck's text: fragments such as `12–16 Jan | Almaty, Kazakhstan | Winter camp — 85
// participants`, `Slide 4 of 18`, `Questions?`) and `numeric-dates-report` (a German foundation's report: `On
// 10.01.2025,`, `From 12.01. to 16.01.2025,`, `On 13.-14.04.2025,`, `In 03/2025,`, `On 16. February,`, `Approx.`, `Ca.`)
// were also written with their gold before any parse of them (blind). Blind, `ap-style-newsletter` read 15 items for 15
// and scored dates and themes 1.000, participants 0.889, countries 0.813, organizations 0.780, places 0.750, people
// 0.690; `francophone-report` read 15 for 15 and scored dates, countries and themes 1.000, places 0.914, participants
// 0.769, organizations 0.392, people 0.000; `slide-bullets` read 16 for 15 and scored dates, places, countries and
// people 1.000, organizations 0.983, themes 0.889, participants 0.696; `numeric-dates-report` read 15 for 15 with 7
// undated and scored themes 1.000, people 0.982, places and countries 0.970, organizations 0.727, participants
// 0.714, dates 0.696. Fixed after, with unit tests: wire datelines as the venue and as no body; family names in
// capitals after a title (`Pr Moussa SARR`); AP titles and `Vice-` titles; a state after a city says its country;
// numeric dates; `Ca.` and `Approx.` before a count; a count alone in a fragment; a date line with a place after a bar
// or a headline after a dash heads the item under it; `Questions?` as furniture; `Labs`, `Utilities`, `Fédération`
// as heads. Kept: French names with lower-case words (`Agence française de développement`, `Organisation
// internationale de la Francophonie`, `Conseil régional de …`), `d’` and `à` inside names, `1 200` with a space,
// `Québec City`, a founding clause's city read as a venue, German legal forms (`e.V.`, `gGmbH`) and compounds
// (`Handwerkskammer Hamburg`, `Kulturstiftung des Bundes`), `Library` as a head (it would break the fixture's
// `Library of Beijing Foreign Studies University`), `Peace Corps` (`Consular Corps` is no body), a bare `, theme “…”`.
// `arabic-bilingual` (text; each English item followed by its Arabic translation, right-to-left marks, Hijri dates in
// parentheses, `Sheikha`, `bint`) and `latam-spanish-style` (English written by Spanish speakers: `the 15 of March`,
// `from the 3 to the 5 of April`, `more of 200`, `a hundred of volunteers`, `Arq.`, `Secretaría`, `Corporación`) were
// also written with their gold before any parse of them (blind). Blind, `arabic-bilingual` read 30 items for 15 (each
// translation an item) and scored dates, places, countries, themes 1.000, participants 0.963, people 0.872,
// organizations 0.821; `latam-spanish-style` read 15 for 15 and scored dates, countries and themes 1.000, places and
// people 0.944, participants 0.846, organizations 0.696. Fixed after, with unit tests: a paragraph in another script
// than Latin under one in Latin letters is its translation (Arabic, Cyrillic, as Chinese was); `bint`, `Sheikha`,
// `Arq.`; Spanish heads that open a name; `more of`; `a hundred`; orphans. Kept: `American University of Beirut` (the
// rule that reads the fixture's `Wits University of Johannesburg` as `Wits University` cuts the city), `Aid and Relief
// Centre`, `KSrelief`, `Platform` and `Red` (network) as heads, `Club Atlético …`, a body `of the` another, `In
// Medellín they visited`, a name of six words.
// `indian-english` (Indian English: `held at Bhubaneswar (Odisha)`, `Shri`, `Smt.`, `Prof. (Dr.)`, lakh and crore) and
// `russian-translated` (English written by Russian speakers: `Ivanova I.V.`, `ANO «Center of Social Initiatives»`,
// `in the city of Kazan (Republic of Tatarstan)`) were also written with their gold before any parse of them (blind).
// Blind, `indian-english` read 15 items for 15 and scored dates and themes 1.000, countries 0.970, people 0.909,
// participants 0.846, organizations 0.833, places 0.778; `russian-translated` read 15 for 15 and scored dates and themes
// 1.000, countries 0.968, places 0.903, participants 0.846, organizations 0.590, people 0.564. Fixed after, with unit
// tests (and the places rules below with this round's other finds): a surname with initials after it; a legal form's
// acronym or name with the body's own name in guillemets, its short form the same body; a state in parentheses after a
// city says its country; `Bhubaneswar`, `Nizhny Novgorod`, `Uralsk`, `Québec City` under GeoNames' other spellings; a
// venue opening a clause of its own in a later sentence (`; in Valletta, it …`, `In Medellín they …`); no venue where a
// body began (`Founded in 1992 in Leipzig,`) or where people came from (`students from the … University in Bogotá`).
// Kept: double titles (`Prof. (Dr.)`, `Dr. (Mrs.)`), `Samaj`, `Samiti`, `Forum` and `Congress` as heads, `Deptt.`,
// `participants numbering around 150`, `300-odd`, a count after a body's name (`a delegation of the … (AVC) of 12
// people`), the passive `was visited by about 3,000`, an earlier event `had been held at Ahmedabad`.
// `sironet-2025-h1` (the secretariat's text saved as a web page: dates in `<strong>`, two items in one `<p>` split by
// `<br>`, an image between items, French, Russian and Spanish partners' names) and `figures-magazine` (a magazine page:
// `<section>`s with `<h3>` headlines, `<figure>`s whose captions state a date and a place, pull quotes, fact boxes, a
// table of key figures) were also written with their gold before any parse of them (blind). Blind, `sironet-2025-h1`
// read 16 items for 16 and scored dates, places, countries, themes and people 1.000, participants 0.966, organizations
// 0.930; `figures-magazine` read 15 for 15 and scored participants, themes and people 1.000, places, countries and
// organizations 0.966 or 0.968, dates 0.933. Fixed after, with unit tests: a figure's caption is page furniture (it
// had dated an item and glued `Photo: BRAC` to the item's opening); people who celebrated. Kept: `BRICS` and `SCO` as
// modifiers (the golds disagree), `HelpAge International`, `Mission` as a head, `Save the Children`, `shelters of
// Odesa, Ukraine` as a venue.
// `press-releases` (members' press releases pasted one after another: `FOR IMMEDIATE RELEASE`, a headline, a wire
// dateline with the release's day and source, `ALMATY, Kazakhstan, Jan. 10, 2025 -- On January 12 to 16, …`, `Quote:`,
// `About …:` notes, media contacts, `###`) and `ocr-scan` (a printed newsletter scanned and read by OCR: hard-wrapped
// lines, broken words, running headers and page numbers inside items, `rn` for `m`, `1` for `l`) were also written with
// their gold before any parse of them (blind). Blind, `press-releases` read 32 items for 15 (each `About` note and
// `Quote:` an item) and scored places, countries and themes 1.000, participants 0.889, people 0.882, organizations
// 0.796, dates 0.267 (the release's day for the event's); `ocr-scan` read 16 for 15 (an item cut at a page break whose
// second half opens with `(ZAWEN)`) and scored dates 1.000, countries 0.970, places 0.941, participants 0.929, people
// 0.912, organizations 0.813, themes 0.800. Fixed after, with unit tests: a wire dateline's place before its day opens
// the item, the event's own date after the dash wins over the release's day, the dateline names the venue and its
// source is a body; `Quote:` goes on with the item, `About …:` is furniture; a page break's second half may open with
// an acronym in parentheses; a city's small word inside a body's name (`University of Dar es Salaam`); footballers,
// lecturers, invitees. Kept: OCR errors inside names (`Wornen`, `Rura1`, `0gunleye`), a stray `~` at a line's start,
// `Teacher Liu Yang`, `followed a first one held in …`, `Anta` (in `Cheikh Anta Diop University`) as a town in India,
// a release whose dateline city is not the venue, a comma inside a body's name, `Ustad`, `Goethe-Institut`.
// `cyrillic-bilingual` (text; each English item followed by its Russian translation) and `spreadsheet-tsv` (a
// spreadsheet's rows pasted as text: a header row of tab-separated columns `Date`, `City`, `Country`, `Activity`,
// `Partners`, `Participants`, quoted cells with line breaks inside) were also written with their gold before any parse
// of them (blind). Blind, `cyrillic-bilingual` read 15 items for 15 and scored dates and themes 1.000, participants and
// people 0.966, organizations 0.941, places and countries 0.875; fixed after, with unit tests: acronyms in Cyrillic
// (`НКО` in a translation) name no body, `Academician`, an earlier edition that `took place`. Kept: a name in
// guillemets after an ordinary name (`Association of Women with Disabilities «Shyraq»`), `placein Khujand`, a study
// visit `to Urumqi, China` read from `from Jalal-Abad`. `spreadsheet-tsv` scored dates 0.571, places 0.545, countries
// and organizations 0.606, people 0.593, themes 0.667, participants 0.118 blind, and was kept as it was until the
// session of Nov 29 evening, when a spreadsheet's rows became forms (see `csv-export` below).
// `lusophone-english` (English written by Portuguese speakers: `Prof.ª`, `Eng.º`, `Padre`, `Escola`, `Cáritas`) and
// `mekong-slash-dates` (Thai, Vietnamese, Lao and Khmer writers: `On 10/01/2025,`, `From 12/01 to 16/01/2025,`, `120
// pax`, `Khun … (Khun Chai)`) were also written with their gold before any parse of them (blind). Blind,
// `lusophone-english` read 15 items for 15 and scored dates, places, countries and themes 1.000, participants 0.966,
// people 0.778, organizations 0.730; `mekong-slash-dates` read 15 for 15 with 4 undated and scored places, countries
// and themes 1.000, people 0.970, participants 0.923, organizations 0.913, dates 0.846. Fixed after, with unit tests:
// slash dates day first; Portuguese titles and heads; pax; a post's `Posted on … by …` line (and a `class="meta"`
// block) is furniture, as the new slash dates had dated `gulf-maghreb`'s items by their posting day. Kept: `às` and `e`
// inside Portuguese names, a ministry's portfolio after a comma, `francos CFA`, `Rádio …`, the passive `was visited
// by`, `Thai Volunteer Service`, `Mekong Conservation Group`, a nickname in parentheses (`(Khun Chai)`) as a person.
// `japan-fiscal-weekdays` (English by Japanese staff: a fiscal half year, `From May 12 (Mon.) to 16 (Fri.)`, `FY2024`,
// 「corner brackets」) and `cjk-keyboard` (English typed on a Chinese keyboard: `，`, `１２０`, `2025年3月12日`, 《book
// title marks》) were also written with their gold before any parse of them (blind). Blind, `japan-fiscal-weekdays` read
// 15 items for 15 and scored places and countries 1.000, people 0.981, participants 0.966, organizations 0.923, themes
// 0.750, dates 0.733; `cjk-keyboard` read 15 for 15 with 2 undated and scored themes 1.000, organizations 0.985, people
// 0.974, countries 0.966, dates 0.929, places 0.813, participants 0.783. Fixed after, with unit tests: a weekday in
// parentheses after a day; `had the theme`, 「…」 and 《…》 as theme quotes, and an unclosed theme cut only before a place
// (`“Invest in Women, …` in `sironet-2024-h1`, a kept miss of the last session, now reads whole); full-width digits and
// marks read as ASCII for the facts; `FY2024` is no body. Kept: Chinese dates inside English (`2025年3月12日`, `4月15日 to
// 18日`: the two undated items in `extraItems`), `City of Munich`, `Nagasaki City`, `Studio …`, `by 15 care workers`,
// `The team of 12 doctors was led by`, `Mengzi`, `Mekong-Lancang Cooperation`.
// `form-fields` (text; items exported from a reporting form: an activity's name, then `Date: 10/01/2025`, `Venue:`,
// `Organiser:`, `Participants: approx. 120`, `Theme:`, `Contact person:`, `Summary:` lines in varying order) and
// `uk-charity-roundup` (a British charity's CMS page: an `<article>` per item with an `<h2>`, a standfirst `<p>` and
// body paragraphs, `Cllr`, `Dame`, `OBE`, a late `(14 February)`) were also written with their gold before any parse
// of them (blind). Blind, `form-fields` read 15 items for 15 with 4 undated (no labelled line read) and scored dates
// 0.846, countries 0.815, people 0.757, places 0.741, organizations 0.578, participants 0.353, themes 0.000;
// `uk-charity-roundup` read 30 for 15 (each standfirst an undated item) and scored dates, themes, organizations and
// people 0.000 (alignment lost). Fixed after, with unit tests: a form's block is one item, dated at its date field,
// headed by its name, with the facts its fields state (`read-form-record.ts`, `extract-form-facts.ts`); a post's
// standfirst goes with the dated paragraph after it, and an entry's third paragraph with the first two; a body's name
// stops before `on 24th June`; `Guild`, `Collective`; names after `funded by`, `a grant from`, `the support of`,
// `representatives of` are bodies. Kept: `Hall` as a head (`Leeds Civic Hall`: venues the golds leave out),
// `Partnership` and `Chorus` as heads (the fixture's and `sironet-2023-h2`'s events), `before some 60 delegates`, `a
// dozen trustees … met`, `Coaches of the Yorkshire Cricket Foundation`, `City of Dublin …`, `The Rt Hon … MP`, origins
// (`schools in Cardiff and Leeds`) read as venues, `sold` as taking part.
// `telegram-emoji-digest` (text; a channel's posts pasted: `📅 10 Jan 2025 | 📍 Almaty, Kazakhstan` date lines, long
// lines without blank lines inside a post, `120+`, `~150`, `approx 80 ppl`, hashtags) and `markdown-table-report`
// (a wiki's Markdown export: a pipe table summing up the items, then `**1. Name.** On January 10, …` paragraphs) were
// also written with their gold before any parse of them (blind). Blind, `telegram-emoji-digest` read 22 items for 15
// (a post's lines split, emoji date lines dropped) and scored 0.261–0.517 but dates 0.500 and themes 0.500;
// `markdown-table-report` read 16 for 15 (the table an item, no paragraph dated after its bold heading) and scored
// dates 0.125, organizations 0.088, participants and people 0.000. Fixed after, with unit tests: a block of a few long
// lines with an emoji or a hashtag line is one post; an emoji before a date is a bullet; a post's date line dates it
// and names its venue (the text's date wins when the line's day falls within it); `N+`, `~N`, `approx`, `ppl`,
// `folks`, `&` between people nouns, a count after an emoji or a semicolon, `brought`/`took` N people; an emoji
// before a capital ends a sentence; a Markdown pipe table is no item; a bold run-in heading is the headline and the
// date is read after it. Kept: `From January 12 to 16, 64 debaters` (a later sentence opening with a date is read as
// background), `Woman Grandmaster`, `our coordinator Aigerim`, `the interpreter Rana Haddad`, `Master Craftsman`,
// `Conductor`, `Bread of Hope, a Xi'an bakery`, `Social Impact Lab Berlin`, a body only in the table
// (`Otto Benecke Foundation`).
// `html-dl-records` (HTML; a city network's records: an `<h3>`, a `<dl>` of `Date`, `Place`, `Hosts`, `Guests`,
// `Attendance`, `Theme`, `Contact` and a `<p>`, one with the `<p>` first, `12/01/2025 – 16/01/2025`) and
// `un-style-report` (text in UN document style: a symbol line, `Distr.: General  15 July 2025`, numbered paragraphs
// wrapped with a hanging indent, `(a)` sub-points, footnotes `¹` and `5/`) were also written with their gold before any
// parse of them (blind). Blind, `html-dl-records` read 15 items for 15 and scored dates 1.000, people 0.821, places and
// countries 0.774, participants 0.421, organizations 0.417, themes 0.000 (no `<dl>` read); `un-style-report` read 18
// for 15 (the conclusions and the footnotes) and scored dates, participants and themes 1.000, people 0.974, places and
// countries 0.970, organizations 0.806 (its title the `Distr.` line, its period July). Fixed after, with unit tests: a
// `<dl>` of short terms is a form's lines and a record's paragraph its narrative; a period of days across months; a
// heading of months wins as the title over one of a single date; footnotes `5/`; `Permanent Mission of … to the United
// Nations`; `Library` as a head and a university's library as the university. Kept: the two undated conclusions
// (`extraItems`), `Headquarters` and `Section` as heads (`Confucius Institute Headquarters` is a body, `Planning
// Section Chief` a title), `Bureau … of UNDP`, `Ministry of Environment, Forest and Climate Change`, `Chief of
// Mission`, `Economic and Social Affairs, and Mr. …` read as a person, a past conference’s city,
// `Youth Councils of Ganja, Bursa and Lahore`, `Batumi Water`, `Executive Power`, `Duma`,
// `Khokimiyat`, `Brigade`.
// `nigerian-ngo-bulletin` (Nigerian English: `On Tuesday, 10th January, 2025,`, `Alhaji`, `Hajiya`, `HRH`, `Engr.`,
// `Comrade`, `… LGA, Lagos State`, naira) and `caps-headline-newsletter` (a print newsletter as text: a masthead, a
// contents list, an editor's letter, then stories with a headline in capitals, a byline, paragraphs, pull quotes and
// `PHOTO:` lines between `* * *` separators) were also written with their gold before any parse of them (blind).
// Blind, `nigerian-ngo-bulletin` read 15 items for 15 and scored dates, countries and themes 1.000, places 0.938,
// organizations 0.914, participants 0.833, people 0.739; `caps-headline-newsletter` read 32 for 15 (headline blocks,
// second paragraphs, pull quotes and a byline as items) and scored dates, places, countries and themes 1.000, organizations
// 0.864, people 0.857, participants 0.783. Fixed after, with unit tests: West African titles and `HRH` as no body;
// members who took part with others; responders, announcers, broadcasters, fishers; a headline in capitals and a
// byline end as lines of their own, a byline is furniture and no date; between separator lines a story's later
// undated paragraphs and its pull quote go on with it. Kept: `Ikorodu Local Government Area`, `Rotary International`,
// `Initiative` as a head (`Belt and Road Initiative` is no body), `Girl Child Concerns`, `Board of Trustees` in a title,
// `Nearly 300 volunteers …, which benefited …`, `religious and community leaders`, `Pharm. (Mrs.)`, `FemLINK
// Pacific`, `Radio Vanuatu`, `Media Council of …`, `Pak`, `Ro` (`Pak` read `Nahdlatul Ulama` as a person), a
// `PHOTO:` caption's person, the editor's letter and `In May 12 of the trainees` (`extraItems`).
// `ukraine-transliteration` (text; Ukrainian and Moldovan English: `Kyiv`/`Kiev`, `Odesa`/`Odessa`, `Chișinău`,
// `Zakarpattia Oblast`, `Lviv region`, hromadas, `NGO «…»`, patronymics, `MP`, `Ombudsperson`) and `nested-list-html`
// (HTML; one `<ul>` of the items, each `<li>` a `<strong>` date, its text and a nested `<ul>` of details such as
// `Participants: about 120 teachers`, `Partners: …`, `Theme: “…”`) were also written with their gold before any parse
// of them (blind). Blind, `ukraine-transliteration` read 15 items for 15 and scored dates, participants and themes
// 1.000, countries 0.867, organizations 0.806, places 0.774, people 0.710; `nested-list-html` read 18 for 15 (a
// nested detail opening with a date an item of its own) and scored dates 1.000, places and countries 0.938, people
// 0.714, themes 0.400, organizations 0.286, participants 0.167 (no nested detail read). Fixed after, with unit tests: a
// list item's nested list of inline details is its lines (two labelled ones make a form); `Odesa`; `MP`,
// `Ombudsperson` before a name. Kept: `Head of the Board of …` read as a body `Board of …`, `Transparency
// International Georgia`, `Watch`, `Youth`, `Civic Forum` as heads, names listed with no title after `included`,
// `Ewa Nowak of PCPM`, `Lviv region` read as the city, origins (`from Kharkiv region`) read as the venue, `<City>,
// <X> Oblast` with no country, a first edition `held in Soroca in 2003`, `Roma Women Fund “Chiricli”`, `Hope for
// Shelter` and `Habitat for Humanity` (no head), `Save the Children and the Alliance`, `Volunteers: 60`, a detail line
// run into the next (`Farzana Akter Partners`), the `<br>` line that opens with a date (`extraItems`).
// `press-clippings-digest` (text; members' news as the press reported it, each with a bracketed source line dated
// by its publication, `[Source: Kazinform, 14 January 2025]`, two with a news agency's dateline) and
// `cross-year-winter-report` (HTML; a season across the new year, October 2024 – March 2025, under month headings,
// most dates without a year) were also written with their gold before any parse of them (blind). Blind,
// `press-clippings-digest` read 15 items for 15 and scored dates, countries, participants and themes 1.000, places
// and people 0.970, organizations 0.898; `cross-year-winter-report` read 15 for 15 and scored dates, countries,
// themes, organizations and people 1.000, places 0.938, participants 0.846. Fixed after, with unit tests: a body's
// name ends before `on Thursday`; campers, mushers, coaches (plurals in `-es`); members of a named body who joined.
// Kept: `Astana` opening a clause in a quote read as a body, `Preparedness` in a title read as a person, `_The
// Diplomat_`, `Beijing and Urumqi` after a dateline, `Bangladesh Environment Volunteers`, `Pyeongchang-gun` read as
// `Pyeongchang` (as in `korea-board`).
// `vietnamese-english` (English by Vietnamese staff: `Mr. Nguyễn Văn Hùng`, `Hoi An city, Quang Nam province`, `City
// People's Committee`) and `html-timeline` (HTML; a site builder's timeline: `<div class="timeline-event">` with a
// `<time>`, an `<h3>` and a body of one or two `<p>`) were also written with their gold before any parse of them
// (blind). Blind, `vietnamese-english` read 15 items for 15 and scored dates, participants, themes and people 1.000,
// countries 0.968, places 0.927, organizations 0.921; `html-timeline` read 29 for 15 (each event's second paragraph
// an undated item) and scored dates and themes 1.000, places and countries 0.971, participants 0.833, organizations
// 0.684, people 0.000. Fixed after, with a unit test: a timeline's event is an entry of the page, read as one item;
// hikers. Kept: a background arrival in the past perfect read as a venue, `… People's Committee headquarters`,
// `Agent Orange/Dioxin`, a venue only in a later sentence, a list of places past a province, `City Party Committee`
// in a title, `Youth Bridges Europe`, an earlier meeting's city, `Lyceum`, `Forum` (`Pristina Youth Forum`), young
// `Albanians and Serbs` as people, `Kreuzgymnasium Dresden`, a count after `for` with no verb of taking part.
// `hugo-front-matter` (a static site's Markdown source saved as text: YAML front matter, `## ` month headings, `### `
// headlines, links, a footnote, a shortcode), `persian-english` (English by Persian-speaking staff: Solar Hijri dates
// in parentheses, `Seyed`, `Dato'`, items numbered `1)`), `trailing-dates` (text; no item opens with its date, which
// comes later in the first sentence or in a closing parenthesis) and `headline-parenthetical` (a programme page; each
// `<h3>` headline closes with its place and date, `(Lodwar, Kenya, 4–9 March 2024)`, over paragraphs that never state
// it; the whole page in one `<article>`) were also written with their gold before any parse of them (blind). Blind,
// `hugo-front-matter` read 16 items for 15 (its footnote an item, one item's paragraph taken into the one before) and
// scored dates 0.933, places 0.765, countries 0.839, participants 0.667, themes 0.800, organizations 0.833, people
// 0.545; `persian-english` read 17 for 16 (a sign-off) and scored dates, participants and themes 1.000, people 0.941,
// organizations 0.900, places and countries 0.875; `trailing-dates` and `headline-parenthetical` read no item at all
// (0 for 15 each: every field 0.000). Fixed after, with unit tests: YAML front matter gives the title and its `---`
// lines set no stories apart; Markdown's links, footnote marks, comments and heading marks are left out of the text
// (the source offsets kept); a Markdown footnote is furniture; a sign-off may close with a month and year, an address
// or a sentence more, and in emphasis; a bulletin without dated openings reads its paragraphs after the intro as
// items though a closing note's heading follows them; an `<article>` holding the page's `<h1>` is no entry; a
// headline that closes with a place and date dates the story under it and names its venue, and the story's undated
// paragraphs up to the next heading are its text (which also joined `headline-datelines`' kept extra paragraph).
// `notion-export` (a notes app's page exported as Markdown: a `# ` title, property lines, a callout, `[TOC]`, `---`
// dividers around months, one long `- ` bullet per item opening with a bold date, nested detail bullets, a lone image,
// a to-do line) and `email-raw-urls` (an e-mail saved as text, with its `From:`/`Subject:` header, raw and bracketed
// URLs, a list of points, a closing in Spanish, a signature and a quoted earlier message) were also written with their
// gold before any parse of them (blind). Blind, `notion-export` read 17 items for 15 (its intro an item after `[TOC]`,
// one item taken into the one before, the lone image and the to-do items), so every item after the first was
// misaligned: dates 0.143, places 0.129, countries 0.357, participants 0.240, themes 0.222, organizations 0.391,
// people 0.205; `email-raw-urls` read 19 for 15 (a point of a list, the closing lines and the quoted message) and
// scored dates, themes and people 1.000, countries 0.966, organizations 0.962, participants 0.857, places 0.828. Fixed
// after, with unit tests: a table of contents marker, a to-do, a lone image or comment, an e-mail's header and a
// quoted earlier message are furniture (the header no title; the line after it is); closings in Spanish, Portuguese
// and French and a short letter of thanks; furniture heads no items; points an item announces with a colon go on
// with it; between dividers that group several dated items, a paragraph that dates an event of its own is an item;
// an item's headline leaves out the whole date of a range (`July 17–21 —`) and the emphasis around it.
// `mediawiki-source` (a wiki page's source: a bold title line, an infobox template, `== Month ==` headings, `[[links]]`
// and `[[target|labels]]`, `[url label]` links, `'''bold'''` and `''italic''`, `<ref>` references, a file, categories) was
// also written with its gold before any parse of it (blind). Blind it read 15 items for 15 and scored dates 1.000,
// participants 0.963, organizations 0.883, countries 0.769, places 0.667, people 0.353, themes 0.000 (every name and
// quotation inside markup). Fixed after, with unit tests: wikitext's links keep their labels, its files, references,
// templates and magic words are left out of the text the facts are read from, its bold and italic apostrophes too, and
// `== … ==` is a heading. Kept: `in the forests around Dilijan` (no venue after `around`), `the Summer School on Climate
// Journalism of the Moldovan Youth Ecological Movement` read as one body, names after `with` or in lists without a title.
// `whatsapp-export` (a chat group's export, `DD/MM/YYYY, HH:MM - Sender: text`, with the app's own lines, members' news
// posted days after each event and the group's talk between) was also written with its gold before any parse of it
// (blind). Blind it read 61 items for 15, every message an item dated by its timestamp: every field 0.000 but
// countries 0.125. Fixed after, with unit tests: a text whose first line is a chat's line is read as a chat's export;
// each message is a paragraph without its timestamp and sender, its later lines and paragraphs with it; the app's
// lines and the group's talk (short, or with no date in its first sentences) are furniture; a message's date may
// follow a greeting or an apology. Kept: a venue in a clause's subject (`Tashkent hosted …`), names without a title.
// `bbcode-forum` (a forum post's BBCode source: `[b]`, `[url=…]Name[/url]`, `[img]`, `[quote]`, `[list][*]`, smilies, a
// signature and a `Last edited by …` line) and `ascii-box-table` (a reporting tool's text report: a centred title page
// whose period is a line of its own, an `INTRODUCTION` heading, a `+---+` summary table of the same events across a
// page break, numbered hard-wrapped paragraphs with hanging indents, a dotted signature block) were also written with
// their gold before any parse of them (blind). Blind, `bbcode-forum` read 17 items for 15 and scored themes 1.000, dates
// 0.966, organizations 0.925, countries 0.875, places 0.857, participants 0.818, people 0.095 (every name in a tag);
// `ascii-box-table` read 19 for 15 with no period (its dates a year late, its table an item) and scored dates, places
// and themes 0.000, countries 0.235, participants 0.091, organizations 0.306, people 0.044. Fixed after, with unit
// tests: BBCode's tags are left out of the text the facts are read from (a link keeps its text; an image alone is
// furniture); a forum's edit line and an editor's `That's all for …` are furniture; a grid drawn with `+---+` borders
// or box-drawing characters is a table (a note or two may close it); a title that states no period takes the period
// line under it; a heading that names the intro (`INTRODUCTION`) heads no items; the dotted lines a report is signed on
// are furniture. Kept: online events' organizers' cities, `Sibu & Kapit`, `Sdn. Bhd.` cut at its point.
// `gdocs-txt-comments` (a Google Docs draft saved as plain text, BOM and CRLF: a table of contents with page numbers, `*`,
// `○` and `■` bullets, reviewers' comment marks `[a]` glued to words with the comments listed at the end, a footnote
// `[1]`) was also written with its gold before any parse of it (blind). Blind it read 16 items for 15 (its footnote and
// comments an undated item) and scored dates, participants and themes 1.000, places 0.944, countries 0.938, people
// 0.955, organizations 0.872. Fixed after, with unit tests: reviewers' comments, one a line, are furniture like
// footnotes; a citation's or comment's mark glued to a word is left out of the text the facts are read from; a region
// named by a point of the compass (`Tamale, Northern Region`) does not say the city's country; a headline's opening
// date ends at no thousands comma (`Jan. 28th marked the handover of 2,000 school bags`). Kept: `Confucius Institute at
// KNUST` cut at `at`, a section heading read as an item's headline.
// `latex-newsletter` (a university alliance's `.tex` source: a preamble, `\\title{…}`, `\\section{Month}` and
// `\\subsection*{…}` headings, `\\textbf`, `\\emph`, `\\href`, `\\footnote`, `~` ties, `--` dashes, two-backquote
// quotes, `\\%`, comments, an `itemize` list) was also written with its gold before any parse of it (blind). Blind it read
// 18 items for 16, 8 undated (its subsections glued to the items under them, its comment paragraph an item) and scored
// dates 0.444, places 0.465, countries 0.550, participants 0.273, themes 0.000, organizations 0.400, people 0.242.
// Fixed after, with unit tests: LaTeX's commands keep their text, its comments, footnotes, addresses and metadata are
// left out of the text the facts are read from, ties, dashes, quotes, escapes and accents are read as the characters
// they stand for, `\\title{…}` is the title and `\\section{…}` a heading of its own, and a preamble or comment paragraph is
// furniture. Kept: `Deutsche Gesellschaft für Internationale Zusammenarbeit` cut at `für`, an office of a university
// read as a body, cities of a tour after `visited universities in`.
// `confluence-export` (a Confluence page exported as HTML: breadcrumbs, page metadata, an info panel, a table of
// contents macro, expand macros, user mentions, status lozenges, a table of upcoming events, attachments and a footer)
// and `sharepoint-news` (a SharePoint news page saved from the browser: nested web parts with generated classes, Word's
// spans and `&nbsp;`, `<p><strong>` pseudo-headings, a `Highlighted content` web part of other dated news, readers'
// comments with dates) were also written with their gold before any parse of them (blind). Blind, `confluence-export`
// read 16 items for 15 (the note over the upcoming events' table) and scored dates, places, countries and themes 1.000,
// participants 0.963, organizations 0.919 (status lozenges read as bodies), people 0.889; `sharepoint-news` read 18 for
// 15 (a highlighted news title and two comments) and scored dates, countries and themes 1.000, participants 0.960,
// organizations 0.937, places 0.857, people 0.833. Fixed after, with a unit test: readers' comments and lists of other
// news (`commentlist`, `related-posts`, a SharePoint page's comments and highlighted content) are page furniture, and
// status lozenges are read as nothing. Kept: `Md. Abdur Rahim` read without `Md` (the note over the upcoming events'
// table, kept here first, was mended later: see `two-periods-file`).
// `spreadsheet-tsv` fixed at last, with unit tests: a header row of three cells or more, two of them known columns
// (`Date`, `City`, `Country`, `Activity`, `Partners`, `Participants`, `Theme`, `Description` …), tab- or
// comma-separated, makes each row after it a paragraph of its own, read as a reporting form whose labels are the
// columns (the date cell dates it unless it reads as no date, the city and country cells are one venue, a field's
// acronym is the body the narrative names in full); a `.csv` row runs over the lines its quoted cells span. It now
// reads 15 items for 15. `csv-export` (a sheet saved as `.csv` from Excel: BOM, CRLF, a title cell and an empty row
// over the header, quoted cells with commas, doubled quotes and line breaks, day-first dates, empty cells) was written
// with its gold after that rule, blind to it, and read with it: 16 items for 15 (a row whose quoted cell holds a blank
// line cut in two), dates, places, countries, participants and themes 1.000, people 0.971, organizations 0.961; fixed
// after: a quoted cell goes on over blank lines. `indented-paragraphs` (text from an old word processor: no blank line
// anywhere, each paragraph opened by a first-line indent, hard-wrapped, a centred title page, Roman-numbered headings in
// capitals, a wrapped line that opens `May 2019 edition …`) was also written with its gold before any parse of it
// (blind). Blind it read 10 items for 15 (paragraphs run together) and scored dates 0.690, places 0.541, countries
// 0.581, participants 0.640, themes 0.333, organizations 0.462, people 0.563. Fixed after, with unit tests: in a block
// without list markers, an indented line after an unindented one opens a paragraph, as does a heading in capitals
// (`I. INTERNATIONAL VISITS`), and a centred line stands alone; the title takes the period of a heading under it.
// Fixed later: the editors' letter after the items (`Dear friends, the Board … thanks …`) is furniture. Kept:
// `conferences, seminars and forums` read as bodies after a line break; `Almaty` in a later sentence.
// `two-periods-file` (the secretariat's text style, two half-year bulletins in one file, `(2018.7-2018.12)` then
// `(2019.1-2019.6)`, dates without years) and `rss-feed-xml` (a member's WordPress RSS 2.0 feed saved as the bulletin:
// items newest first, each with `content:encoded` HTML in CDATA, an excerpt, categories, a job vacancy that reports no
// event) were also written with their gold before any parse of them (blind). Blind, `two-periods-file` read 17 items for
// 16 (the second part's intro an undated item) and scored places, countries, themes and people 1.000, participants
// 0.897, organizations 0.895, dates 0.563 (the second part dated a year early); `rss-feed-xml` read no item at all
// (every field 0.000: CDATA is a comment to an HTML parser). Fixed after, with unit tests: a later title that states a
// period of months among other words (no day, not a date line) starts a part whose items take that period, and the
// undated paragraph right under it is the part's intro; a news feed (RSS, Atom) is read with an XML parser, the
// channel's title as the title, its description as a heading, each entry's title as its headline and its full text
// as HTML (the offsets inside CDATA exact). This also read `confluence-export`'s note under `Upcoming events
// (July–December 2023)` as that part's intro, its kept extra item. Kept: the vacancy post, read as no item only
// because it states no date; `Kurmangazy` and `Abai` (one-word names), `Aral` read as a Chinese town for `Aralsk`.
// `annual-report-excerpt` (a chapter of an annual report copied out of its PDF: numbered sections, hyphenated line
// ends, page headers and footers inside items, a `Did you know?` sidebar, figure captions, a key-figures table as
// plain lines, `•` bullets with hanging indents; the period a calendar year) and `francophone-html-table` (an old CMS
// page in English by a francophone network: a layout table with a menu cell, each item a row of a date cell and a text
// cell, `<font>` and `&nbsp;`, French names and bodies with English glosses) were also written with their gold before
// any parse of them (blind). Blind, `annual-report-excerpt` read 17 items for 15 (the sidebar and the table) and scored
// dates, participants, themes and people 1.000, organizations 0.927, places 0.857, countries 0.828;
// `francophone-html-table` read 20 for 15 with the menu's first link as its title, so no period and every date a year
// early: dates 0.333, organizations 0.650, people 0.833, participants 0.917, places 0.968, countries 0.966, themes 1.000.
// Fixed after, with unit tests: a report's table or figure caption (`Table 3: …`, `Figure 7: …`) and a sidebar (`Did
// you know? …`) are furniture; a title over two lines in a cell is the title, and a list of past issues (two periods
// or more) is none; a cell's title is not joined with the intro under it; an undated paragraph of a text cell goes on
// with the cell's first paragraph, dated by the date cell beside it; `Tél. :` lines and a note on who collected the
// news are furniture. Kept: French bodies with an English gloss in the parentheses read twice (`Réseau des ONG de
// Développement (RONGD, Network of Development NGOs)`), `Lalitpur` read as India's (GeoNames' larger town).
// `meeting-minutes` (a board's minutes: a heading block of labelled lines, numbered agenda items, the half-year's
// events as lettered sub-items `(a)`…`(o)` with hanging indents under `3. Report on international exchanges
// (January–June 2022)`, other items' dated decisions) and `space-aligned-table` (a PDF's table converted with its
// layout: columns aligned with spaces, cells wrapped inside their columns, a page break inside a row with the header
// repeated) were also written with their gold before any parse of them (blind). Blind, `meeting-minutes` read 8 items
// for 15 (every lettered event taken into the paragraph under the report's heading, read as a dated headline): dates,
// participants, themes, organizations and people 0.000, places 0.111, countries 0.125; `space-aligned-table` read 17
// for 15 (rows cut and run together) and scored dates 0.286, places 0.222, countries 0.308, participants 0.111, themes
// 0.000, organizations 0.207, people 0.286. Fixed after, with unit tests: a letter in parentheses, `(a)`, is a list
// marker; a headline's closing period of months (`(January–June 2022)`) is no event's dateline; a table whose columns
// are aligned with spaces is read row by row as a spreadsheet's (a header of known columns, rows between blank lines,
// a cell's pieces over its lines put together). Kept (`extraItems`): the minutes' other agenda items and heading block
// (seven dated paragraphs, three undated), which a reader knows are no news only by the agenda; the table's row cut by
// the page break, its second half an undated item (which also sets the scorer's items out of step after it).
// `google-forms-csv` (a Google Form's responses saved as `.csv`: the form's questions as columns, a `Timestamp` column,
// dates typed each its own way, `N/A` and `none` answers, a theme in doubled quotes) and `yaml-data-file` (a static
// site's `_data/news.yml`: a list of mappings with `date`, `place`, `headline`, `partners` as flow and block lists,
// `participants`, `theme`, a `text: |` block over two paragraphs, anchors and aliases, a commented-out entry) were also
// written with their gold before any parse of them (blind). Blind, `google-forms-csv` read 16 items for 15, each dated
// by its timestamp (no header read: its questions are no form's labels), and scored dates and themes 0.000, places
// 0.688, countries 0.733, participants 0.609, organizations 0.679, people 0.818; `yaml-data-file` read 19 for 15 (each
// entry's second paragraph an item, every item out of step) and scored 0.071–0.286 in every field. Fixed after, with
// unit tests: a sheet's column is known by its words too (`Date(s) of the activity`, `City and country`, `Please
// describe the activity`; not a yes-or-no question), a header's names open with capitals and end no sentence, a
// cell's doubled quotes are one and an answer of none is no field, a cell's line breaks list bodies; an entry of a YAML
// list of news (`- date: …`) is read as a form whose keys are its labels, its text block over blank lines its
// narrative. Kept: `*cnie`, an alias whose bodies only its anchor names; `Chinese Embassy` read again after the
// embassy's full name; a person named only after `of the Centre`.
// `excel-html-table` (an Excel sheet pasted into an e-mail and saved as HTML: Office namespaces, `mso` classes, a merged
// title cell, a header row `Date`, `Venue`, `Activity`, `Partners`, `No. of participants`, `Remarks`, date cells with
// Excel's serial numbers) was also written with its gold before any parse of it (blind). Blind it read 15 items for
// 15, 13 of them undated (each row's date cell read apart from its activity), and scored dates 0.235, places 0.240,
// countries 0.250, participants 0.250, themes 1.000, organizations 0.871, people 0.857. Fixed after, with a unit test:
// a table whose header row names known columns is read row by row as a spreadsheet's; and a heading that names plans
// (`Upcoming events`, `Save the date`) opens a section of no items (it kept `confluence-export`'s table of upcoming
// events out). `json-news-file` (a CMS's REST API export as JSON: entries with `date`, `end_date`, `title`, a `location`
// object, `partners`, `participants`, `tags` and an escaped `body`) was written blind too: blind the parser read it as
// text, 13 items for 15, every field 0.000–0.480. Fixed after, with unit tests: a JSON document of news is read with a
// reader that keeps each value's place; its `title` is the title, each entry of its list of reports an item read as a
// form of its fields, its `body` (escapes decoded) the item's text. Kept: `Nurul Aisyah binti Rahman` cut at `binti`,
// a headcount field's bare number read as exact where the text says `about` or `over`.
// Session of Nov 30 (00:53–03:53 UTC): eight more bulletins written blind, in two rounds of four, each committed with its
// gold before any parse of it. Round one: `ngo-translated-h2` (a Chinese provincial association's bulletin in the
// fixture's register, `In July 11,`, `During August 19 and 28,`, `On September, 17th,`, run-together words, a closing
// paragraph), `think-tank-digest` (a network of policy institutes: ambassadors, deputy ministers, people named twice),
// `html-member-page` (an old CMS's hand-written page) and `numbers-heavy-report` (counts of members, beneficiaries,
// money and years beside the headcount). Round two: `africa-youth-h1`, `latam-network-h2` (Spanish-speaking staff:
// day-first dates, names with two family names, Spanish bodies), `word-html-report` (Word's filtered HTML, dates and
// names split across spans) and `pdf-hardwrap-bulletin` (text out of a PDF: hard-wrapped lines, words broken at line
// ends, page footers and running titles inside items). Blind, the eight read 126 items for 121 (the closing paragraphs,
// and an item cut by each of three page breaks) and scored together dates 1.000, places 0.903, countries 0.941,
// participants 0.954, themes 1.000, organizations 0.919, people 0.977. Fixed after, with unit tests: a city after its
// country with the comma lost (`Laos Vientiane`); a closing that names the bulletin or asks readers to write to an
// address is no item; two-word portfolios of a ministry (`…, Climate Change and Technology`); after a title and `of`, a
// name with a place ending in `Forum` or `Initiative` is a body; conference centres, meeting editions (`Annual General
// Assembly`), seasonal courses and a `Palace of …` are no bodies; `Ltd.` ends a company's name; people counted after
// `addressed` or `trained`, before `attended` whatever the noun, of a body named by its kind, and not a body's
// volunteers; `to hospitals in …` is no infinitive; sentences end after `D.C.` before an opener; two-particle cities;
// full names after `coordinated by` and after a post set off by commas; an item joined across a page break whose rest
// opens in capitals or whose page lines sit inside a paragraph. At the end: dates 1.000, places 0.956, countries 0.974,
// participants 1.000, themes 1.000, organizations 0.958, people 0.991. Kept: `Karakol` in a later sentence (`the team
// worked … in Bishkek and Karakol`), `Lalitpur` read in India for Nepal, `Rastriya Sabha Griha` read as Sabha, Libya,
// `Kinshasa Youth for Peace` and `Caspian Policy Lab`, and the cities of a campaign's deliveries
// (`… to 2,100 people in Almaty, Shymkent and Karaganda`).
// Round three, four more: `kazakh-forum-h2` (a Kazakh forum's bulletin translated from Russian: `Public Foundation “…”`,
// patronymics, a Board's and an Agency's long names), `mekong-youth-report` (South-East Asian names and honorifics, a
// boat trip between two countries), `ghost-blog-export` (a blog post: a headline over each story of one or two
// paragraphs, figures with captions, a byline's date, related posts and a cookie notice) and `sironet-2020-h2-secretariat`
// (the secretariat's own bulletin in the real one's register, its online events of 2020). Blind (with the rules of rounds
// one and two): 75 items for 63 (`ghost-blog-export` 27 for 15, each story's second paragraph an item), dates 0.992, places
// 0.933, countries 0.974, participants 0.963, themes 1.000, organizations 0.906, people 0.954. Fixed after, with unit
// tests: a story under a headline of its own goes on over its undated paragraphs; cookie notices; a board's or a member's
// post gives its body; `Hospital Group`; a year's edition of a forum; `Name from Body`; where raised funds go and where a
// body was founded are no venues; English names of three cities; Turkic patronymics; possessive acronyms; asides before a
// verb; arrivals in a city. At the end: dates 0.992, places 0.978, countries 0.983, participants 1.000, themes 1.000,
// organizations 0.947, people 0.987. Kept: `near Cholpon-Ata` (no venue is read after `near`), the boat trip `from Phnom
// Penh, Cambodia, to Pakse, Laos`, a run-together pair inside one name (`Public OrganizationsXinjiang Foundation`), and
// names after a title and its body (`Executive Secretary of the Civil Forum of Kazakhstan Aliya Bakhytovna Sarsenova`).
// Round four, four more: `portal-html-2021-h1` (the real bulletin's register on an old provincial portal: a table
// layout, a view counter's date, items set apart by `<br><br>` in one cell), `sironet-2017-h1-members` (21 items written
// as close to the real bulletin as the writer could), `forwarded-quoted-bulletin` (an e-mail forwarding a bulletin quoted
// line by line with `> `) and `south-asia-network-2024-h2` (South Asian English: `On 10th July`, `In the month of
// October`, lakh and crore). Blind: the two in the real bulletin's register scored 0.946–1.000 in every field but
// organizations (0.897 and 0.946); the forwarded one read 1 item for 15 (every field 0.000–0.125). Together: dates
// 0.860, places 0.830, countries 0.850, participants 0.875, themes 0.895, organizations 0.722, people 0.729. Fixed
// after, with unit tests: a forwarded message's quoted lines are read without their marks, its title under the
// e-mail's header; closing greetings; `In the month of October`; a school of a city; a name ends before a year; an
// acronym's board and a body's general assembly give the body; two bodies opening with one head. At the end: dates
// 1.000, places 0.980, countries 0.993, participants 1.000, themes 1.000, organizations 0.951, people 0.989. Kept:
// `Lumbini` (a town the gazetteer's cities of 15,000 people leave out), `Chinese Enterprises Association in Kazakhstan`
// read without its country, `Sumgait City Executive Power` joined to the ministry before it.
// Round five, four more: `country-headings-2022-h2` (items under country headings in capitals, two that run over two
// paragraphs), `month-headings-html-2023-h1` (a site's items under month headings, two stating only their days, a
// `<blockquote>` under one), `numbered-items-2021-h2` (numbered, hard-wrapped items with hanging indents and a sub-heading)
// and `francophone-africa-2020-h2` (French habits: `On Saturday 12 September`, `On the 5th of August`, French body
// names). Blind: dates 0.967, places 0.930, countries 0.959, participants 0.953, themes 1.000, organizations 0.910, people
// 0.978 (62 items for 61). Fixed after, with unit tests: the days an item states under a heading of its month; a
// `<blockquote>` goes on with its item; people counted past a description of their body, `connected` online, sent with a
// purpose; venues `near` a town; where a body sits; the editors' closing thanks. At the end: dates 1.000, places 0.958,
// countries 0.967, participants 1.000, themes 1.000, organizations 0.910, people 0.978. Kept: French names joined by `et de
// l'` and ones whose acronym is French, `East and Horn of Africa …`, `Women in Crafts Association` cut at `in`,
// `Adjoua Brou épouse Koffi` cut at `épouse`, and a delegation `from Vientiane to Kunming`.
// Round six, four more: `windows-text-quirks-2019-h2` (the real bulletin's register saved by Notepad: a BOM, CRLF, tabs,
// no-break spaces, blank lines holding spaces), `russian-ngo-english-2022-h2` (Russian habits: initials before family
// names, patronymics, a title and its body before the name, `«…»`), `markdown-headed-items-2024-h1` (a `## Highlights`
// list before the items, a `###` headline over each story, bold dates set off by a dash) and `sironet-web-2023-h1` (the
// secretariat's bulletin as a web page, 19 items). Blind: the Notepad file and the web page read as the real one does
// (0.91–1.00 in every field); the Russian one found 0.240 of its people; the Markdown one read 21 items for 15, every
// item after the summary out of step. Together: dates 0.857, places 0.845, countries 0.851, participants 0.849, themes
// 0.914, organizations 0.828, people 0.671. Fixed after, with unit tests: a summary's short lines are no items; an
// earlier edition's paragraph goes on under its headline and counts no one; headings held as page furniture still
// count; people counted after a dated dash; initials and a family name ending a run, and a name after `head of the
// delegation`, are people. At the end: dates 0.984, places 0.979, countries 0.978, participants 0.972, themes 0.947,
// organizations 0.914, people 0.886. Kept: Russian names with no title before them, `under the motto "…"` (the brief's
// theme, a slogan by the guidelines), and a story's paragraph after a list of partners.
// Round seven, four more: `date-forms-stress-2022-h1` (22 items that together use every date form the issue lists, with
// background dates after each), `thai-english-2023-h2` (Thai habits: `During 19-28 Jul`, `In Oct`, nicknames in quotation
// marks, `Khun` and `Ajarn`), `gulf-rtl-html-2021-h2` (an Arabic site's English section, Hijri dates in background) and
// `youth-council-2025-h1` (registrations and online viewers beside the headcount). Blind: all 68 items read with their
// dates right (dates 1.000), places 0.932, countries 0.948, participants 0.943, themes 1.000, organizations 0.945, people
// 0.874. Fixed after, with unit tests: nicknames in names; registrations are no headcount; a bare count opening a clause
// before `attended`; people from places closed by their kind; `Darkhan`; `Grandmaster`, `Ajarn` and `Phra`. At the end:
// places 0.940, countries 0.956, participants 0.976, people 0.978. Kept: a nation's adjective read as a venue (`Mongolian
// wrestling`), countries aid goes to after a city's venue, and `Turkish Köprü …` read with its nationality.
// Round eight, four more: `sironet-2024-h2-secretariat` (22 items in the real bulletin's register), `korean-ngo-english-
// 2023-h1` (`On March 15(Wed),`, `On 2023.5.12,`, names family name first), `lusophone-network-2021-h1` (Portuguese body
// names, `In the end of May`, online events) and `central-america-2024-h1` (a WordPress post: a list of an item's
// points, comments with dates, a sidebar). Blind: 75 items for 67 (the post's list points and comments read as items,
// 23 for 15), dates 1.000, places 0.852, countries 0.920, participants 0.940, themes 0.973, organizations 0.902, people
// 0.956; the one in the real bulletin's register scored 0.972–1.000 in every field. Fixed after, with unit tests: a
// list's points closing with semicolons go on with their item; joined furniture stays furniture; contact lines;
// ordinal editions of a meeting; Portuguese articles in names; people counted past long asides and the countries they
// came from. At the end: 67 items for 67, places 0.866, organizations 0.940, participants 0.967. Kept: `San José` read in the
// United States (GeoNames' most populous of the name), cities in an item's list of places, and Korean names after a
// title in lower case.
// Round nine, four more, read blind with no rule made for them (the session's last): `sironet-2022-h2-secretariat`
// (20 items in the real bulletin's register), `guangxi-provincial-2023-h1` (a provincial member's translated
// newsletter, 18 items), `word-plaintext-2018-h2` (Word's "Plain Text": one line a paragraph, tab-separated table cells,
// footnotes after a line of underscores, `•\t` bullets) and `east-africa-network-2019-h1` (East African English:
// `On 10th January, 2019,`, Swahili body names). Blind: 70 items for 69, dates 1.000, places 0.901, countries 0.973,
// participants 0.984, themes 1.000, organizations 0.952, people 0.981; the two in the real register 0.896–1.000 in
// every field. Kept (as read): a line after a list's sub-points read as an item, cities in sub-bullets, `Hyderabad`
// read in India for Pakistan, `Stone Town` read as Zanzibar, and `Anta` of `Cheikh Anta Diop University` read as a city.
// Round ten, four more (Nov 30, a new session): `sironet-2021-h1-secretariat` (20 items in the real bulletin's register,
// online and hybrid events of 2021), `provincial-friendship-2019-h1` (a provincial friendship association's translated
// work briefing), `eurasia-ngo-2020-h2` (Russian-speaking staff: day-first dates, patronymics, `Public Foundation "…"`,
// straight quotation marks) and `africa-ngo-web-2018-h2` (an alliance's saved news page, `<strong>` lead-ins). Blind:
// 65 items for 65, dates 0.992 (a lead-in label before the date, `China study tour. From November 5 to 11, …`, read as
// undated), places 0.890, countries 0.924, participants 0.970, themes 1.000, organizations 0.907, people 0.979. Fixed
// after, with unit tests: a short label before the dated sentence is a run-in heading; a legal form and one word of
// its name (`Charitable Foundation Meyirim`), an NGO's quoted name after a nationality or in a person's parentheses,
// partnerships and faculties as bodies; no body in a theme in straight quotation marks, a Roman numeral, a country's
// name, a seat in parliament, an acronym's board of trustees, or a name said to have taken place; `Embassy of Japan in
// the Kyrgyz Republic`; venues linked by video, a hybrid event's main venue, and no venue a show will later travel to;
// a crowd counted beside names, and no count of a past year; people before a role in lower case, elected to a post, or
// named as the event's curator. At the end: dates 1.000, places 0.974, countries 0.976, participants 1.000,
// organizations 0.977, people 1.000. Kept: `Dilijan` (not in the gazetteer), `Telavi` after `hospitals of`, live
// broadcasts `from tea gardens in Wuyishan`, `Nairobi Women in Business Network` (`in` ends a run), `Mandalay Eye, Ear,
// Nose and Throat Hospital`, `Lao Front for National Construction`, `Peking Opera` read as a body, and a ministry whose
// portfolio lists `Labour, Health and Social Affairs`.
// Round eleven, four more: `sironet-2026-h1-secretariat` (20 items in the real bulletin's register, with the harder date
// forms and an item that opens with an earlier year's background), `youth-federation-web-2019-h2` (a provincial youth
// federation's CMS page: breadcrumb, `Source: … Views:` line, `&nbsp;` indents, a footer with an ICP number),
// `south-asia-ngo-2021-h2` (South Asian English: `Hon'ble`, `Sri … ji`, `Er.`, `Pvt. Ltd.`, lakh and crore) and
// `mongolia-network-2018-h2` (CRLF text wrapped at 80 columns, `Ts. Oyunchimeg`, aimags and soums). Blind: 65 items for
// 65, dates 0.985 (the earlier year's background), places 0.921, countries 0.970, participants 0.957, themes 1.000,
// organizations 0.945, people 0.900. Fixed after, with unit tests: an opening date of an earlier year gives way to a
// later sentence's date in the period; China's prefecture-level cities that GeoNames lists without a population;
// Mongolian two-letter initials; Korean given names after a family name that is a noun (`Park Ji-hoon`); two names
// after one title; South Asian titles and companies; a name before `of` and its body; the acronym of a gathering, and
// one that leaves out an inner acronym (`CNIE`); a city before a lower-case designation as a region; official long
// forms of countries; contestants and finalists; counts past long asides and after `said`; universities named by kind
// and city. At the end: dates 1.000, places 0.934, participants 0.983, organizations 0.980, people 0.982. Kept:
// `Bharatpur` read in India (GeoNames' most populous of the name), `Mazar-i-Sharif` and `Yan'an` (not under those
// names in the gazetteer), `Khatanbulag` and `Uliastai` as written, `Republic of Buryatia` read as a city, `Xilingol
// League` and `World Youth Forum` read as bodies, `Li Wenbo` opening a sentence with no title, and `Un Sophal` after a
// long title.
// Round twelve, four more: `sironet-2016-h1-secretariat` (an early editor's bulletin in the real register: doubled spaces,
// `2th`, a repeated sentence), `latam-ngo-web-2020-h2` (a WordPress page: `<h3>` headlines over one or two `<p>`, Spanish
// and Portuguese body names with their English glosses and acronyms in parentheses, a sidebar of recent posts),
// `east-europe-ngo-2019-h1` (non-native English: diacritics, `Mgr.`, `MUDr.`, `doc.`, bodies named in English with their
// own language's name and acronym in parentheses) and `turkey-iran-ngo-2022-h1` (items numbered `1)`, Turkish bodies
// with English glosses, `Assoc. Prof. Dr.`). Blind: 64 items for 63, dates 1.000, places 0.959, countries 0.968,
// participants 0.952, themes 1.000, organizations 0.801, people 0.955. Fixed after, with unit tests: a name in another
// language with an acronym in parentheses, either order, and a gloss that names the same body (`Red Andina de Mujeres
// Rurales (RAMUR, Andean Network of Rural Women)`, `Fundación Semillas del Sur (Seeds of the South Foundation)`); Turkish
// heads and `ve`; a story's paragraph dated before the story; Central European academic degrees; delegates who
// represented members, a mission's people, a group without an article; a university's city kept unless its country
// follows; events named by their topic after `on`; a body's general assembly; `Fellow`. At the end: 63 items for 63,
// participants 0.981, organizations 0.949, people 1.000. Kept: `Plzeň` (GeoNames files it as `Pilsen`), cities where a
// team `provided free clinics` in a later sentence, `broadcast from Recife`, `to Uzhhorod and Mukachevo` after a
// region, `Sofia University St. Kliment Ohridski`, and bodies named in Spanish with no head word we know (`Red de …`).
// Round thirteen, four more: `sironet-2023-h1-secretariat` (20 items in the real register, many people in a row),
// `guangdong-table-layout-2022-h2` (an old page laid out with nested `<table>`s, `<font>` and `<center>`, the title in a
// `<td class="title">`, one item split by `<br><br>`), `southern-africa-2023-h1` (`On Monday, 13th March 2023,`, `on the
// 15th of May`) and `philippines-indonesia-2017-h2` (`Davao City`, `Barangay San Roque`, `binti`, `dela`, a sign-off
// naming the next issue). Blind: 66 items for 65, dates 1.000, places 0.878, countries 0.956, participants 0.946,
// themes 1.000, organizations 0.938, people 0.958. Fixed after, with unit tests: `Friendship with the Peoples`; a
// group's bare count (`a delegation of 9 led by …`); a representative of a body is no office; a society's city; `Pastor`;
// cities written with `City`; barangays; provinces with a particle (`Lanao del Norte`); `binti` and `dela`; a sign-off
// with a dash. At the end: places 0.938, countries 0.992, participants 0.965, organizations 0.957, people 0.977. Kept:
// the `<br><br>` paragraph that opens with an earlier year's fact (`The two cities signed … in October 2019`) read as
// an item of its own (below), a five-member delegation counted over the 80 guests a later sentence names, `Ma.` for
// Maria, `Shiwan` (a district of Foshan) read as a city, and `Calmette Hospital` inside `Ophthalmology Department of …`.
// Round fourteen, four more: `sironet-2019-h2-text` (21 items in the real register, every date form of the real one),
// `cango-html-2018-h1` (a national association's CMS page, dates in `<strong>`, a photo caption, related news),
// `pakistan-cpec-2019-h1` (Pakistani English: `Ch.` for Chaudhry, `Syed`, `Engr.`, `(Pvt.) Ltd.`) and
// `uzbek-kazakh-2024-h1` (`NNO "…"`, `Malika Rustam qizi`, English names of Uzbek cities, a sign-off with a request).
// Blind: 67 items for 66, dates 1.000, places 0.953, countries 0.972, participants 0.962, themes 1.000, organizations
// 0.928, people 0.959; the two in the real bulletin's register and layout 0.929–1.000 in every field. Fixed after, with
// unit tests: `Ch.` before a full name; `(Pvt.) Ltd.`; `Circle`; a name before `of` and an acronym; counts past an
// engineer's title, `as well as` and `broke their fast`, none added from a relative clause; `NNO`; names ending in a
// patronymic particle; English names of Uzbek, Tajik and Turkmen cities; schoolchildren; `The 34 participants`; a
// sign-off with a request. At the end: 66 for 66, places 0.966, participants 1.000, organizations 0.963, people 0.995.
// Kept: `SIRONET` alone beside its full name, `SCO countries`, a ministry whose portfolio lists `Water, Irrigation and
// Electricity`, `Russian Cultural Center of Shanghai` read without its city, and `Leiden` for Holland.
// Round fifteen, four more, read blind with no rule made for them (the session's last): `sironet-2020-h2-text` (21 items in
// the real register), `europe-china-ngo-2018-h2` (British English: `Cllr`, `Rt Hon`, `MEP`), `africa-french-html-2021-h1`
// (French-speaking staff, items as `<li>` opening with a bold date) and `central-asia-russian-2019-h2` (translated from
// Russian: `Ivanova I.V.`, `ANO "…"`, `In the second half of November`). Blind: 66 items for 66, dates 0.992, places
// 0.936, countries 0.946, participants 0.926, themes 1.000, organizations 0.934, people 0.954. Kept (as read): `In the
// second half of November` read as no date, and the rest of their misses.
// Round sixteen, four more, each in the real bulletin's register written by a member or the secretariat:
// `sironet-2018-h2-text` (the six months after the real one, 20 items), `member-foundation-2019-h1` (a Chinese
// foundation), `member-kenya-2018-h2` (a Kenyan network: `CS`, `PS`, `MCA`, Swahili body names) and
// `member-nepal-2019-h2` (a Nepali federation's saved page). Blind: 66 items for 66, dates 1.000, places 0.969, countries
// 0.980, participants 0.991, themes 1.000, organizations 0.918, people 0.978. Fixed after, with unit tests: Kenya's
// titles in capitals; the people a team is composed of; a region's name before a province as a city (`Lumbini, Province
// No. 5`). At the end: places 0.981, participants 1.000, organizations 0.934, people 0.996. Kept: `Bhaktapur` (GeoNames
// gives it no population), `Bharatpur` read in India, `Friendship Hospital of Nouakchott` read without its city, and two
// bodies joined by `and` read as one besides each.
// Round seventeen (Nov 30, second session), four more: `sironet-2017-h1-secretariat` (20 items in the real register, the
// Belt and Road Forum's half-year), `member-thailand-cambodia-2024-h2` (Thai and Khmer honorifics, Buddhist-era years
// beside the Common Era's), `arab-ngo-web-2019-h1` (a saved page: `<strong>` lead-ins, Arabic names with `Al-`, `bin`,
// `Abu`, bodies with a transliterated name and an English gloss) and `balkans-ngo-2018-h1` (CRLF text, South Slavic and
// Albanian names with diacritics, bodies under their own language's name and an acronym). Blind: 65 items for 65, dates
// 1.000, places 0.994, countries 0.993, participants 0.973, themes 1.000, organizations 0.870, people 0.941. Fixed
// after, with unit tests: a name in another language with words in lower case, read back from the acronym in
// parentheses that spells it (`Udruženje građana Most prijateljstva (UGMP)`, `Shoqata Shqiptare e Mjekëve Vullnetarë
// (SHSHMV)`); South Slavic, Albanian and transliterated Arabic heads (`Udruga`, `Lidhja`, `Jamiat`); Cambodia's `Oknha`
// as a title; `under Royal Patronage` kept in a Thai body's name. At the end: organizations 0.941, people 0.970. Kept:
// `Her Majesty Queen Sirikit The Queen Mother` read as no one, `Emir` read as a title before a given name, an acronym
// named in full only in an earlier item, and venues the gold counts as bodies (`Bibliotheca Alexandrina`).
// Round eighteen, four more: `sironet-2015-h2-secretariat` (20 items in the real register, the network being set up),
// `member-ethiopia-sudan-2022-h2` (`Ato`, `W/ro`, `Ustaz`, Amharic and Arabic body names with glosses, an Ethiopian
// calendar date beside the Gregorian), `eu-ngo-web-2025-h2` (a German-speaking NGO's page of `<article>` posts, each
// with the day it went up in `<time>`, bodies with `e.V.` and `gGmbH`) and `member-caucasus-2021-h2`. Blind: 66 items for
// 66, dates 0.758 (all sixteen posts dated by the day they went up), places 0.938, countries 0.937, participants 0.982,
// themes 0.974, organizations 0.894, people 0.892; the secretariat's bulletin scored 1.000 in every field. Fixed after,
// with unit tests: a line that is only a date over a post's text is the day it went up, and the text's first sentence
// dates the event; `Ato`, `W/ro`, `Ustaz` as titles; `Mahber` as a head; a German legal form closes a body's name; no
// person read from a body's name in English words before `, and Mr. …`. At the end: dates 1.000, organizations 0.949,
// people 0.995. Kept: places and countries (0.938 / 0.937) as read, and bodies named under a gloss in parentheses that
// the gold gives by their Arabic name.
// Round nineteen, four more: `sironet-2027-h1-secretariat` (20 items in the real register, a year ahead),
// `member-russia-ngo-2024-h1` (patronymics and initials, `Regional Public Organization "…" (REFS)`),
// `south-asia-bangladesh-srilanka-2022-h1` (`Md.`, `Begum`, Sinhala initials such as `W.A.D. Perera`) and
// `indonesia-malaysia-web-2026-h1` (a page of `<li>` items with bold dates; `Tan Sri`, `Dato' Sri`, `Ibu`, `Bapak`).
// Blind: 66 items for 66, dates 1.000, places 0.988, countries 1.000, participants 0.969, themes 1.000, organizations
// 0.890, people 0.812. Fixed after, with unit tests: `Md.` and initials of several letters in one word open a name;
// `Begum` after a given name ends it (before one it stays a title); Malaysia's titles of two words; `Sri` after `Ibu` or
// `Bapak` is a given name; the acronym in parentheses after a legal form's quoted name is that body's. At the end:
// organizations 0.899, people 0.959. Kept: Malay bodies named with `dan` (`Kementerian Pemuda dan Olahraga`), and an
// acronym named in full in an earlier item.
// Round twenty, four more: `sironet-2028-h2-secretariat` (20 items in the real register), `member-tajik-kyrgyz-2025-h2`
// (`-zoda`, `uulu`, `Public Organization «…»`), `west-africa-ngo-web-2020-h1` (WordPress posts, newest first, each with a
// `Posted on …` line; `Chief`, `Alhaji`, `Hajia`, `Nana`) and `brazil-ngo-2024-h1` (Portuguese bodies with glosses).
// Blind: 66 items for 66, dates 1.000, places 0.975, countries 0.972, participants 0.972, themes 0.930, organizations
// 0.926, people 0.965. Fixed after, with unit tests: a theme without its closing mark ends before the sentence's verb
// (`… was staged in Havana`); `Hajia` as a title; a nationality and `NGO` stay in a name a head goes on with
// (`Tajik-Kyrgyz NGO Network for Cooperation`). At the end: themes 0.977, organizations 0.939, people 0.982. Kept: a
// Ghanaian chief's regnal number (`Kofi Owusu Ababio II`) read as no one, bodies the gold names in Portuguese where the
// text glosses them, and `X of <city>` bodies read without their city.
// Round twenty-one (the session's last), four more: `sironet-2019-h1-secretariat-text` (20 items in the real register,
// the second Belt and Road Forum's half-year), `member-pacific-2023-h2` (`Ratu`, `Adi`, `Tui`, local words with
// glosses), `iran-iraq-ngo-2024-h2` (`Seyed`, `Haj`, `Ayatollah`, a Solar Hijri date beside the Gregorian) and
// `korea-japan-web-2022-h2` (a table of date cells and text cells). Blind: 65 items for 65, dates 1.000, places 0.868,
// countries 0.882, participants 0.991, themes 1.000, organizations 0.932, people 0.926. Fixed after, with unit tests:
// `Basra`, `Kashi` and `Gomel` by their English names; `Haj` and `Ayatollah` as titles (not `Seyed`: two earlier golds
// keep it in the name, this one does not). At the end: places 0.916, people 0.957. Kept: venues `between Najaf and
// Karbala`, `Najaf Youth Forum for Dialogue` read as two names (its city then read as the venue), and countries a
// delegation will visit read as venues.
// Round twenty-two, four more: `sironet-2025-h1-secretariat-text` (18 items in the real register),
// `member-andes-mexico-2019-h2` (two surnames, `Lic.`, `Ing.`, `A.C.`), `gulf-ngo-web-2027-h1` (cards with a day-first
// date span, `H.H.`, `Sheikha`) and `member-vietnam-laos-2020-h2`. Blind: 64 items for 64, dates 1.000, places 0.973,
// countries 0.986, participants 0.982, themes 1.000, organizations 0.885, people 0.995. Fixed after, with a unit test: a
// nationality and `NGO` are no description before the rest of a name after two countries joined by a hyphen
// (`Vietnam-Laos NGO Friendship Union`). At the end: organizations 0.910. Kept: Spanish `Red …` (network) heads, which
// English `Red Cross` shares, and ministries whose names hold commas (`Ministry of Labor, Social Security and Migration`).
const names = ['red-cross', 'youth-federation', 'university-alliance', 'green-partnership', 'chamber-network', 'women-environment', 'sports-culture', 'health-education', 'culture-heritage', 'sironet-2019-h1', 'sironet-2018-h2', 'sironet-2020-h1', 'sironet-2017-h2', 'poverty-headings', 'dayfirst-network', 'central-asia', 'africa-partnership', 'latam-bridges', 'southeast-asia', 'pacific-islands', 'levant-relief', 'cms-export', 'sironet-2021-h2', 'sironet-2022-h1', 'europe-partners', 'east-africa-women', 'sironet-2019-h2', 'south-asia-dialogue', 'northern-neighbours', 'caucasus-balkans', 'east-asia-table', 'nordic-email', 'gulf-maghreb', 'caribbean-pdf', 'word-export', 'markdown-digest', 'west-africa', 'central-europe-dl', 'turkic-dateline', 'formal-report', 'wire-datelines', 'sironet-2025-h2', 'mailchimp-html', 'gdocs-asean', 'numbered-academic', 'siberia-datelines', 'wordpress-charity', 'ascii-email-digest', 'cfpd-work-report', 'annual-review-reverse', 'wechat-article', 'sironet-2023-h2', 'korea-board', 'sironet-2016-h2-oldweb', 'headline-datelines', 'sloppy-volunteer', 'cards-cookie-banner', 'social-posts', 'bilingual-sichuan', 'accordion-details', 'cnie-invitation-openings', 'sironet-2024-h1', 'wiki-page', 'weekday-digest', 'mediterranean-blogroll', 'ap-style-newsletter', 'francophone-report', 'slide-bullets', 'numeric-dates-report', 'arabic-bilingual', 'latam-spanish-style', 'indian-english', 'russian-translated', 'figures-magazine', 'sironet-2025-h1', 'press-releases', 'ocr-scan', 'spreadsheet-tsv', 'cyrillic-bilingual', 'lusophone-english', 'mekong-slash-dates', 'cjk-keyboard', 'japan-fiscal-weekdays', 'form-fields', 'uk-charity-roundup', 'telegram-emoji-digest', 'markdown-table-report', 'html-dl-records', 'un-style-report', 'nigerian-ngo-bulletin', 'caps-headline-newsletter', 'nested-list-html', 'ukraine-transliteration', 'cross-year-winter-report', 'press-clippings-digest', 'html-timeline', 'vietnamese-english', 'hugo-front-matter', 'persian-english', 'trailing-dates', 'headline-parenthetical', 'notion-export', 'email-raw-urls', 'mediawiki-source', 'whatsapp-export', 'bbcode-forum', 'ascii-box-table', 'gdocs-txt-comments', 'latex-newsletter', 'confluence-export', 'sharepoint-news', 'csv-export', 'indented-paragraphs', 'two-periods-file', 'rss-feed-xml', 'annual-report-excerpt', 'francophone-html-table', 'meeting-minutes', 'space-aligned-table', 'google-forms-csv', 'yaml-data-file', 'excel-html-table', 'json-news-file', 'ngo-translated-h2', 'think-tank-digest', 'html-member-page', 'numbers-heavy-report', 'africa-youth-h1', 'latam-network-h2', 'word-html-report', 'pdf-hardwrap-bulletin', 'kazakh-forum-h2', 'mekong-youth-report', 'ghost-blog-export', 'sironet-2020-h2-secretariat', 'portal-html-2021-h1', 'sironet-2017-h1-members', 'forwarded-quoted-bulletin', 'south-asia-network-2024-h2', 'country-headings-2022-h2', 'month-headings-html-2023-h1', 'numbered-items-2021-h2', 'francophone-africa-2020-h2', 'windows-text-quirks-2019-h2', 'russian-ngo-english-2022-h2', 'markdown-headed-items-2024-h1', 'sironet-web-2023-h1', 'date-forms-stress-2022-h1', 'thai-english-2023-h2', 'gulf-rtl-html-2021-h2', 'youth-council-2025-h1', 'sironet-2024-h2-secretariat', 'korean-ngo-english-2023-h1', 'lusophone-network-2021-h1', 'central-america-2024-h1', 'sironet-2022-h2-secretariat', 'guangxi-provincial-2023-h1', 'word-plaintext-2018-h2', 'east-africa-network-2019-h1', 'sironet-2021-h1-secretariat', 'provincial-friendship-2019-h1', 'eurasia-ngo-2020-h2', 'africa-ngo-web-2018-h2', 'sironet-2026-h1-secretariat', 'youth-federation-web-2019-h2', 'south-asia-ngo-2021-h2', 'mongolia-network-2018-h2', 'sironet-2016-h1-secretariat', 'latam-ngo-web-2020-h2', 'east-europe-ngo-2019-h1', 'turkey-iran-ngo-2022-h1', 'sironet-2023-h1-secretariat', 'guangdong-table-layout-2022-h2', 'southern-africa-2023-h1', 'philippines-indonesia-2017-h2', 'sironet-2019-h2-text', 'cango-html-2018-h1', 'pakistan-cpec-2019-h1', 'uzbek-kazakh-2024-h1', 'sironet-2020-h2-text', 'europe-china-ngo-2018-h2', 'africa-french-html-2021-h1', 'central-asia-russian-2019-h2', 'sironet-2018-h2-text', 'member-foundation-2019-h1', 'member-kenya-2018-h2', 'member-nepal-2019-h2', 'sironet-2017-h1-secretariat', 'member-thailand-cambodia-2024-h2', 'arab-ngo-web-2019-h1', 'balkans-ngo-2018-h1', 'sironet-2015-h2-secretariat', 'member-ethiopia-sudan-2022-h2', 'eu-ngo-web-2025-h2', 'member-caucasus-2021-h2', 'sironet-2027-h1-secretariat', 'member-russia-ngo-2024-h1', 'south-asia-bangladesh-srilanka-2022-h1', 'indonesia-malaysia-web-2026-h1', 'sironet-2028-h2-secretariat', 'member-tajik-kyrgyz-2025-h2', 'west-africa-ngo-web-2020-h1', 'brazil-ngo-2024-h1', 'sironet-2019-h1-secretariat-text', 'member-pacific-2023-h2', 'iran-iraq-ngo-2024-h2', 'korea-japan-web-2022-h2', 'sironet-2025-h1-secretariat-text', 'member-andes-mexico-2019-h2', 'gulf-ngo-web-2027-h1', 'member-vietnam-laos-2020-h2'] as const
const folder = new URL('generalization/', import.meta.url)
// The file of each bulletin, `.txt` unless listed here.
const extensions: Partial<Record<(typeof names)[number], string>> = {'women-environment': 'html', 'culture-heritage': 'html', 'sironet-2018-h2': 'html', 'sironet-2020-h1': 'html', 'dayfirst-network': 'html', 'africa-partnership': 'html', 'southeast-asia': 'html', 'levant-relief': 'html', 'cms-export': 'html', 'europe-partners': 'html', 'sironet-2019-h2': 'html', 'south-asia-dialogue': 'html', 'east-asia-table': 'html', 'gulf-maghreb': 'html', 'word-export': 'html', 'central-europe-dl': 'html', 'wire-datelines': 'html', 'mailchimp-html': 'html', 'gdocs-asean': 'html', 'wordpress-charity': 'html', 'wechat-article': 'html', 'korea-board': 'html', 'sironet-2016-h2-oldweb': 'html', 'cards-cookie-banner': 'html', 'accordion-details': 'html', 'wiki-page': 'html', 'mediterranean-blogroll': 'html', 'figures-magazine': 'html', 'sironet-2025-h1': 'html', 'uk-charity-roundup': 'html', 'html-dl-records': 'html', 'nested-list-html': 'html', 'cross-year-winter-report': 'html', 'html-timeline': 'html', 'headline-parenthetical': 'html', 'confluence-export': 'html', 'sharepoint-news': 'html', 'rss-feed-xml': 'html', 'francophone-html-table': 'html', 'excel-html-table': 'html', 'html-member-page': 'html', 'word-html-report': 'html', 'ghost-blog-export': 'html', 'portal-html-2021-h1': 'html', 'month-headings-html-2023-h1': 'html', 'sironet-web-2023-h1': 'html', 'gulf-rtl-html-2021-h2': 'html', 'central-america-2024-h1': 'html', 'africa-ngo-web-2018-h2': 'html', 'youth-federation-web-2019-h2': 'html', 'latam-ngo-web-2020-h2': 'html', 'guangdong-table-layout-2022-h2': 'html', 'cango-html-2018-h1': 'html', 'africa-french-html-2021-h1': 'html', 'member-nepal-2019-h2': 'html', 'arab-ngo-web-2019-h1': 'html', 'eu-ngo-web-2025-h2': 'html', 'indonesia-malaysia-web-2026-h1': 'html', 'west-africa-ngo-web-2020-h1': 'html', 'korea-japan-web-2022-h2': 'html', 'gulf-ngo-web-2027-h1': 'html'}

// Paragraphs the parser reads as items that the gold leaves out, kept misses: `formal-report`'s undated overview
// under `II. EXCHANGES` and its conclusions (undated paragraphs after the first item are items with a
// `missing-date` message, by design), and `wire-datelines`' second paragraph of one release, which opens with a
// later date of its own (`On 24th December the final report …`), and `accordion-details`' two
// second paragraphs of a `<details>` (its two undated items take the posting date in their `<summary>`).
// (`datedByPage`: items the gold leaves undated that take a date the page gives them; `missedDates`: items the gold
// dates that are read undated. Both are kept misses.)
const extraItems: Partial<Record<(typeof names)[number], {undated: number; dated: number; datedByPage?: number; missedDates?: number}>> = {
  'formal-report': {undated: 2, dated: 0},
  'wire-datelines': {undated: 0, dated: 1},
  'accordion-details': {undated: 2, dated: 0, datedByPage: 2},
  'sironet-2024-h1': {undated: 0, dated: 0, missedDates: 1},
  'cjk-keyboard': {undated: 0, dated: 0, missedDates: 2},
  // (Its two numbered paragraphs under `III. Conclusions`, undated, as `formal-report`'s.)
  'un-style-report': {undated: 2, dated: 0},
  // (Its editor's letter, three paragraphs under `FROM THE EDITOR`, read as one since a story under a headline goes on
  // over its undated paragraphs, and a story's second paragraph that opens `In May 12 of the trainees …`, read as a date.)
  'caps-headline-newsletter': {undated: 1, dated: 1},
  // (A list item's `<br>` line that opens with a date, `From January 12 to 16, the same trainers …`.)
  'nested-list-html': {undated: 0, dated: 1},
  // (The minutes' heading block and other agenda items, and a table's row cut by a page break: see above.)
  'meeting-minutes': {undated: 3, dated: 7},
  'space-aligned-table': {undated: 1, dated: 0},
  // (A row whose date cell holds a range across months, `28/02-04/03/2022`, which is read as no date.)
  'excel-html-table': {undated: 0, dated: 0, missedDates: 1},
  // (A story whose first sentence states no date, `It was our first trip to China since the pandemic began. … from 2 to 9
  // August 2021 …`, under a headline without one.)
  'ghost-blog-export': {undated: 0, dated: 0, missedDates: 1},
  // (The second paragraph of a story whose first is followed by a list of its partners, `Participants agreed to …`.)
  'markdown-headed-items-2024-h1': {undated: 1, dated: 0},
  // (A line after a list of sub-points, `UCFS, established in 1994, has …`, that goes on with its item.)
  'word-plaintext-2018-h2': {undated: 1, dated: 0},
  // (An item's second paragraph after `<br><br>`, `The two cities signed their friendship agreement in Shantou in October
  // 2019, …`, read as an item of that date.)
  'guangdong-table-layout-2022-h2': {undated: 0, dated: 1},
  // (`In the second half of November, …`, read as no date.)
  'central-asia-russian-2019-h2': {undated: 0, dated: 0, missedDates: 1}
}

// Slightly below the fixture's bars: these texts were not seen while the rules were written.
const bars: Partial<Record<ScoredField, number>> = {
  places: 0.9,
  countries: 0.9,
  themes: 0.9,
  participants: 0.9,
  organizations: 0.85,
  people: 0.85
}

function read(name: (typeof names)[number]): {text: string; gold: Gold; file: string} {
  const file = `${name}.${extensions[name] ?? 'txt'}`
  const text = readFileSync(new URL(file, folder), 'utf8')
  const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, folder), 'utf8')) as Gold
  return {text, gold, file}
}

describe('scoring bulletins of other organizations', () => {
  it('should meet the generalization bars over all the bulletins together', () => {
    const gold: Gold = {source: 'generalization', year: 0, items: []}
    const predicted = []
    for (const name of names) {
      const {text, gold: one, file} = read(name)
      const {items} = parseBulletin(text, {source: file})
      const aligned = alignItems(one, items)
      expect(aligned.filter(Boolean), name).toHaveLength(one.items.length)
      gold.items.push(...one.items.map((item) => ({...item, n: gold.items.length + item.n})))
      predicted.push(...aligned)
    }
    const score = scoreItems(gold, predicted, true)
    console.log(formatScore('parseBulletin on test/generalization/* (micro F1 over items)', score))
    if (score.misses.length > 0) console.log(score.misses.join('\n'))
    for (const [field, bar] of Object.entries(bars)) {
      expect(score.f1[field as ScoredField], field).toBeGreaterThanOrEqual(bar)
    }
  })

  it.each(names)('should read every item of %s with its date', (name) => {
    const {text, gold, file} = read(name)
    const {items, messages} = parseBulletin(text, {source: file})
    const extra = extraItems[name] ?? {undated: 0, dated: 0}
    expect(items).toHaveLength(gold.items.length + extra.undated + extra.dated)
    // Each undated one is reported: nothing is lost. (So is each item the gold leaves undated, unless the page dates it.)
    const undated = extra.undated + gold.items.filter((item) => item.date === null).length - (extra.datedByPage ?? 0) + (extra.missedDates ?? 0)
    expect(items.filter((item) => item.date === null)).toHaveLength(undated)
    expect(messages.filter((message) => message.ruleId === 'missing-date')).toHaveLength(undated)
  })
})
