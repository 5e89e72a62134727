import {describe, expect, it} from 'vitest'
import {extractOrganizations} from './extract-organizations.js'
import {extractPeople} from './extract-people.js'

const personNames = (text: string) => extractPeople(text).map((person) => person.name)

describe('extractPeople', () => {
  it('should read a full name after `coordinated by`, and one set off by commas after a phrase that names a post', () => {
    expect(personNames('The mission was coordinated by Juan Carlos Mamani Condori and counted with the support of VGM.')).toEqual(['Juan Carlos Mamani Condori'])
    expect(
      personNames('In it, the Cultural Counsellor of the Embassy of China in Peru, Liu Yang, and the rector of the university, Hugo Alberto Benavente Pacheco, cut the ribbon.')
    ).toEqual(['Liu Yang', 'Hugo Alberto Benavente Pacheco'])
    expect(personNames('Giulia Marchetti, a student of University of Bologna, and Liu Yutong from Sichuan International Studies University won.')).toEqual([
      'Giulia Marchetti',
      'Liu Yutong'
    ])
    expect(extractPeople('Then Chen Hong, Member of the Secretariat of All-China Women’s Federation delivered a speech.')).toMatchObject([{name: 'Chen Hong', titles: ['Member']}])
    expect(personNames('It was signed by Bauyrzhan Omarov, Chairman of the Board, and Elchin Tofiq oglu Huseynov, Executive Director of the Agency.')).toEqual([
      'Bauyrzhan Omarov',
      'Elchin Tofiq oglu Huseynov'
    ])
    expect(personNames('Team leader Zhang Yong and Vice President Ahmet Yıldız visited the camp.')).toEqual(['Zhang Yong', 'Ahmet Yıldız'])
    // (Russian style: a title, its body, then initials and a family name, or a full name after `of the delegation`.)
    expect(personNames('The forum was opened by the Head of the Federal Agency for Youth Affairs (Rosmolodezh) A.V. Petrov.')).toEqual(['A.V. Petrov'])
    expect(personNames('The Chairperson of the Belarusian Union of Women O.N. Kovalenko signed a Memorandum.')).toEqual(['O.N. Kovalenko'])
    expect(personNames('The head of the delegation Anna Vladimirovna Kiseleva told that the school trained 400 people.')).toEqual(['Anna Vladimirovna Kiseleva'])
    // (Not a place's initials before a sentence opener: `Washington D.C. The study …`.)
    expect(personNames('The event was held in Washington D.C. The study followed.')).toEqual([])
    // (A nickname in quotation marks stays inside the name.)
    expect(personNames('The camp was led by Ms. Siriporn "Nok" Chaiyaporn, Director of the Green Hands Foundation.')).toEqual(['Siriporn "Nok" Chaiyaporn'])
    // (Nor is a noun for people opening a list: `Engineers, mayors and NGO workers … met`.)
    expect(personNames('Engineers, mayors and NGO workers from across the Sahel met in Dakar on 3 October.')).toEqual([])
    // (A place set off by commas is no person: `the director of the museum, Lima, Peru`.)
    expect(personNames('It was opened by the director of the museum in the capital, Lima, Peru.')).toEqual([])
  })

  it('should read a name before its title and organization', () => {
    expect(extractPeople('The Dialogue was presided by Wang Hongyan, Vice President of All-China Youth Federation.')).toEqual([
      {name: 'Wang Hongyan', titles: ['Vice President'], organization: 'All-China Youth Federation'}
    ])
  })

  it('should read a name after its title, with the organization in front', () => {
    expect(extractPeople('Finland Parliament Speaker Lohela and Sweden Parliament First Deputy Speaker Fenne made a speech.')).toEqual([
      {name: 'Lohela', titles: ['Speaker'], organization: 'Finland Parliament'},
      {name: 'Fenne', titles: ['First Deputy Speaker'], organization: 'Sweden Parliament'}
    ])
  })

  it('should read a family name written first in capitals after a title as part of the name, not as an acronym', () => {
    expect(extractPeople('Mr. SATO Kenji, President of the Sapporo Foundation, met Vice Mayor TAKAHASHI Naoki.').map((person) => person.name)).toEqual([
      'SATO Kenji',
      'TAKAHASHI Naoki'
    ])
    // Without a title, capitals stay an acronym: `WHO Representative`.
    expect(extractPeople('The WHO Representative Dr. Tedros Ghebreyesus spoke.').map((person) => person.name)).toEqual(['Tedros Ghebreyesus'])
  })

  it('should read the French titles `M.`, `Mme` and `Pr.`', () => {
    // `M.` before a given name and a family name is `Monsieur`; before one name it is an initial.
    expect(extractPeople('M. Mamadou Diallo, Coordinator of the network, spoke.')).toEqual([{name: 'Mamadou Diallo', titles: ['M.', 'Coordinator']}])
    expect(extractPeople('Mr. B. Batbold, Chairman of the board, spoke.').map((person) => person.name)).toEqual(['B. Batbold'])
    expect(extractPeople('Mme Aïssatou Ndiaye and Pr. Ibrahim Traoré met Mme Salimata Ouédraogo.')).toEqual([
      {name: 'Aïssatou Ndiaye', titles: ['Mme']},
      {name: 'Ibrahim Traoré', titles: ['Pr.']},
      {name: 'Salimata Ouédraogo', titles: ['Mme']}
    ])
  })

  it('should read `Father` before a name as a priest’s title', () => {
    expect(extractPeople('Mrs. Gloria Mejía, the coordinator, and Father Tomás Girón spoke at the ceremony.')).toEqual([
      {name: 'Gloria Mejía', titles: ['Mrs.']},
      {name: 'Tomás Girón', titles: ['Father']}
    ])
    expect(extractPeople("On Father's Day, the Father of the Nation was honoured.")).toEqual([])
    // And a Central Asian governor's: `Hakim`.
    expect(extractPeople('Hakim Erkin Tursunov welcomed the guests.')).toEqual([{name: 'Erkin Tursunov', titles: ['Hakim']}])
  })

  it('should read titles before a name and the organization after it', () => {
    expect(extractPeople('The delegation was headed by Secretary General Asha Mohammed of the Kenya Red Cross Society.')).toEqual([
      {name: 'Asha Mohammed', titles: ['Secretary General'], organization: 'Kenya Red Cross Society'}
    ])
  })

  it('should read “former” titles, qualifiers before titles and lower-case titles', () => {
    expect(extractPeople('Paulidor Kholner, former Sri Lanka Ambassador to UN, visited. Shi Yinhong, professor of Renmin University of China, spoke.').map((person) => person.name)).toEqual([
      'Paulidor Kholner',
      'Shi Yinhong'
    ])
  })

  it('should list a person once, even when named again by surname', () => {
    expect(extractPeople('Dmitri Fedorovich Ustinov, Chairman of the Committee, met the delegation. The delegation invited Ustinov.').map((person) => person.name)).toEqual([
      'Dmitri Fedorovich Ustinov'
    ])
  })

  it('should not read places or organizations as people', () => {
    expect(extractPeople('In Sichuan, the representatives visited the China Panda Conservation Center. Deputy Mayor of Lalibela attended.')).toEqual([])
  })

  it('should read honorifics as titles', () => {
    expect(extractPeople('The seminar was opened by Mr. Zhang Wei, who thanked the guests.')).toEqual([{name: 'Zhang Wei', titles: ['Mr.']}])
    expect(extractPeople('H.E. Mr. Ahmed Ali, Ambassador of Egypt to China, attended the ceremony.').map((person) => person.name)).toEqual(['Ahmed Ali'])
  })

  it('should not give a person the organization of the person before', () => {
    expect(extractPeople('It was attended by Kenyan Cabinet Secretary Raychelle Omamo and Chinese Ambassador Zhou Pingjian.')).toEqual([
      {name: 'Raychelle Omamo', titles: ['Secretary'], organization: 'Kenyan Cabinet'},
      {name: 'Zhou Pingjian', titles: ['Ambassador']}
    ])
  })

  it('should read a full name after a verb that takes a person, without a title', () => {
    expect(extractPeople('The delegation met with Audrey Azoulay and visited the museum.')).toEqual([{name: 'Audrey Azoulay'}])
    expect(extractPeople('The delegation met with China Youth Federation.')).toEqual([])
  })

  it('should read a person whose title is “First Lady of …”', () => {
    expect(extractPeople('The plaque was unveiled by Auxillia Mnangagwa, First Lady of Zimbabwe, and the ambassador.').map((person) => person.name)).toEqual([
      'Auxillia Mnangagwa'
    ])
  })

  it('should read a person after a minister’s portfolio, and only a person', () => {
    expect(extractPeople('Cambodian Minister of Education Hang Chuon Naron attended the ceremony.')).toEqual([
      {name: 'Hang Chuon Naron', titles: ['Minister of Education']}
    ])
    expect(extractPeople('It was opened by Minister of Foreign Affairs and Trade Nanaia Mahuta.')).toEqual([
      {name: 'Nanaia Mahuta', titles: ['Minister of Foreign Affairs and Trade']}
    ])
    // A body after `Minister of` is no person.
    expect(extractPeople('The Minister of Education Youth Development Council met the delegation.')).toEqual([])
  })

  it('should read an envoy named after `Ambassador to` and a country', () => {
    expect(extractPeople('The Chinese Ambassador to Mongolia Chai Wenrui addressed the opening.')).toEqual([
      {name: 'Chai Wenrui', titles: ['Ambassador to Mongolia']}
    ])
    expect(extractPeople('Ambassador to Sri Lanka Qi Zhenhong and the mayor spoke.')).toEqual([{name: 'Qi Zhenhong', titles: ['Ambassador to Sri Lanka']}])
    // `to` after a title, then a body, is no envoy.
    expect(extractPeople('He was appointed Adviser to China Youth Federation last year.')).toEqual([])
  })

  it('should read people after a coach’s, a master’s or a cleric’s title', () => {
    expect(extractPeople('Coach Li Yongbo led the team.')).toEqual([{name: 'Li Yongbo', titles: ['Coach']}])
    expect(extractPeople('Mestre Joao Silva taught the class.')).toEqual([{name: 'Joao Silva', titles: ['Mestre']}])
  })

  it('should read a name whose first word elsewhere opens a clause, right after a title', () => {
    expect(extractPeople('Dr. An Sokha, Director of the centre, spoke.')).toMatchObject([{name: 'An Sokha', titles: ['Dr.']}])
    expect(extractPeople('Mr. So Jin-ho opened the forum.')).toEqual([{name: 'So Jin-ho', titles: ['Mr.']}])
  })

  it('should read names with a capital after an apostrophe or Mc, and curators and the Burmese Daw as titles', () => {
    expect(extractPeople('Prof. Aoife O’Connor Walsh opened the course.')).toEqual([{name: 'Aoife O’Connor Walsh', titles: ['Prof.']}])
    expect(extractPeople('Mr. Ian McAllister, President of the club, spoke.')).toMatchObject([{name: 'Ian McAllister'}])
    expect(extractPeople('Daw Khin Myo, keeper of textiles, presented the results.')).toMatchObject([{name: 'Khin Myo', titles: ['Daw']}])
    expect(extractPeople('On May 5, Aiko Tanaka, curator of ceramics at the city museum, arrived.')).toMatchObject([{name: 'Aiko Tanaka'}])
  })

  it('should read the Burmese U as a title, and a Chinese name named again by its surname as one person', () => {
    expect(extractPeople('U Kyaw Min Oo, Secretary of the association, said that friendship matters.')).toMatchObject([{name: 'Kyaw Min Oo', titles: ['U']}])
    expect(extractPeople('The ambassador held talks with Ms. Wen Shuqin, President of the association. Ms. Wen said that the visits matter.').map((person) => person.name)).toEqual(['Wen Shuqin'])
  })

  it('should read a full name right after a noun for a person in lower case', () => {
    expect(extractPeople('73 guests attended, at which the felt maker Gulnara Seitkali gave a demonstration.')).toEqual([{name: 'Gulnara Seitkali'}])
    expect(extractPeople('The pianist Lang Lang played.')).toEqual([{name: 'Lang Lang'}])
    expect(extractPeople('The students Beijing Youth invited them.')).toEqual([])
  })

  it('should read titles written without a point, in British style', () => {
    expect(extractPeople('The talks were opened by Mr Timur Rakhimov and the mayor.')).toEqual([{name: 'Timur Rakhimov', titles: ['Mr']}])
    expect(extractPeople('Prof Marc Dubois of the university gave a lecture.')).toMatchObject([{name: 'Marc Dubois', titles: ['Prof']}])
    expect(extractPeople('It was opened by Ms Élodie Marchand of the association.')).toMatchObject([{name: 'Élodie Marchand', titles: ['Ms']}])
  })

  it('should read a one-word name described after its comma as a person', () => {
    expect(extractPeople('Tigist, a health extension worker in Dessie, told the team.')).toEqual([{name: 'Tigist'}])
    expect(extractPeople('Tigist, a nurse trainer programme, began.')).toEqual([])
  })

  it('should read the person after a title and its body’s acronym, or after a title of the body named by a noun', () => {
    expect(extractPeople('Chairwoman of ECDA Gulnara Bakirovna Ismailova noted the growth.')).toEqual([{name: 'Gulnara Bakirovna Ismailova', titles: ['Chairwoman']}])
    expect(extractPeople('Executive Director of the foundation Almazbek Toktogulov said so.')).toEqual([{name: 'Almazbek Toktogulov', titles: ['Executive Director']}])
  })

  it('should read Spanish, Portuguese and Thai titles, and names with particles', () => {
    expect(extractPeople('In Havana, Sr. Ernesto Díaz Cabrera welcomed them.')).toEqual([{name: 'Ernesto Díaz Cabrera', titles: ['Sr.']}])
    expect(extractPeople('Lic. Ana Pérez and Ing. Carlos Mendoza spoke.')).toEqual([{name: 'Ana Pérez', titles: ['Lic.']}, {name: 'Carlos Mendoza', titles: ['Ing.']}])
    expect(extractPeople('Khun Somsak Chaiyaporn spoke.')).toEqual([{name: 'Somsak Chaiyaporn', titles: ['Khun']}])
    expect(extractPeople('Mr. João Carlos de Oliveira Santos, a teacher, spoke.')).toMatchObject([{name: 'João Carlos de Oliveira Santos'}])
    expect(extractPeople('Ms. Femke van den Berg and Mr. Ahmad Faizal bin Hassan came.')).toMatchObject([{name: 'Femke van den Berg'}, {name: 'Ahmad Faizal bin Hassan'}])
    expect(extractPeople('Ms. Ana Cruz spoke.')).toEqual([{name: 'Ana Cruz', titles: ['Ms.']}])
  })

  it('should read Arabic names with articles and five words, two titles in a row, and Pacific titles', () => {
    expect(extractPeople('H.E. Eng. Omar bin Ali al-Khatib spoke with Mr. Khaled al-Rawashdeh.')).toEqual([
      {name: 'Omar bin Ali al-Khatib', titles: ['H.E. Eng.']},
      {name: 'Khaled al-Rawashdeh', titles: ['Mr.']}
    ])
    expect(extractPeople('Dr. Hassan Abu Bakr El Tayeb spoke.')).toEqual([{name: 'Hassan Abu Bakr El Tayeb', titles: ['Dr.']}])
    expect(extractPeople('Ratu Isoa Delana and Adi Salote Naivalu came. Rev. Sione Havili thanked them.')).toEqual([
      {name: 'Isoa Delana', titles: ['Ratu']},
      {name: 'Salote Naivalu', titles: ['Adi']},
      {name: 'Sione Havili', titles: ['Rev.']}
    ])
  })

  it('should read a surname that is also an event noun after a title', () => {
    expect(extractPeople('They met Mr. Park Sung-ho and Ms. Kim Eun-ji.')).toEqual([{name: 'Park Sung-ho', titles: ['Mr.']}, {name: 'Kim Eun-ji', titles: ['Ms.']}])
  })

  it('should leave letters after a name out of it, and end a portfolio at its last word', () => {
    expect(extractPeople('They met Mr Pieter de Graaf MEP in Brussels.')).toEqual([{name: 'Pieter de Graaf', titles: ['Mr']}])
    expect(extractPeople('Mr. Ganbold Dorj, Vice Minister of Labour and Social Protection of Mongolia, spoke.')).toMatchObject([{name: 'Ganbold Dorj'}])
  })

  it('should read Mama as a title, but not inside a Swahili name', () => {
    expect(extractPeople('Mama Halima Juma of Chama cha Mama Bora spoke.')).toMatchObject([{name: 'Halima Juma', titles: ['Mama']}])
  })

  it('should read South Asian titles and Mongolian names with an initial first', () => {
    expect(extractPeople('Mr. B. Batbold met Shri Rajesh Kumar Sharma, Smt. Kavita Rao, Begum Rokeya Akhter and Venerable Sumana Dhammika.')).toEqual([
      {name: 'B. Batbold', titles: ['Mr.']},
      {name: 'Rajesh Kumar Sharma', titles: ['Shri']},
      {name: 'Kavita Rao', titles: ['Smt.']},
      {name: 'Rokeya Akhter', titles: ['Begum']},
      {name: 'Sumana Dhammika', titles: ['Venerable']}
    ])
  })

  it('should read Indonesian and Malay titles of address before a name', () => {
    expect(extractPeople('The clinic was opened by Ibu Suharti and Bapak Teuku Rizal.')).toEqual([
      {name: 'Suharti', titles: ['Ibu']},
      {name: 'Teuku Rizal', titles: ['Bapak']}
    ])
    expect(extractPeople('The prize went to Haji Fauzan Hidayat.').map((person) => person.name)).toEqual(['Fauzan Hidayat'])
  })

  it('should read British titles of address and honour before a name', () => {
    expect(extractPeople('It was opened by the Rt Hon Daniel Forsyth MP, and Dame Helen Carver spoke.').map((person) => person.name)).toEqual(['Daniel Forsyth', 'Helen Carver'])
    expect(extractPeople('Cllr Nasreen Akhtar welcomed the group, and Baroness Ruth Delahaye thanked them.').map((person) => person.name)).toEqual(['Nasreen Akhtar', 'Ruth Delahaye'])
  })

  it('should read the Austrian title `Mag.` before a name', () => {
    expect(extractPeople('Mag. Thomas Berger, the rector’s delegate, opened the fair.').map((person) => person.name)).toEqual(['Thomas Berger'])
  })

  it('should read a resident representative’s title', () => {
    expect(extractPeople('Anna Schmidt, Deputy Resident Representative of UNDP China, spoke.')).toEqual([{name: 'Anna Schmidt', titles: ['Deputy Resident Representative']}])
  })

  it('should read the Central Asian titles `Akim` and `Hokim`', () => {
    expect(extractPeople('Deputy Akim Daulet Serikovich Akhmetov opened the fair.')).toEqual([{name: 'Daulet Serikovich Akhmetov', titles: ['Deputy Akim']}])
  })

  it('should read the Maltese title `Perit` and the Italian `Dott.ssa`', () => {
    expect(extractPeople('Perit Joseph Camilleri opened the drill.')).toEqual([{name: 'Joseph Camilleri', titles: ['Perit']}])
    expect(extractPeople('The course was led by Dott.ssa Valentina De Luca.')).toEqual([{name: 'Valentina De Luca', titles: ['Dott.ssa']}])
  })

  it('should read AP-style titles (`Gov.`, `Lt. Gov.`, `Sen.`, `Rep.`), titles with `Vice-`, and a family name in capitals', () => {
    expect(extractPeople('On Jan. 10, Gov. Laura Bennett and Lt. Gov. Thomas Berg welcomed Sen. Margaret Doyle and Rep. Daniel Ortiz.')).toEqual([
      {name: 'Laura Bennett', titles: ['Gov.']},
      {name: 'Thomas Berg', titles: ['Lt. Gov.']},
      {name: 'Margaret Doyle', titles: ['Sen.']},
      {name: 'Daniel Ortiz', titles: ['Rep.']}
    ])
    expect(extractPeople('They met Vice-Governor Kameda Ichiro.')).toEqual([{name: 'Kameda Ichiro', titles: ['Vice-Governor']}])
    expect(extractPeople('Pr Moussa SARR and M. Jean-Baptiste KABORÉ, Representative of the OIF, spoke.').map((person) => person.name)).toEqual(['Moussa SARR', 'Jean-Baptiste KABORÉ'])
  })

  it('should read `bint` inside an Arab name and the titles `Sheikha` and `Arq.`', () => {
    expect(extractPeople('Sheikha Noor bint Abdullah Al Thani opened the centre with Arq. Martín Ferreyra Paz.')).toEqual([
      {name: 'Noor bint Abdullah Al Thani', titles: ['Sheikha']},
      {name: 'Martín Ferreyra Paz', titles: ['Arq.']}
    ])
  })

  it('should read a surname with the initials of the given names after it (`Ivanova I.V.`, `Gabdullina R.Kh.`)', () => {
    expect(extractPeople('The forum was opened by Ivanova I.V., chairman of the board, and Gabdullina R.Kh., deputy minister of culture.').map((person) => person.name)).toEqual(['Ivanova I.V.', 'Gabdullina R.Kh.'])
  })

  it('should read a person after a title that governs a place and the place (`Mayor of Sokcho Choi Jae-won`)', () => {
    expect(extractPeople('They were welcomed by Mayor of Sokcho Choi Jae-won and Hokim of Fergana Rustam Ergashev.')).toEqual([
      {name: 'Choi Jae-won', titles: ['Mayor of Sokcho']},
      {name: 'Rustam Ergashev', titles: ['Hokim of Fergana']}
    ])
    // (Not a city of two words, a body after a city, or a place's own name.)
    expect(extractPeople('They met the Deputy Mayor of Novi Sad and the President of Lyon Solidarité Sahel.')).toEqual([])
    expect(extractPeople('The Governor of Busan Metropolitan City spoke.')).toEqual([])
  })

  it('should read the title `Academician`', () => {
    expect(extractPeople('Academician Abdyldajan Akmataliev opened the conference.')).toEqual([{name: 'Abdyldajan Akmataliev', titles: ['Academician']}])
  })

  it('should read Portuguese titles (`Prof.ª`, `Dr.ª`, `Eng.º`, `Padre`)', () => {
    expect(extractPeople('Prof.ª Maria das Dores Cossa and Eng.º Bubacar Baldé and Padre António José Chissende met.')).toEqual([
      {name: 'Maria das Dores Cossa', titles: ['Prof.ª']},
      {name: 'Bubacar Baldé', titles: ['Eng.º']},
      {name: 'António José Chissende', titles: ['Padre']}
    ])
  })

  it('should read West African titles before names (`Alhaji`, `Hajiya`, `Mallam`, `Comrade`, `Engr.`, `HRH`) and no body in `HRH`', () => {
    const names = (text: string) => extractPeople(text).map((person) => person.name)
    expect(names('The emir received Hajiya Hadiza Usman and HRH Alhaji Ibrahim Sule at the palace.')).toEqual(['Hadiza Usman', 'Ibrahim Sule'])
    expect(names('Comrade Femi Adeyemi and Engr. Lorna Pascual addressed the youths, with Mallam Abdullahi Yusuf.')).toEqual(['Femi Adeyemi', 'Lorna Pascual', 'Abdullahi Yusuf'])
    expect(extractOrganizations('HRH Alhaji Ibrahim Sule opened the clinic.')).toEqual([])
  })

  it('should read `MP` and `Ombudsperson` before a name as titles', () => {
    expect(extractPeople('The forum was opened by MP Giorgi Beridze and Deputy Ombudsperson Tetiana Moroz.').map((person) => person.name)).toEqual(['Giorgi Beridze', 'Tetiana Moroz'])
  })
})

