import {describe, expect, it} from 'vitest'
import {readLightMarkup} from './light-markup.js'

describe('readLightMarkup on Markdown', () => {
  it('should keep a link’s text and leave out its address, with each character’s source offset', () => {
    const text = 'On July 3, the [Caucasus Youth Learning Initiative](https://cyli.ge/en/) opened a school.'
    const plain = readLightMarkup(text, 100)!
    expect(plain.text).toBe('On July 3, the Caucasus Youth Learning Initiative opened a school.')
    expect(plain.heading).toBe(false)
    // `C` of `Caucasus` is the 16th character of the source, after `[`; ` opened` follows the link's `)`.
    expect(plain.sourceOffsets[plain.text.indexOf('Caucasus')]).toBe(100 + text.indexOf('Caucasus'))
    expect(plain.sourceOffsets[plain.text.indexOf(' opened')]).toBe(100 + text.indexOf(' opened'))
    expect(plain.sourceOffsets).toHaveLength(plain.text.length)
  })

  it('should read links with a title or a reference, and leave out images, footnote marks and comments inside the text', () => {
    expect(readLightMarkup('Run by [AYC](http://a.kz "Almaty Youth Centre") and [ADN][adn].', 0)?.text).toBe('Run by AYC and ADN.')
    expect(readLightMarkup('The school opened.[^1] ![Pupils](/img/a.jpg) It grew.<!-- TODO -->', 0)?.text).toBe('The school opened. It grew.')
    // (An address with parentheses of its own.)
    expect(readLightMarkup('See [the list](https://en.wikipedia.org/wiki/Tbilisi_(city)) now.', 0)?.text).toBe('See the list now.')
  })

  it('should read an ATX heading without its marks, as a heading', () => {
    const plain = readLightMarkup('### Volunteers repair a school in Kakheti ##', 0)!
    expect(plain.text).toBe('Volunteers repair a school in Kakheti')
    expect(plain.heading).toBe(true)
    expect(plain.sourceOffsets[0]).toBe(4)
  })

  it('should leave text without such markup, a footnote’s definition and markup standing alone as they are', () => {
    expect(readLightMarkup('On May 5, [3] pupils and #hashtags, **bold** and _italic_ words.', 0)).toBeUndefined()
    expect(readLightMarkup('[^1]: The school has been held every year since 2015.', 0)).toBeUndefined()
    expect(readLightMarkup('![Volunteers at the site](/images/2024/site.jpg)', 0)).toBeUndefined()
    expect(readLightMarkup('<!-- TODO: add photos -->', 0)).toBeUndefined()
    expect(readLightMarkup('#Heritage #SilkRoad', 0)).toBeUndefined()
  })
})

describe('readLightMarkup on wikitext', () => {
  it('should keep a wiki link’s label and an external link’s, and leave out files, references, templates and bold marks', () => {
    const text = "'''On 4 July''', the [[Armenian Green Youth Network]] (AGYN) met in [[Dilijan]], [[Georgia (country)|Georgia]].<ref>Report of AGYN, 2022.</ref>"
    expect(readLightMarkup(text, 0)?.text).toBe('On 4 July, the Armenian Green Youth Network (AGYN) met in Dilijan, Georgia.')
    expect(readLightMarkup('On 28 September, the [https://kgyf.example.kr Korea Green Youth Foundation] (KGYF) gave laptops.<ref name="kgyf" />', 0)?.text).toBe(
      'On 28 September, the Korea Green Youth Foundation (KGYF) gave laptops.'
    )
    expect(readLightMarkup("In October, ''Green Notes'' was played.{{cn}} [[File:Camp.jpg|thumb|The [[Dilijan]] camp]] It ended.", 0)?.text).toBe('In October, Green Notes was played. It ended.')
  })

  it('should read a wiki heading without its marks, as a heading', () => {
    expect(readLightMarkup('== July ==', 0)).toEqual({text: 'July', sourceOffsets: [3, 4, 5, 6], heading: true})
    expect(readLightMarkup("=== Annual partners' meeting ===", 0)?.text).toBe("Annual partners' meeting")
  })

  it('should leave two apostrophes alone outside wikitext, and markup standing alone as it is', () => {
    expect(readLightMarkup("On May 5, a forum themed ''Green Future'' opened.", 0)).toBeUndefined()
    expect(readLightMarkup('[[Category:Newsletters]]', 0)).toBeUndefined()
    expect(readLightMarkup('__NOTOC__', 0)).toBeUndefined()
  })
})

