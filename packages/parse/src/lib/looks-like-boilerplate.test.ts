import {describe, expect, it} from 'vitest'
import {isMailHeader, isQuotedMessage, looksLikeBoilerplate} from './looks-like-boilerplate.js'

describe('looksLikeBoilerplate', () => {
  it('should read copyright and rights notices as page furniture', () => {
    expect(looksLikeBoilerplate('© 2017 Women & Environment Alliance. All rights reserved.')).toBe(true)
    expect(looksLikeBoilerplate('Copyright 2018 SIRONET')).toBe(true)
    expect(looksLikeBoilerplate('(c) 2019 Red Cross Newsletter')).toBe(true)
    expect(looksLikeBoilerplate('Alliance secretariat, 2020. All rights reserved')).toBe(true)
  })

  it('should read short labelled notes of the editors as page furniture', () => {
    expect(looksLikeBoilerplate('Photos: courtesy of the member organizations.')).toBe(true)
    expect(looksLikeBoilerplate('Editor’s note: the next bulletin will appear in January.')).toBe(true)
    expect(looksLikeBoilerplate('(Source: SIRONET secretariat)')).toBe(true)
    expect(looksLikeBoilerplate('Contact: info@sironet.example')).toBe(true)
    expect(looksLikeBoilerplate('Photos and reports: courtesy of the member organizations.')).toBe(true)
    expect(looksLikeBoilerplate('Compiled by the network secretariat, Suva.')).toBe(true)
    expect(looksLikeBoilerplate('Compiled by the MSEA-NGO Network Secretariat, Cebu City, January 2018. Next issue: January–June 2018.')).toBe(true)
    expect(
      looksLikeBoilerplate('Prepared by the CASCN secretariat (Tashkent) and regional office (Almaty). Please send your news for the July–December 2024 issue before 15 December 2024.')
    ).toBe(true)
    expect(looksLikeBoilerplate('Compiled by volunteers on May 5, the report was sent to 40 members.')).toBe(false)
    // (With the month it was made in, an address to write to, or in Markdown's emphasis.)
    expect(looksLikeBoilerplate('Prepared by the International Relations Office of the Hamdeli Network, Tehran, September 2023. For more information, please contact our office.')).toBe(true)
    expect(looksLikeBoilerplate('_Compiled by the CYLI communications team. Corrections and news for the next roundup: info@cyli.ge._')).toBe(true)
    expect(looksLikeBoilerplate('Prepared by the Youth Federation, 300 food parcels reached 120 families on May 5.')).toBe(false)
  })

  it('should read the footer of a bulletin sent as an e-mail as page furniture', () => {
    expect(looksLikeBoilerplate('You receive this e-mail because your organization is a member of the network. To unsubscribe, reply with "unsubscribe" in the subject line.')).toBe(true)
    expect(looksLikeBoilerplate('If you no longer wish to receive our news, write to the secretariat.')).toBe(true)
  })

  it('should read a report’s footnotes as page furniture', () => {
    expect(looksLikeBoilerplate('¹ See the annual report of ESCAP for 2024.\n² Information provided by Chiang Mai University.\n[3] Information provided by the federation.')).toBe(true)
    // Not a paragraph with one footnote line among others.
    expect(looksLikeBoilerplate('¹ See the annual report.\nOn May 5, the forum opened in Accra.')).toBe(false)
  })

  it('should read the editors’ contact line and a photo’s caption closed by its credit as page furniture', () => {
    expect(looksLikeBoilerplate('Forum Masyarakat Sipil · Jl. Kramat Raya 45, Jakarta · secretariat@fmsn.or.id · This bulletin is shared under CC BY 4.0.')).toBe(true)
    expect(looksLikeBoilerplate('Residents of Ulee Lheue walk to the escape building during the drill on 10 January. Photo: PMI Aceh.')).toBe(true)
    expect(looksLikeBoilerplate('Volunteers plant mangroves in Surabaya (Photo by Li Wei)')).toBe(true)
    // Not an e-mail address alone, nor a photo named in the news.
    expect(looksLikeBoilerplate('The association can be reached at info@example.org for the next camp in Xi’an.')).toBe(false)
    expect(looksLikeBoilerplate('The exhibition showed 80 photos by Li Wei of the Silk Road in Dunhuang.')).toBe(false)
  })

  it('should not read news paragraphs as page furniture', () => {
    expect(looksLikeBoilerplate('Photos of the forum were shown in Beijing on May 5.')).toBe(false)
    expect(looksLikeBoilerplate(`Note: ${'the forum in Beijing was attended by many. '.repeat(6)}`)).toBe(false)
    expect(looksLikeBoilerplate('On May 5, the copyright office of Kenya hosted a forum on rights of authors.')).toBe(false)
    expect(looksLikeBoilerplate('Copyrighted works were shown in Beijing.')).toBe(false)
    expect(looksLikeBoilerplate(`Copyright ${'long text '.repeat(30)}`)).toBe(false)
  })

  it('should read what ends an e-mail as page furniture: its closing, a signature with a phone number, a quoted reply', () => {
    expect(looksLikeBoilerplate('Best regards,')).toBe(true)
    expect(looksLikeBoilerplate('Yours sincerely')).toBe(true)
    expect(looksLikeBoilerplate('Anna Weber\nEurope-Asia Partnership Network\nMariahilfer Strasse 45/3, 1060 Vienna, Austria\nTel. +43 1 523 48 17')).toBe(true)
    expect(looksLikeBoilerplate('> Thanks, we will share it.')).toBe(true)
    // (Not a sentence that opens with thanks.)
    expect(looksLikeBoilerplate('Thanks to 40 volunteers, the library opened in Osh.')).toBe(false)
  })

  it('should read the link under a post’s excerpt as page furniture, not a sentence that opens with `More`', () => {
    expect(looksLikeBoilerplate('Read more »')).toBe(true)
    expect(looksLikeBoilerplate('Continue reading “Palermo Opens Its Doors” →')).toBe(true)
    expect(looksLikeBoilerplate('Read more')).toBe(true)
    expect(looksLikeBoilerplate('More than 150 people took part.')).toBe(false)
    expect(looksLikeBoilerplate('More than 150 people took part …')).toBe(false)
  })

  it('should read a slide deck’s last slide as page furniture', () => {
    expect(looksLikeBoilerplate('Questions?')).toBe(true)
    expect(looksLikeBoilerplate('Any questions?')).toBe(true)
    expect(looksLikeBoilerplate('Questions about the camp were answered by the staff?')).toBe(false)
  })

  it('should read a post’s date-and-author line as page furniture', () => {
    expect(looksLikeBoilerplate('Posted on 30/12/2024 by admin')).toBe(true)
    expect(looksLikeBoilerplate('Published 12 March 2025')).toBe(true)
    expect(looksLikeBoilerplate('Posters of the campaign were shown in Osh.')).toBe(false)
  })

  it('should read a Markdown footnote’s definition as furniture', () => {
    expect(looksLikeBoilerplate('[^1]: The summer school has been held every year since 2015.')).toBe(true)
    expect(looksLikeBoilerplate('[^note]: Figures from the 2022 survey.')).toBe(true)
    expect(looksLikeBoilerplate('[^1] The school opened on May 5.')).toBe(false)
    // (And a draft's reviewers' comments, as Google Docs saves them as text.)
    expect(looksLikeBoilerplate('[a]Add photo credits here? Kofi has the list.\n[b]Was it Kumasi or Obuasi?')).toBe(true)
  })

  it('should read footnotes marked as UN documents mark them (`5/ …`) as furniture', () => {
    expect(looksLikeBoilerplate('¹ See SRN/2019/4, annex II.\n5/ The report of the delegation is on file with the Secretariat.')).toBe(true)
  })

  it('should read what a saved e-mail opens and ends with as furniture: its header, closing and a quoted earlier message', () => {
    expect(isMailHeader('From: Secretaría RELAS <secretaria@relas-red.org>\nSent: Monday, July 5, 2021 10:42 AM\nSubject: Network news, Jan–Jun 2021')).toBe(true)
    expect(isMailHeader('Subject: Network news')).toBe(false)
    expect(isMailHeader('From: the secretariat\nOn May 5, the forum opened.')).toBe(false)
    expect(looksLikeBoilerplate('Un abrazo,')).toBe(true)
    expect(looksLikeBoilerplate('Saludos cordiales,')).toBe(true)
    expect(looksLikeBoilerplate('Thank you all for your reports and photos. Stay safe!')).toBe(true)
    expect(looksLikeBoilerplate('Thanks to 40 volunteers, the camp reached 300 children.')).toBe(false)
    const quoted = '> On 2 July 2021, Carla Méndez <carla@puentes.org.ar> wrote:\n> > Dear Lucía, here is our report for the newsletter, with photos of the handover in Rosario and the list of the families who received kits.'
    expect(isQuotedMessage(quoted)).toBe(true)
    expect(looksLikeBoilerplate(quoted)).toBe(true)
    expect(isQuotedMessage('> “We will rebuild together,” said Ms. Ana Rokotuiveikau.')).toBe(false)
  })

  it('should read a Markdown page’s to-do, table of contents marker, lone image and comment as furniture', () => {
    expect(looksLikeBoilerplate('[ ] Ria: send final photos to the secretariat by January 15, 2024')).toBe(true)
    expect(looksLikeBoilerplate('[x] Photos sent')).toBe(true)
    expect(looksLikeBoilerplate('[TOC]')).toBe(true)
    expect(looksLikeBoilerplate('![KBN delegation in Busan](Partner%20Exchanges/IMG_2231.jpeg)')).toBe(true)
    expect(looksLikeBoilerplate('<!-- TODO: add photos -->')).toBe(true)
    expect(looksLikeBoilerplate('![Photo](a.jpg) On May 5, 40 volunteers planted trees.')).toBe(false)
  })

  it('should read a forum post’s edit line, an editor’s closing and the lines a report is signed on as furniture', () => {
    expect(looksLikeBoilerplate('Last edited by batbayar_g on Tue Jul 09, 2019 4:12 pm, edited 2 times in total.')).toBe(true)
    expect(looksLikeBoilerplate('That’s all for this half-year. Please keep posting your news in this forum or send it to news@mnnie.mn :thumbup:')).toBe(true)
    expect(looksLikeBoilerplate('That’s all for this year: on 5 May 300 volunteers planted trees.')).toBe(false)
    expect(
      looksLikeBoilerplate(
        'The above is the summary of international exchanges of our member organizations in the second half of the year. Thanks to all member organizations for their support.'
      )
    ).toBe(true)
    expect(looksLikeBoilerplate('These are the highlights of the first half of 2021; the full reports are on our website.')).toBe(true)
    expect(looksLikeBoilerplate('We wish all our members and partners a happy and peaceful New Year!')).toBe(true)
    expect(
      looksLikeBoilerplate(
        'The Secretariat warmly thanks all contributors. News for the January–June 2023 issue can be sent to the SIRONET Secretariat until 28 February 2023; please include dates, places and the names of partner organizations.'
      )
    ).toBe(true)
    expect(looksLikeBoilerplate('The network thanks all donors. On 5 May, 300 volunteers planted trees in Kandy.')).toBe(false)
    expect(looksLikeBoilerplate('Season’s greetings to all our friends.')).toBe(true)
    expect(looksLikeBoilerplate('We use cookies to understand how our blog is read and to improve it. By continuing to browse, you accept our cookie policy.')).toBe(true)
    expect(looksLikeBoilerplate('For more information about any of these activities, please write to the Secretariat at secretaria@recoi.org.')).toBe(true)
    expect(looksLikeBoilerplate('Fraternal greetings from Lima. To send your news for the next bulletin, please write to secretaria@reladi.org.pe.')).toBe(true)
    // (A news item about a summary is news: it has a date.)
    expect(looksLikeBoilerplate('The above-mentioned forum was held on 5 May in Kunming.')).toBe(false)
    expect(looksLikeBoilerplate('......................    ......................\n(KAVITHA RAMAN)           (LEE KAH SENG)\nProgramme Executive       Secretary-General')).toBe(true)
    expect(looksLikeBoilerplate('[img]https://www.mnnie.mn/forum/images/2019/camp.jpg[/img]')).toBe(true)
  })

  it('should read a LaTeX source’s preamble, comment paragraphs and bounds as furniture', () => {
    expect(looksLikeBoilerplate('% Compiled by the secretariat\n\\documentclass[11pt]{article}\n\\usepackage{hyperref}')).toBe(true)
    expect(looksLikeBoilerplate('% The ski camp of 20–26 December is postponed.\n% About 40 students had applied.')).toBe(true)
    expect(looksLikeBoilerplate('\\end{document}')).toBe(true)
    expect(looksLikeBoilerplate('\\textbf{On 5 July}, 120 rectors met in Almaty.')).toBe(false)
  })

  it('should read a report’s table or figure caption, a sidebar, a phone line in French and a note on who gathered the news as furniture', () => {
    expect(looksLikeBoilerplate('Table 3: Key figures – international cooperation\nIndicator 2021 2022\nPartner organisations abroad 17 23')).toBe(true)
    expect(looksLikeBoilerplate('Figure 7: Participants of the camp in Pokhara (Photo: NFDF)')).toBe(true)
    expect(looksLikeBoilerplate('Did you know? Our volunteers have given more than 48,000 hours since 2012.')).toBe(true)
    expect(looksLikeBoilerplate('Sicap Liberté 6, BP 25310 Dakar-Fann, Sénégal - Tél. : +221 33 867 45 12')).toBe(true)
    expect(looksLikeBoilerplate('Information collected by the Executive Secretariat. Send news for July – December 2021 before 15 December.')).toBe(true)
    expect(looksLikeBoilerplate('Table tennis players from 12 countries met in Dakar on 5 May.')).toBe(false)
  })
})