describe('extractPeople after a title in lower case and after a verb of speaking or choosing', () => {
  it('should read a full name right after a title written in lower case as a person', () => {
    expect(extractPeople('A team led by coordinator Markus Gruber visited Lviv.').map((person) => person.name)).toEqual(['Markus Gruber'])
    expect(extractPeople('RFCN President Ioana Popescu and AUCS chair Rashad Mammadov signed a memorandum.').map((person) => person.name)).toEqual(['Ioana Popescu', 'Rashad Mammadov'])
  })

  it('should read a full name after `said`, `succeeding`, `elected` or `including` as a person', () => {
    expect(extractPeople('“It is good,” said Abdi Hassan Farah, the network’s coordinator.').map((person) => person.name)).toEqual(['Abdi Hassan Farah'])
    expect(extractPeople('She was elected chair, succeeding Jiří Novák, who had led it since 2015.').map((person) => person.name)).toEqual(['Jiří Novák'])
    expect(extractPeople('35 staff attended, including Zulfiya Khamidova from the secretariat.').map((person) => person.name)).toEqual(['Zulfiya Khamidova'])
    // (Not a body: `said Ghana Red Cross`.)
    expect(extractPeople('The fair opened in Accra, said Ghana Red Cross.')).toEqual([])
  })
})

