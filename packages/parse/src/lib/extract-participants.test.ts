import {describe, expect, it} from 'vitest'
import {extractParticipants, readCount} from './extract-participants.js'

describe('extractParticipants', () => {
  it('should count refugees and pensioners who took part, not those helped', () => {
    expect(extractParticipants('Nearly 90 refugees from Ukraine took part in the course.')).toMatchObject({value: 90, qualifier: 'nearly'})
    expect(extractParticipants('Some 70 pensioners aged 65 to 90 took part.')).toMatchObject({value: 70, qualifier: 'about'})
    expect(extractParticipants('The project helped 500 refugees in Narva.')).toBeNull()
    expect(extractParticipants('About 40 biologists attended the workshop.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('The Red Cross deployed 120 volunteers to the flooded districts.')).toMatchObject({value: 120})
    expect(extractParticipants('Nearly 500 producers took part.')).toMatchObject({value: 500, qualifier: 'nearly'})
    expect(extractParticipants('Some 35 seniors attended the course.')).toMatchObject({value: 35, qualifier: 'about'})
    expect(extractParticipants('Some 250 practitioners attended the forum.')).toMatchObject({value: 250, qualifier: 'about'})
    // `for` after an event it gathers: a camp, a training, a workshop; not money or grants `for` people.
    expect(extractParticipants('In May, the institute held a training course on organic coffee for 46 rubber farmers in Jinghong.')).toMatchObject({value: 46})
    expect(extractParticipants('In July, the society hosted a summer camp for 85 students from Kenya.')).toMatchObject({value: 85})
    expect(extractParticipants('The foundation raised funds for 500 children.')).toBeNull()
    expect(extractParticipants('They awarded scholarships for 60 students.')).toBeNull()
    // Two nationalities joined by `and` before the noun.
    expect(extractParticipants('Nearly 40 Chinese and Kenyan doctors took part in the camp.')).toMatchObject({value: 40, qualifier: 'nearly'})
    expect(extractParticipants('500 families and Red Cross volunteers attended.')).toBeNull()
    // A count after `, and` opens a clause of its own: not added.
    expect(extractParticipants('15 pediatricians and nurses took part in the clinic, and some 1,200 children received check-ups.')).toMatchObject({value: 15})
  })

  it('should count job seekers, and people who are taking part', () => {
    expect(extractParticipants('About 1,500 job seekers visited the fair in Gaziantep.')).toMatchObject({value: 1500, qualifier: 'about'})
    expect(extractParticipants('On June 20, 35 young women are taking part in the course.')).toMatchObject({value: 35, qualifier: 'exact'})
  })

  it('should read “More than 150 people” as more-than 150', () => {
    expect(extractParticipants('More than 150 people, mainly heads of member organizations, took part in the meeting.')).toEqual({
      value: 150,
      qualifier: 'more-than',
      text: 'More than 150 people'
    })
  })

  it('should read each qualifier', () => {
    const read = (sentence: string) => {
      const found = extractParticipants(sentence)
      return found && [found.value, found.qualifier]
    }
    expect(read('Nearly 200 representatives presented the forum.')).toEqual([200, 'nearly'])
    expect(read('Some 100 representatives attended the conference.')).toEqual([100, 'about'])
    expect(read('About 400 experts took part.')).toEqual([400, 'about'])
    expect(read('Over 100 representatives attended the forum.')).toEqual([100, 'over'])
    expect(read('73 guests presented the meeting.')).toEqual([73, 'exact'])
    expect(read('Almost 2,500 runners joined the race.')).toEqual([2500, 'nearly'])
  })

  it('should read a delegation’s size, number words included', () => {
    expect(extractParticipants('From March 4 to 11, a three-member Chinese delegation presented the World Journalists Conference.')).toMatchObject({
      value: 3,
      qualifier: 'exact'
    })
  })

  it('should read a count after “the participation of”', () => {
    expect(extractParticipants('These activities attracted the participation of 3,400 people.')).toMatchObject({value: 3400, qualifier: 'exact'})
  })

  it('should add “as well as another 200 representatives”', () => {
    expect(
      extractParticipants('The forum attracted the participation of 80 people from 30 countries, as well as another 200 representatives from China.')
    ).toMatchObject({value: 280, qualifier: 'exact'})
  })

  it('should not read members, countries, beneficiaries or past totals', () => {
    expect(extractParticipants('The network boasts 67 member organizations from 20 countries.')).toBeNull()
    expect(extractParticipants('The program has benefited over 5 million children.')).toBeNull()
    expect(extractParticipants('So far, more than 500 students have participated in the study tour.')).toBeNull()
    expect(extractParticipants('There are 300 founding members, including 23 national organizations.')).toBeNull()
  })

  it('should skip background sentences that open with another date', () => {
    expect(extractParticipants('The camp opened. In 2016, more than 400 volunteers joined the first camp.')).toBeNull()
  })

  it('should read counts after “brought together”, “drew”, “attended by” and “a total of”', () => {
    expect(extractParticipants('The forum brought together over 600 delegates from 50 countries.')).toMatchObject({value: 600, qualifier: 'over'})
    expect(extractParticipants('The seminar, which drew about 90 attendees, ended at noon.')).toMatchObject({value: 90, qualifier: 'about'})
    expect(extractParticipants('The opening was attended by 45 ambassadors.')).toMatchObject({value: 45, qualifier: 'exact'})
    expect(extractParticipants('A total of 300 people attended the gala.')).toMatchObject({value: 300, qualifier: 'exact'})
  })

  it('should read compound number words and counts after “attracting”, “drew” and “were dispatched”', () => {
    const read = (sentence: string) => {
      const found = extractParticipants(sentence)
      return found && [found.value, found.qualifier]
    }
    expect(read('Forty-two teachers from Laos attended.')).toEqual([42, 'exact'])
    expect(read('Seventy volunteers joined the clean-up.')).toEqual([70, 'exact'])
    expect(read('The university hosted a seminar on water, attracting about 90 participants.')).toEqual([90, 'about'])
    expect(read('The fair, organized by the Youth Council, attracted 2,300 visitors.')).toEqual([2300, 'exact'])
    expect(read('In June, 14 Chinese doctors were dispatched to Malawi.')).toEqual([14, 'exact'])
  })

  it('should not read a total after a present-perfect clause as a headcount', () => {
    expect(extractParticipants('The programme has built ties with NGOs of 20 countries, attracting some 900 volunteers to China.')).toBeNull()
  })

  it('should read the count of a group that took part (`a team of 12 medical volunteers arrived`)', () => {
    expect(extractParticipants('In February, a team of 12 medical volunteers sent by the foundation arrived in Vientiane.')).toEqual({
      value: 12,
      qualifier: 'exact',
      text: '12 medical volunteers'
    })
    // A group given something took no part in an event.
    expect(extractParticipants('The foundation donated books to a group of 300 students.')).toBeNull()
    expect(extractParticipants('The foundation has supported a group of 50 orphans since 2010.')).toBeNull()
  })

  it('should count people named by their role or family, and those who completed a programme', () => {
    expect(extractParticipants('Thirty-two forest guards attended the course.')).toMatchObject({value: 32, qualifier: 'exact'})
    expect(extractParticipants('More than 600 mothers and children took part in the activities.')).toMatchObject({value: 600, qualifier: 'more-than'})
    expect(extractParticipants('Some 40 market vendors joined the training.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('In July, 13 young entrepreneurs completed a three-week internship.')).toMatchObject({value: 13, qualifier: 'exact'})
    // Not a headcount: a total so far, and households that will benefit.
    expect(extractParticipants('The programme has trained more than 400 young managers so far.')).toBeNull()
    expect(extractParticipants('The project will benefit 5,000 rural households.')).toBeNull()
  })

  it('should count people who are the subject of a verb in the past, unless it says they were given or counted', () => {
    expect(extractParticipants('On April 22, more than 500 volunteers planted trees in Almaty.')).toMatchObject({value: 500, qualifier: 'more-than'})
    expect(extractParticipants('About 40 students quickly cleaned the beach.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('More than 1,000 residents benefited from the project.')).toBeNull()
    expect(extractParticipants('Over 200 villagers received solar lamps.')).toBeNull()
    expect(extractParticipants('Some 300 children affected by the floods were given books.')).toBeNull()
  })

  it('should count athletes and performers who competed, toured or performed, even after a `from` phrase', () => {
    expect(extractParticipants('Close to 90 wrestlers from nine provinces competed in the final.')).toMatchObject({value: 90, qualifier: 'nearly'})
    expect(extractParticipants('Some 60 young archers took part in the meet.')).toMatchObject({value: 60, qualifier: 'about'})
    expect(extractParticipants('About 25 actors performed at the gala.')).toMatchObject({value: 25, qualifier: 'about'})
    // A count of medals or titles is no headcount.
    expect(extractParticipants('The swimmers competed for 14 titles.')).toBeNull()
  })

  it('should count a group named with an adjective, and a group that a body welcomed or sent', () => {
    expect(extractParticipants('A folk troupe of 30 singers and dancers from Kazan toured Xi’an and Lanzhou.')).toMatchObject({value: 30, text: '30 singers and dancers'})
    expect(extractParticipants('The university welcomed a group of 18 Kenyan students to its campus on May 4.')).toMatchObject({value: 18, qualifier: 'exact'})
    // A group given something is still no headcount.
    expect(extractParticipants('The club donated kits to a youth squad of 25 players.')).toBeNull()
  })

  it('should count people who began a programme', () => {
    expect(extractParticipants('In March, 21 midwives from Laos began a three-month course in Hanoi.')).toMatchObject({value: 21, qualifier: 'exact'})
  })

  it('should count heritage and craft workers', () => {
    expect(extractParticipants('Some 30 restorers and carpenters took part.')).toMatchObject({value: 30, qualifier: 'about'})
    expect(extractParticipants('More than 20 curators from six countries attended.')).toMatchObject({value: 20, qualifier: 'more-than'})
  })

  it('should count people in a clause that opens with `, and`', () => {
    expect(extractParticipants('The camp was co-organized by the youth federation and the chamber (PKS), and more than 60 young entrepreneurs from the two countries took part.')).toMatchObject({value: 60, qualifier: 'more-than'})
    // Without the comma, `and` goes on a list of what was counted before.
    // (`trained 40 nurses` counts the trainees: see below.)
    expect(extractParticipants('It thanked 40 nurses and 60 doctors took notes.')).toBeNull()
  })

  it('should count a group that someone led, and a group whose verb comes after a participle phrase', () => {
    expect(extractParticipants('Dr. Ibrahim Sesay led a delegation of 9 people to visit Beijing and Chengdu.')).toMatchObject({value: 9, qualifier: 'exact'})
    expect(extractParticipants('A medical team of 26 doctors and nurses dispatched by the provincial network carried out free cataract surgeries in Mandalay.')).toMatchObject({value: 26, text: '26 doctors and nurses'})
  })

  it('should count people right before a verb of taking part, after `only`, and before the body they came from', () => {
    expect(extractParticipants('It was held in Dhaka, and because of the social distancing only 20 people were present, including officials.')).toMatchObject({value: 20, qualifier: 'exact'})
    expect(extractParticipants('Only 20 people attended the ceremony.')).toMatchObject({value: 20})
    expect(extractParticipants('In April, 30 volunteers of Yiwu Volunteers Association worked for two weeks in Yiwu.')).toMatchObject({value: 30, text: '30 volunteers'})
    expect(extractParticipants('The project has served only 20 people so far.')).toBeNull()
  })

  it('should read past the point of a title to the verb of the clause', () => {
    expect(extractParticipants('Nearly 100 people, including Mr. Ramon Villanueva, Vice Mayor of the city, attended the opening.')).toMatchObject({value: 100, qualifier: 'nearly'})
  })

  it('should count members of a named body whom the event’s people met, and no other members', () => {
    expect(extractParticipants('The speakers held talks with some 40 members of the Kenya Youth Business Council.')).toMatchObject({value: 40, qualifier: 'about', text: 'some 40 members'})
    expect(extractParticipants('The association, with 300 members, held its congress.')).toBeNull()
    expect(extractParticipants('The network boasts 67 members of the provincial chamber.')).toBeNull()
  })

  it('should count caretakers, borrowers and bankers', () => {
    expect(extractParticipants('About 220 borrowers, loan officers and bankers attended.')).toMatchObject({value: 220, qualifier: 'about'})
    expect(extractParticipants('Some 35 caretakers took part.')).toMatchObject({value: 35, qualifier: 'about'})
  })

  it('should count herders and masters of a craft', () => {
    expect(extractParticipants('The ceremony was attended by about 40 herders from Tuv.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('More than 45 masters of pottery took part.')).toMatchObject({value: 45, qualifier: 'more-than'})
  })

  it('should count donors and school principals', () => {
    expect(extractParticipants('Over 1,200 donors took part.')).toMatchObject({value: 1200, qualifier: 'over'})
    expect(extractParticipants('About 90 principals attended.')).toMatchObject({value: 90, qualifier: 'about'})
  })

  it('should count the subject of an irregular past, past a body with its acronym, and girls and walkers', () => {
    expect(extractParticipants('Mid December, 45 volunteers of the Estonian Fund for Nature (ELF) planted saxaul seedlings.')).toMatchObject({value: 45})
    expect(extractParticipants('In August, 30 volunteers from the Universidad Autónoma de Oaxaca gave a summer course.')).toMatchObject({value: 30})
    expect(extractParticipants('Some 150 girls took part. About 500 walkers joined.')).toMatchObject({value: 150, qualifier: 'about'})
  })

  it('should count consuls and buyers', () => {
    expect(extractParticipants('A group of 36 consuls general visited the tea garden.')).toMatchObject({value: 36})
  })

  it('should count spectators', () => {
    expect(extractParticipants('Nearly 400 spectators attended the show.')).toMatchObject({value: 400, qualifier: 'nearly'})
  })

  it('should count members who took part, and an audience', () => {
    expect(extractParticipants('More than 120 members took part in the training.')).toMatchObject({value: 120, qualifier: 'more-than'})
    expect(extractParticipants('More than 100 members and guests attended.')).toMatchObject({value: 100})
    expect(extractParticipants('The network has 300 members in 12 countries.')).toBeNull()
    expect(extractParticipants('Over 600 audience attended the concert.')).toMatchObject({value: 600, qualifier: 'over'})
  })

  it('should count the members of a delegation, and past a body’s quoted name', () => {
    expect(extractParticipants('On May 3, a delegation of 15 members of the veterans club arrived in Dalian.')).toMatchObject({value: 15})
    expect(extractParticipants('In June, 85 volunteers from the Regional Public Organization "Clean Baikal" cleaned the shore.')).toMatchObject({value: 85})
  })

  it('should count the subject right after an opening month written without its comma', () => {
    expect(extractParticipants('In December 45 nurses from Nepal took part in a training.')).toMatchObject({value: 45, qualifier: 'exact'})
    expect(extractParticipants('The clinic, opened in December 45 years ago, treated patients.')).toBeNull()
  })

  it('should count people after `and` with the people before it', () => {
    expect(extractParticipants('In March, 18 engineers and technicians of the Yemen Red Crescent Society (YRCS) repaired six wells.')).toEqual({value: 18, qualifier: 'exact', text: '18 engineers and technicians'})
    expect(extractParticipants('Over 200 returnees and community leaders took part.')).toEqual({value: 200, qualifier: 'over', text: 'Over 200 returnees and community leaders'})
    // (Not a count after `and`: that is a second group.)
    expect(extractParticipants('40 doctors and 60 nurses attended.')?.text).toBe('40 doctors')
  })

  it('should pass over several bodies or places the people came from before their verb', () => {
    expect(extractParticipants('Some 90 women from Ganja, Shaki, Gabala and Baku exhibited carpets.')?.value).toBe(90)
    expect(extractParticipants('On May 22-24, 85 volunteers from the Regional Public Organization "Clean Baikal" and Inner Mongolia University in Hohhot cleaned the shore.')?.value).toBe(85)
  })

  it('should count people who open a clause after `where` or a colon', () => {
    expect(extractParticipants('It held its awards night in Apia, Samoa, where about 250 guests gathered.')).toEqual({value: 250, qualifier: 'about', text: 'about 250 guests'})
    expect(extractParticipants('April witnessed the exchange of the “Bridge” programme: 30 students of Hacettepe University arrived in Astana.')?.value).toBe(30)
  })

  it('should read `In total` before the count, members described by a word, helping hands and a glued article', () => {
    expect(extractParticipants('In total 40 people took part, 12 of them were volunteers.')?.value).toBe(40)
    expect(extractParticipants('In total, 3,000 volunteers have participated since 2015.')).toBeNull()
    expect(extractParticipants('More than 120 chama members took part.')).toEqual({value: 120, qualifier: 'more-than', text: 'More than 120 chama members'})
    expect(extractParticipants('Over 80 volunteers helped to load the first trucks.')?.value).toBe(80)
    expect(extractParticipants('Some 300 families helped by the fund moved.')).toBeNull()
    expect(extractParticipants('Over 2,000 young people attendedthe fair.')?.value).toBe(2000)
  })

  it('should count the people a study visit or an event in quotation marks is for', () => {
    expect(extractParticipants('It hosted a study visit on microcredit for 18 rural women leaders from Yunnan.')?.value).toBe(18)
    expect(extractParticipants('It hosted the “Silk Road Youth Camp” for 85 students from Pakistan.')?.value).toBe(85)
    expect(extractParticipants('It held in Abidjan a training on the rights of the girl child for 60 social workers.')?.value).toBe(60)
  })

  it('should count a list of people closed by `and`, `Exactly`, and people who came from a body and a place', () => {
    expect(extractParticipants('On February 2, 250 students, fishermen and volunteers of Lembaga Hidup planted mangroves.')).toEqual({value: 250, qualifier: 'exact', text: '250 students, fishermen and volunteers'})
    expect(extractParticipants('More than 150 people, mainly officials, attended.')?.text).toBe('More than 150 people')
    expect(extractParticipants('Exactly 38 migrant workers took part.')).toEqual({value: 38, qualifier: 'exact', text: 'Exactly 38 migrant workers'})
    expect(extractParticipants('In May, eight nurses of Palang Merah Indonesia (PMI) from Kupang followed a course.')?.value).toBe(8)
  })

  it('should read `c.` as about and `a dozen` as twelve, not `half a dozen`', () => {
    expect(extractParticipants('The open day was attended by c. 40 people from the city.')).toEqual({value: 40, qualifier: 'about', text: 'c. 40 people'})
    expect(extractParticipants('In July, a dozen volunteers planted trees.')).toEqual({value: 12, qualifier: 'exact', text: 'a dozen volunteers'})
    expect(extractParticipants('Half a dozen volunteers planted trees.')).toBeNull()
  })

  it('should read a count that opens a sentence glued to the one before (`Kenya.Some 120 volunteers`)', () => {
    expect(extractParticipants('The kits reached Nairobi, Kenya.Some 120 volunteers took part.')).toEqual({value: 120, qualifier: 'about', text: 'Some 120 volunteers'})
    expect(extractParticipants('It was themed “Young Voices”.Around 350 delegates attended.')?.qualifier).toBe('about')
    // (Not initials or a short abbreviation: `U.S.Army`, `St.Petersburg`.)
    expect(extractParticipants('Over 30 people from St.Petersburg attended.')?.value).toBe(30)
  })

  it('should count listeners', () => {
    expect(extractParticipants('Over 600 listeners filled the hall.')?.value).toBe(600)
  })

  it('should read numbers in words with `and` after `hundred`, and founders', () => {
    expect(extractParticipants('Two hundred and fifty students from Lima attended.')).toEqual({value: 250, qualifier: 'exact', text: 'Two hundred and fifty students'})
    expect(extractParticipants('Some two hundred fifty-five people attended.')?.value).toBe(255)
    expect(extractParticipants('Twenty and thirty people came.')).toBeNull()
    expect(extractParticipants('In June, 48 young founders of start-ups took part.')?.value).toBe(48)
  })

  it('should count the people a body hosted or invited', () => {
    expect(extractParticipants('From December 5 to 14, the association hosted 45 young people at a winter camp in Harbin.')?.value).toBe(45)
    expect(extractParticipants('In July, CNIE invited 10 Russian NGO leaders to visit Beijing.')?.value).toBe(10)
    expect(extractParticipants('The city hosted 3 forums.')).toBeNull()
  })

  it('should count people who served, spent time, volunteered or worked at the event, and mediators', () => {
    expect(extractParticipants('In February 40 volunteers of Caritas Hellas served more than 6,000 hot meals.')?.value).toBe(40)
    expect(extractParticipants('In April, 24 students from Dalian spent three weeks at the university.')?.value).toBe(24)
    expect(extractParticipants('Forty-five mediators from Sicily took part.')?.value).toBe(45)
  })

  it('should read a count after `Ca.` or `Approx.` that opens a sentence', () => {
    expect(extractParticipants('A course opened in Leipzig. Ca. 40 pupils took part.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('A course opened in Leipzig. Approx. 150 participants attended.')).toMatchObject({value: 150, qualifier: 'about'})
  })

  it('should read a count that stands alone in a note’s fragment, and no count in a fragment with a verb', () => {
    expect(extractParticipants('12–16 Jan | Almaty | Winter camp of the network — 85 participants from 7 countries; opened by Dr. Aigerim Bekova.')).toEqual({value: 85, qualifier: 'exact', text: '85 participants'})
    expect(extractParticipants('Mar 2025 — Jakarta: hackathon, approx. 120 students')).toMatchObject({value: 120, qualifier: 'about'})
    expect(extractParticipants('Mar 2025 — Osh: the association has 300 members, its board said.')).toBeNull()
  })

  it('should read thousands grouped with a space, as French writers group them (`1 200`)', () => {
    expect(extractParticipants('Some 1 200 participants attended the fair.')).toMatchObject({value: 1200, qualifier: 'about'})
  })

  it('should read `more of` (a Spanish speaker’s `more than`) and `a hundred`', () => {
    expect(extractParticipants('More of 200 participants attended the fair.')).toMatchObject({value: 200, qualifier: 'more-than'})
    expect(extractParticipants('Over a hundred and twenty volunteers from Sokcho cleaned the beach.')).toMatchObject({value: 120, qualifier: 'over'})
    expect(extractParticipants('A hundred volunteers cleaned the beach.')).toMatchObject({value: 100, qualifier: 'exact'})
  })

  it('should count people who celebrated', () => {
    expect(extractParticipants('Some 600 international students celebrated the festival in Kunming.')).toMatchObject({value: 600, qualifier: 'about'})
  })

  it('should count pax', () => {
    expect(extractParticipants('More than 120 pax attended the workshop.')).toMatchObject({value: 120, qualifier: 'more-than'})
  })

  it('should not read a day or a year before the count as the count', () => {
    expect(extractParticipants('On May 3 120 people attended a forum in Almaty.')).toMatchObject({value: 120, text: '120 people'})
    expect(extractParticipants('In 2025 300 people joined the camp in Osh.')).toMatchObject({value: 300, text: '300 people'})
  })

  it('should take the count right after an opening date as the subject', () => {
    expect(extractParticipants('On 5 May 2025 80 students visited Tashkent.')).toMatchObject({value: 80, text: '80 students'})
    expect(extractParticipants('On Jan. 7th, 2025 45 volunteers cleaned the beach.')).toMatchObject({value: 45})
  })

  it('should read the count a form’s value opens with (`readCount`)', () => {
    expect(readCount('approx. 120')).toMatchObject({value: 120, qualifier: 'about'})
    expect(readCount('~150')).toMatchObject({value: 150, qualifier: 'about'})
    expect(readCount('150+')).toMatchObject({value: 150, qualifier: 'more-than'})
    expect(readCount('More than 1,200 (incl. staff)')).toMatchObject({value: 1200, qualifier: 'more-than'})
    expect(readCount('28 cooperative leaders')).toMatchObject({value: 28, qualifier: 'exact'})
    expect(readCount('10/01/2025')).toBeNull()
    expect(readCount('none')).toBeNull()
  })

  it('should read a post’s counts: `120+`, `~200`, `approx 80 ppl`, nouns joined by `&`, and a count after an emoji', () => {
    expect(extractParticipants('👥 120+ participants · 🤝 partners: Kazakh Youth Union')).toMatchObject({value: 120, qualifier: 'more-than', text: '120+ participants'})
    expect(extractParticipants('~200 ppl joined the clean-up in Osh.')).toMatchObject({value: 200, qualifier: 'about'})
    expect(extractParticipants('It opened in Tashkent; approx 80 ppl came to swap languages.')).toMatchObject({value: 80, qualifier: 'about'})
    expect(extractParticipants('Around 70 kids & students took part.')).toMatchObject({value: 70, text: 'Around 70 kids & students'})
    expect(extractParticipants('The final was streamed 🎮 👥 over 300 players · 🌍 6 countries')).toMatchObject({value: 300, qualifier: 'over'})
  })

  it('should count the people a forum brought or a guide took', () => {
    expect(extractParticipants('The forum brought 250 pax from 11 countries to Astana.')).toMatchObject({value: 250})
    expect(extractParticipants('Our volunteers took about 50 people on a hike.')).toMatchObject({value: 50, qualifier: 'about'})
  })

  it('should count trustees, the audience a thing was done before, and a count after a fragment’s list', () => {
    expect(extractParticipants('On June 3, a dozen trustees met in Cardiff.')).toMatchObject({value: 12, text: 'a dozen trustees'})
    expect(extractParticipants('Cllr Abigail Marshall signed for the city before some 60 delegates, pupils and teachers.')).toMatchObject({value: 60, qualifier: 'about'})
    expect(extractParticipants('– 3 Feb: Kunming — friendship football cup of the Yunnan Youth Sports Association, 16 teams, over 200 players aged 14–17; a prize fund')).toMatchObject({value: 200, qualifier: 'over'})
    // (Not a count after a preposition in a clause after a semicolon.)
    expect(extractParticipants('Sir Gareth opened the session; Ms Priya Raman presented findings from a 2024 survey of 4,000 volunteers.')).toBeNull()
  })

  it('should count members who took part with others, responders, broadcasters and fishers', () => {
    expect(extractParticipants('Nearly 180 corps members and youth volunteers attended the rally.')).toMatchObject({value: 180, qualifier: 'nearly'})
    expect(extractParticipants('85 first responders were trained in Maiduguri.')).toMatchObject({value: 85})
    expect(extractParticipants('About 90 broadcasters gathered in Suva.')).toMatchObject({value: 90, qualifier: 'about'})
  })

  it('should count campers, mushers and coaches, and members of a named body who joined', () => {
    expect(extractParticipants('Nearly 180 campers took part in the winter camp.')).toMatchObject({value: 180, qualifier: 'nearly'})
    expect(extractParticipants('The race was attended by about 70 coaches.')).toMatchObject({value: 70, qualifier: 'about'})
    expect(extractParticipants('18 members of the Japan–Norway Sled Dog Club joined the trip.')).toMatchObject({value: 18, text: '18 members'})
  })
})

describe('extractParticipants on arrivals, visits and clauses of their own', () => {
  it('should read the people of an arrival, a visit and a month that saw them, and a group that was dispatched', () => {
    expect(extractParticipants('Late July witnessed the arrival of about 40 volunteers from Germany in Telavi.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('On 6th August, CYLI hosted a study visit of 22 teachers from Seoul.')).toMatchObject({value: 22, qualifier: 'exact'})
    expect(extractParticipants('**Late July** saw about 40 volunteers of the network dispatched to Laoag.')).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('Relief began at once. A team of 120 volunteers was dispatched, reaching 4,600 households.')).toMatchObject({value: 120})
  })

  it('should read people brought together, and people who attended in a clause after `and`', () => {
    expect(extractParticipants('A work camp opened in Split on 24th June, bringing together 28 volunteers from six countries.')).toMatchObject({value: 28})
    expect(extractParticipants('In February, the festival was held outdoors and nearly 300 visitors attended.')).toMatchObject({value: 300, qualifier: 'nearly'})
    expect(extractParticipants('86 community health promoters from Peru took part, with two nurses.')).toMatchObject({value: 86})
    // (Not people counted after `and` who did nothing: `… teachers and 30 schools received books`.)
    expect(extractParticipants('In February, the festival was held and 30 schools received books.')).toBeNull()
  })

  it('should count people addressed or trained, a plural no list knows before `attended`, and people of a body named by its kind', () => {
    expect(extractParticipants('On 16 March, Dr. Yusupova addressed about 70 participants from Kyrgyzstan.')).toMatchObject({value: 70, qualifier: 'about'})
    expect(extractParticipants('From June 19 to 23, the alliance trained 45 lady health workers in Hyderabad.')).toMatchObject({value: 45, qualifier: 'exact'})
    expect(extractParticipants('On 13 June, the federation met in Chennai. Over 300 fisherwomen attended on behalf of its 9,800 members.')).toMatchObject({
      value: 300,
      qualifier: 'over'
    })
    expect(extractParticipants('April witnessed its anniversary. Around forty volunteers of the society organized a blood donation camp.')).toMatchObject({
      value: 40,
      qualifier: 'about'
    })
    // (Not a past total of training, nor a plural that did not take part.)
    expect(extractParticipants('In March, it met. The foundation has trained 3,000 teachers so far.')).toBeNull()
    expect(extractParticipants('In March, 300 bicycles arrived.')).toBeNull()
  })

  it('should count a group sent to the event, named with two describing words', () => {
    expect(
      extractParticipants('Early June witnessed the arrival in Bishkek, Kyrgyzstan, of a medical volunteer team of 14 doctors and nurses dispatched by the foundation.')
    ).toMatchObject({value: 14, qualifier: 'exact'})
  })

  it('should count people from both organizations who took part, though what came of it follows (`, benefiting …`)', () => {
    expect(
      extractParticipants('Late November witnessed the distribution of masks. About 40 volunteers from both organizations took part in the distribution, benefiting more than 600 herder families.')
    ).toMatchObject({value: 40, qualifier: 'about'})
    expect(extractParticipants('In May, the project has benefited 600 families, covering 12 villages.')).toBeNull()
  })

  it('should count people after an aside on who they were, the people of an arrival in a city, and people of two bodies', () => {
    expect(extractParticipants('On June 11, a camp opened. A team of 28 volunteers, including 12 doctors and nurses, provided check-ups.')).toMatchObject({value: 28})
    expect(extractParticipants('Oct. 25th marked the arrival in Saint-Louis of eight Chinese volunteers under the programme.')).toMatchObject({value: 8})
    expect(extractParticipants('On November 20, about 60 volunteers from our network and the Casamance Youth Association distributed 1,500 school kits.')).toMatchObject({
      value: 60,
      qualifier: 'about'
    })
  })

  it('should count people after the body they came from with its description, connected online, or sent with a purpose', () => {
    expect(
      extractParticipants('From 5 to 9 December, a team of 18 volunteer dentists, doctors and nurses from Rede Nordeste Solidária (RNS), a Recife-based network of health NGOs, ran a floating clinic.')
    ).toMatchObject({value: 18})
    expect(
      extractParticipants('From 28 November, a team of 18 volunteer doctors and nurses of the Association Burkinabè pour la Santé Communautaire (ABSC) offered free consultations.')
    ).toMatchObject({value: 18})
    expect(extractParticipants('On the 5th of August, our network held its first webinar. Nearly 90 participants from 14 countries were connected.')).toMatchObject({
      value: 90,
      qualifier: 'nearly'
    })
    expect(
      extractParticipants('In early September, the Lahore-based Indus Welfare Trust (IWT) dispatched about 60 volunteers to Sukkur, to help families affected by the worst floods since 2010.')
    ).toMatchObject({value: 60, qualifier: 'about'})
    expect(extractParticipants('On 16 November, the association welcomed a delegation of 15 primary school headmasters from Vientiane.')).toMatchObject({value: 15})
  })

  it('should count who attended, not who registered, and a bare count that opens a clause before `attended`', () => {
    expect(
      extractParticipants('On Jan. 7th, it opened a course. A total of 412 young people from 19 countries registered for the course, and about 180 joined the live opening session.')
    ).toMatchObject({value: 180, qualifier: 'about'})
    expect(extractParticipants('In March, it ran a course. Of the 260 young leaders who registered, 164 attended all eight sessions.')).toMatchObject({value: 164})
    expect(extractParticipants('From 27 Sep, a delegation of nine Thai and Lao handicraft producers led by Khun Pranee visited Nanning.')).toMatchObject({value: 9})
    expect(extractParticipants('Early November saw an exchange in Khon Kaen, where 35 farmers from Savannakhet and Champasak provinces of Laos learned about organic rice.')).toMatchObject({
      value: 35
    })
  })

  it('should count people past a long aside on who they were and past the countries they came from', () => {
    expect(
      extractParticipants('On 16 February, it held a lantern evening. More than 400 people, among them families of the Chinese community and students of the Confucius Institute at the University of Costa Rica, enjoyed lion dances.')
    ).toMatchObject({value: 400, qualifier: 'more-than'})
    expect(
      extractParticipants('In May, a fair opened. Some 80 weavers and embroiderers, most of them Maya women from Guatemala, Chiapas and Yucatán, exhibited their work.')
    ).toMatchObject({value: 80, qualifier: 'about'})
    expect(extractParticipants('In March, Nearly 200 young people from the seven countries of the isthmus debated under the theme.')).toMatchObject({value: 200})
  })

  it('should skip a sentence about the months before the event (`Over the past six months, …`)', () => {
    expect(
      extractParticipants(
        'The closing ceremony was held in Dar es Salaam. Over the past six months, 48 volunteer mentors coached young entrepreneurs. About 120 guests attended the ceremony.'
      )
    ).toMatchObject({value: 120, qualifier: 'about'})
  })

  it('should not count the volunteers or members a body has (`an organization with 1,700 registered volunteers`)', () => {
    expect(extractParticipants('On 24th June, SAPDN signed an agreement with APVE, a Seoul-based organization with 1,700 registered volunteers.')).toBeNull()
  })

  it('should count a crowd joined by `and` to the names before it, when they attended further on', () => {
    const text =
      'Consul General of Myanmar in Kunming Mr. Kyaw Zin Oo and more than 300 foreign experts, teachers and students from 46 countries working in Yunnan attended the reception.'
    expect(extractParticipants(text)).toMatchObject({value: 300, qualifier: 'more-than'})
    // (Not an exact few beside a name: they are a delegation at the event, whose own count follows.)
    expect(
      extractParticipants('Vice Chairman Yerlan Mukhametov and three staff members attended the forum. More than 200 representatives took part in the forum.')
    ).toMatchObject({value: 200})
  })

  it('should skip a count its clause dates to a year before the event’s', () => {
    const text = 'On May 5th, a delegation visited Jinghong. The cities became twins in 2012, and more than 150,000 tourists visited Jinghong in 2018.'
    expect(extractParticipants(text, {year: 2019})).toBeNull()
    // (The event's own year, or an aside's after a comma, is no past count.)
    expect(extractParticipants('In 2019, about 60 volunteers took part in the camp in 2019.', {year: 2019})).toMatchObject({value: 60})
    expect(extractParticipants('Nearly 250 delegates took part in the forum, whose first edition was held in Bishkek in 2019.', {year: 2023})).toMatchObject({value: 250})
  })

  it('should count contestants and finalists, and people past a long aside or one on who backed them', () => {
    expect(extractParticipants('More than 60 contestants and mentors from Shaanxi, Moscow and Kazan were present.')).toMatchObject({value: 60})
    const team = 'The team of 18 doctors, including six specialists from Almaty, Kazakhstan, seconded by the Medical Friendship Society, examined 1,300 residents.'
    expect(extractParticipants(team)).toMatchObject({value: 18, qualifier: 'exact'})
    const musicians = 'From December 17 to 21, eight young musicians of the Khuree Ensemble, supported by the Mongolian Youth Arts Foundation, gave four concerts in Berlin.'
    expect(extractParticipants(musicians)).toMatchObject({value: 8})
  })

  it('should count the people of a clause reported after `said`, unless they are beneficiaries', () => {
    expect(extractParticipants('Mrs. Freshta Noori, Director of AWWO, said around 30 women staff and volunteers worked in the distribution.')).toMatchObject({
      value: 30,
      qualifier: 'about'
    })
    expect(extractParticipants('Mr. M. A. Rahman said that over 2,000 people benefited from the programme.')).toBeNull()
  })

  it('should count the delegates who represented members, a mission’s people, and a group named without an article', () => {
    expect(extractParticipants('38 of our 46 member organisations were represented by 61 delegates.')).toMatchObject({value: 61, qualifier: 'exact'})
    expect(extractParticipants('Early June, the council sent a medical mission of 6 doctors and nurses to Zakarpattia.')).toMatchObject({value: 6})
    expect(extractParticipants('On June 5 to 14, group of about 25 volunteers from Poland took part in the camp.')).toMatchObject({value: 25, qualifier: 'about'})
    // (Not members a group has.)
    expect(extractParticipants('The network, a group of 46 member organisations, met online.')).toBeNull()
  })

  it('should count a group’s bare count before who led it or where it came from', () => {
    expect(extractParticipants('On Jan. 7th, a delegation of 9 led by Chen Ruolan arrived in Bangkok.')).toMatchObject({value: 9, qualifier: 'exact'})
    expect(extractParticipants('During May 22-24, a delegation of 15 from the Egyptian-Chinese Friendship Association visited Hangzhou.')).toMatchObject({value: 15})
    // (Not a group's members counted after it: `a network of 46 member organisations`.)
    expect(extractParticipants('A delegation of the network of 46 member organisations visited Hangzhou.')).toBeNull()
  })

  it('should count people past an aside with an engineer’s title, from places listed with `as well as`, who broke their fast', () => {
    expect(extractParticipants('About 60 volunteers, coordinated by Engr. Abdul Basit Kakar, delivered food hampers.')).toMatchObject({value: 60})
    expect(extractParticipants('More than 120 guests from China, Turkey and Uzbekistan as well as Pakistan broke their fast together.')).toMatchObject({
      value: 120
    })
    // (Not more people in a relative clause about the event.)
    const text = 'A total of 35 technicians took part in the training, which was facilitated by Er. Hari Prasad Paudel and two engineers.'
    expect(extractParticipants(text)).toMatchObject({value: 35})
  })

  it('should count schoolchildren, and the event’s people counted right after `The`, without those they included', () => {
    expect(extractParticipants('More than 200 schoolchildren and volunteers took part.')).toMatchObject({value: 200})
    expect(extractParticipants('The 34 participants included 26 heads of mahallas and eight guests from Osh.')).toMatchObject({value: 34})
    // (Not a year after `The`.)
    expect(extractParticipants('The 2023 Korea-Mongolia Youth Forum opened. Over 50 people attended.')).toMatchObject({value: 50})
  })

  it('should count the people a team is said to be composed of', () => {
    expect(extractParticipants('The team, composed of 18 ophthalmologists, nurses and volunteers, screened 1,500 patients.')).toMatchObject({value: 18})
    // (Not a body composed of members.)
    expect(extractParticipants('The network, composed of 46 member organisations, met online.')).toBeNull()
  })
})