describe('readLightMarkup on BBCode', () => {
  it('should keep a link’s text, and leave out images, bare links and every other tag', () => {
    const text = '[b]On Jan. 7th[/b], the [url=https://www.steppehearts.mn]Steppe Hearts Foundation[/url] (SHF), led by [i]Ts. Munkhbat[/i], opened a clinic [url]https://shf.mn/news[/url] :)'
    expect(readLightMarkup(text, 0)?.text).toBe('On Jan. 7th, the Steppe Hearts Foundation (SHF), led by Ts. Munkhbat, opened a clinic :)')
    expect(readLightMarkup('[size=150][b]MNNIE News Digest, January – June 2019[/b][/size]', 0)?.text).toBe('MNNIE News Digest, January – June 2019')
    expect(readLightMarkup('[*]Mid-April, about 90 volunteers planted trees. [img]https://x.mn/a.jpg[/img]', 0)?.text).toBe('Mid-April, about 90 volunteers planted trees.')
  })
})

describe('readLightMarkup on marks glued to words', () => {
  it('should leave out a citation’s or a reviewer’s comment’s mark glued to the word before', () => {
    expect(readLightMarkup('13–14 March saw the Accra Youth Forum[d][1] at the conference centre.', 0)?.text).toBe('13–14 March saw the Accra Youth Forum at the conference centre.')
    expect(readLightMarkup('The city of Kumasi,[12] the second largest, hosted it.', 0)?.text).toBe('The city of Kumasi, the second largest, hosted it.')
    // (Not a mark standing apart, nor a reviewer's comment line, nor BBCode without a closing tag.)
    expect(readLightMarkup('See note [1] below.', 0)).toBeUndefined()
    expect(readLightMarkup('[b]Was it Kumasi or Obuasi?', 0)).toBeUndefined()
  })
})

describe('readLightMarkup on LaTeX', () => {
  it('should read commands’ text, leave out comments, footnotes and addresses, and write ties, dashes, quotes and accents as characters', () => {
    const text = 'On 5~July, the \\textbf{Central Eurasian Universities Alliance} met at \\href{https://www.kaznu.kz}{Al-Farabi Kazakh National University}\\footnote{Founded in 2014.} in Almaty. % 45 or 47?\nUnder the theme ``Bridges along the Silk Road\'\', Prof.~Aliya Sultanova spoke; 70\\% of members came from 12--16~July, with J\\"urgen M\\"uller.'
    const plain = readLightMarkup(text, 0)!
    expect(plain.text).toBe('On 5 July, the Central Eurasian Universities Alliance met at Al-Farabi Kazakh National University in Almaty. \nUnder the theme “Bridges along the Silk Road”, Prof. Aliya Sultanova spoke; 70% of members came from 12–16 July, with Jürgen Müller.')
    expect(plain.sourceOffsets).toHaveLength(plain.text.length)
    // (The tie stands where `~` is.)
    expect(plain.sourceOffsets[4]).toBe(text.indexOf('~'))
  })

  it('should read `\\section{…}` as a heading and `\\title{…}` as the title, without `\\author` and `\\date`', () => {
    expect(readLightMarkup('\\section{July 2021}', 0)).toMatchObject({text: 'July 2021', heading: true})
    expect(readLightMarkup('\\title{Exchanges Newsletter, July--December 2021}\n\\author{CEUA Secretariat}\n\\date{January 2022}', 0)).toMatchObject({
      text: 'Exchanges Newsletter, July–December 2021',
      title: true
    })
  })

  it('should leave text that only holds a tilde or a percent sign as it is', () => {
    expect(readLightMarkup('On May 5, ~150 people came; 70% were women.', 0)).toBeUndefined()
  })
})

describe('readLightMarkup on Markdown’s emphasis', () => {
  it('should leave out the emphasis around a name inside a sentence, and keep it at the paragraph’s start', () => {
    expect(readLightMarkup('The delegation, led by Executive Director **Nino Beridze**, met lecturers.', 0)?.text).toBe('The delegation, led by Executive Director Nino Beridze, met lecturers.')
    expect(readLightMarkup('The camp was funded by the _Robert Bosch Stiftung_, and it grew.', 0)?.text).toBe('The camp was funded by the Robert Bosch Stiftung, and it grew.')
    expect(readLightMarkup('**On 6th August**, CYLI hosted a visit.', 0)).toBeUndefined()
    expect(readLightMarkup('**1. Museum Mornings.** On the morning of Jan. 7th, …', 0)).toBeUndefined()
    // (Not a word in snake_case, nor a lower-case word.)
    expect(readLightMarkup('See the file my_File_name and *not this*.', 0)).toBeUndefined()
  })
})