describe('extractPeople after a plural noun for people', () => {
  it('should read two full names joined by `and` after a plural noun for people as two people', () => {
    expect(extractPeople('CYLI trainers Giorgi Tsereteli and Ana Gogua led the course.').map((person) => person.name)).toEqual(['Giorgi Tsereteli', 'Ana Gogua'])
    expect(extractPeople('The trainers were Aibek Sydykov and Rūta Kazlauskienė.').map((person) => person.name)).toEqual(['Aibek Sydykov', 'Rūta Kazlauskienė'])
    // (Not bodies after a plural noun: `partners Save the Children and Oxfam International`.)
    expect(extractPeople('Partners Save the Children and Oxfam International helped.')).toEqual([])
  })

  it('should read a name before a role in lower case, `of` and a body', () => {
    expect(extractPeople('Marat Tokhtarov, programme specialist of the United Nations Development Programme (UNDP), spoke.')).toEqual([
      {name: 'Marat Tokhtarov', titles: ['programme specialist']}
    ])
    expect(personNames('Jamshid Karimov, expert of NGO "Toza Suv", told about the results.')).toEqual(['Jamshid Karimov'])
    // (Not a place after the comma, nor a role of no body.)
    expect(personNames('Shymkent Oblast, expert of nothing, closed.')).toEqual([])
  })

  it('should read a full name elected or appointed to a post, and one named as a role of the event', () => {
    expect(personNames('Askar Zhumabayev was re-elected chairman, and Nino Beridze (NGO "Caucasus Volunteer Network", Georgia) was elected deputy chairperson.')).toEqual([
      'Askar Zhumabayev',
      'Nino Beridze'
    ])
    expect(personNames('The curator of the exhibition is Gulnara Bekovna Omarova.')).toEqual(['Gulnara Bekovna Omarova'])
    // (Not a body elected, nor a place after a role of no person.)
    expect(personNames('The Green Vitebsk Association was elected a member.')).toEqual([])
    expect(personNames('The venue of the exhibition is Almaty Central Museum.')).toEqual([])
  })

  it('should read Mongolian names with an initial of two letters, after a title or alone', () => {
    expect(personNames('MNNIC Executive Director Ts. Oyunchimeg thanked the volunteers.')).toEqual(['Ts. Oyunchimeg'])
    expect(personNames('Mr. Ts. Gantulga, chief engineer of the corporation, and Prof. Wang Lei signed a plan.')).toEqual(['Ts. Gantulga', 'Wang Lei'])
    expect(personNames('Dr. Ch. Oyunbileg of the Mongolian Academy of Sciences and council head Kh. Narantsetseg spoke.')).toContain('Ch. Oyunbileg')
    // (A Chinese family name that ends a sentence still ends it: `… met Mr. Li. The …`.)
    expect(personNames('The delegation met Mr. Li. The talks were held in Ulaanbaatar.')).toEqual(['Li'])
  })

  it('should read Korean names whose family name is also a noun, and two names after one title', () => {
    expect(personNames('Park Ji-hoon, Director-General of KYVC, said that it was good.')).toEqual(['Park Ji-hoon'])
    expect(personNames('KMCEC President Kim Young-ho and Batbold Bat-Erdene co-chaired the dialogue.')).toEqual(['Kim Young-ho', 'Batbold Bat-Erdene'])
    // (Not a park, nor a body after the titled person's `and`.)
    const names = personNames('The guests toured Park Avenue and met President Kim Young-ho and Oxfam Hong Kong.')
    expect(names).not.toContain('Park Avenue')
    expect(names).not.toContain('Oxfam Hong Kong')
  })

  it('should read South Asian and Bhutanese titles, `Sri` after another title, and a full name before `of` and its body', () => {
    expect(extractPeople("Hon'ble State Minister Sri Umesh Prasad Yadav ji of the Ministry of Health and Population graced it.")[0]).toMatchObject({
      name: 'Umesh Prasad Yadav'
    })
    expect(personNames('Dasho Kinley Tshering, Patron of BYHS, and Er. Hari Prasad Paudel of GREDS spoke.')).toEqual(['Kinley Tshering', 'Hari Prasad Paudel'])
    expect(extractPeople('Wang Lixin, Deputy Secretary-General of CNIE, and Sergei Baranov of the Irkutsk Oblast Public Chamber addressed the assembly.').at(-1)).toEqual({
      name: 'Sergei Baranov',
      organization: 'Irkutsk Oblast Public Chamber'
    })
    // (Alone, `Sri` is a given name; and a post or a status before `of` is no person.)
    expect(personNames('Sri Wahyuni, coordinator of the cooperative, spoke.')).toEqual(['Sri Wahyuni'])
    expect(personNames('The Medical Superintendent of Yangon General Hospital spoke.')).toEqual([])
  })

  it('should read Central European academic degrees before a name as titles', () => {
    expect(personNames('Lecturer was doc. Dragana Jovanović, PhD, who teaches at this university.')).toEqual(['Dragana Jovanović'])
    expect(personNames('The assembly elected Mgr. Peter Horváth as new chairman, and MUDr. Zuzana Kováčová led the team.')).toEqual([
      'Peter Horváth',
      'Zuzana Kováčová'
    ])
    expect(personNames('Their tutor dr inż. Krzysztof Zieliński said the students did well.')).toEqual(['Krzysztof Zieliński'])
  })

  it('should read a fellow as a title', () => {
    expect(personNames('Professor Zhou Yiming of Fudan University and Tariq Mahmood, Senior Fellow of Islamabad Center for Regional Studies, spoke.')).toEqual([
      'Zhou Yiming',
      'Tariq Mahmood'
    ])
  })

  it('should read a pastor as a title', () => {
    expect(personNames('Pastor Sipho Zulu of the KwaZulu-Natal Civil Society Forum opened the meeting.')).toEqual(['Sipho Zulu'])
  })

  it('should read Malay `binti` and Filipino `dela` inside a name', () => {
    expect(personNames('PBMB President Puan Norhayati binti Abdul Rahman announced it.')).toEqual(['Norhayati binti Abdul Rahman'])
    expect(personNames('Atty. Maria Cristina dela Cruz recalled the typhoon.')).toEqual(['Maria Cristina dela Cruz'])
  })

  it('should read Pakistani English’s `Ch.` before a full name as a title, and a full name before `of` and an acronym', () => {
    expect(personNames('On 13 April, Ch. Naveed Akhtar, President of PCPF, spoke.')).toEqual(['Naveed Akhtar'])
    expect(extractPeople('Syed Hassan Raza of the PCPF gave away the trophy.')).toEqual([{name: 'Syed Hassan Raza', organization: 'PCPF'}])
    // (Before one name, `Ch.` is a Mongolian initial.)
    expect(personNames('MWDA President Dr. Ch. Altantsetseg spoke.')).toEqual(['Ch. Altantsetseg'])
  })

  it('should read an Uzbek name that ends with its patronymic particle', () => {
    expect(personNames("Jasur Akmal o'g'li, chairman of the fund, met Malika Rustam qizi, head of the mahalla.")).toEqual([
      "Jasur Akmal o'g'li",
      'Malika Rustam qizi'
    ])
  })

  it('should read Kenya’s titles in capitals (`CS`, `PS`, `MCA`) as titles, not bodies', () => {
    expect(extractPeople('CS Joseph Kiprono of the Ministry of Industry and PS Halima Abdi opened the fair.').map((person) => person.name)).toEqual([
      'Joseph Kiprono',
      'Halima Abdi'
    ])
    expect(personNames('MCA Grace Wanjiru welcomed the guests.')).toEqual(['Grace Wanjiru'])
  })

  it('should read Cambodia’s `Oknha` as a title, not a given name', () => {
    expect(extractPeople('The clinic was funded by Oknha Chea Sokunthea, a Phnom Penh businesswoman.')).toEqual([{name: 'Chea Sokunthea', titles: ['Oknha']}])
  })

  it('should read Ethiopia’s `Ato` and `W/ro` and Sudan’s `Ustaz` as titles', () => {
    expect(personNames('Ato Tesfaye Wolde, Director of the bureau, addressed the camp.')).toEqual(['Tesfaye Wolde'])
    expect(personNames('The meeting was attended by W/ro Tigist Mekonnen, Deputy Head of the bureau.')).toEqual(['Tigist Mekonnen'])
    expect(extractPeople('Ustaz Hassan Abdelrahim Osman, Chairman of the society, spoke.')[0]).toMatchObject({name: 'Hassan Abdelrahim Osman', titles: ['Ustaz']})
  })

  it('should not read the end of a body’s name in English words as a person before `, and` and the next title', () => {
    expect(personNames('Ms. Tigist Mekonnen, Deputy Head of Amhara Region Bureau of Finance and Economic Development, and Mr. Birhanu Kassa, President of ARNNIE, attended.')).toEqual(['Tigist Mekonnen', 'Birhanu Kassa'])
    // (A name there is still a person's: `kuis by Kurmangazy and Dina Nurpeisova, and Ambassador …`.)
    expect(personNames('Yerzhan Tokhtarov performed kuis by Kurmangazy and Dina Nurpeisova, and Ambassador Daulet Baimukhanov thanked them.')).toContain('Dina Nurpeisova')
  })

  it('should keep Bangladesh’s `Md.` and initials of several letters in the name, and `Begum` after a given name', () => {
    expect(personNames('Mr. Md. Kamrul Hasan, President of BYF, spoke.')).toEqual(['Md. Kamrul Hasan'])
    expect(personNames('Prof. W.A.D. Perera, Chairman of SLYC, and S.M. Nilufar Yasmin, Executive Director of CDPF, spoke.')).toEqual(['W.A.D. Perera', 'S.M. Nilufar Yasmin'])
    expect(personNames('Dr. Nasrin Begum spoke.')).toEqual(['Nasrin Begum'])
    // (Before a name, `Begum` is a title.)
    expect(personNames('Begum Nusrat Jahan, Chairperson of the forum, spoke.')).toEqual(['Nusrat Jahan'])
  })

  it('should read Malaysia’s titles of two words, and `Sri` after Indonesian `Ibu` as a given name', () => {
    expect(extractPeople('Tan Sri Abdul Rahman Yusof, President of AMSIM, and Dato’ Sri Lim Chee Keong spoke.').map((person) => [person.name, person.titles])).toEqual([
      ['Abdul Rahman Yusof', ['Tan Sri']],
      ['Lim Chee Keong', ['Dato’ Sri']]
    ])
    expect(personNames('Ibu Sri Rahayu Lestari, Chairwoman of YPS, spoke.')).toEqual(['Sri Rahayu Lestari'])
  })

  it('should read Nigeria’s `Hajia` as a title', () => {
    expect(personNames('Hajia Binta Musa Gezawa, Coordinator of the women’s wing, spoke.')).toEqual(['Binta Musa Gezawa'])
  })

  it('should read Iran’s and Iraq’s `Haj` and `Ayatollah` as titles', () => {
    expect(personNames('Haj Mahmoud Rezaei, Chairman of the foundation, opened the warehouse.')).toEqual(['Mahmoud Rezaei'])
  })
})

