import {describe, expect, it} from 'vitest'
import {extractPlaces} from './extract-places.js'

describe('extractPlaces', () => {
  it('should read the countries of a study visit, a working trip or an official visit as places, not the visitors’ home town', () => {
    expect(extractPlaces('On March 3, eight social workers from Niš, Serbia made a study visit to Slovenia and Austria.').map((place) => place.country)).toEqual(['SI', 'AT'])
    expect(extractPlaces('In May, the team made a working trip to Laos.').map((place) => place.country)).toEqual(['LA'])
    expect(extractPlaces('In May, the mayor paid an official visit to Vientiane, the capital.')).toMatchObject([{city: 'Vientiane', country: 'LA'}])
  })

  it('should read Panama City as the capital of Panama', () => {
    expect(extractPlaces('On May 22-24, the forum was held in Panama City, Panama.')[0]).toMatchObject({city: 'Panama City', country: 'PA'})
  })

  it('should read `Korea` alone as the Republic of Korea', () => {
    expect(extractPlaces('In May, the delegation visited Korea and Mongolia.').map((place) => place.country)).toEqual(['KR', 'MN'])
  })

  it('should read a city after “was held in” with its country from GeoNames', () => {
    expect(extractPlaces('On June 12, the conference was held in Islamabad. About 400 experts took part.')).toEqual([
      {city: 'Islamabad', country: 'PK'}
    ])
  })

  it('should read the venue of a named event that people attended, in a later sentence', () => {
    expect(
      extractPlaces('In March, AYVN sent a delegation to Brazil. The delegation attended the Afro-Brazilian Youth Dialogue in São Paulo and visited centres in Salvador.')
    ).toEqual([
      {city: 'São Paulo', country: 'BR'},
      {city: 'Salvador', country: 'BR'}
    ])
  })

  it('should read Karaganda, Turkistan and Lalitpur by their English names, and not where a body was founded', () => {
    expect(extractPlaces('The UVK held its annual general assembly in Karaganda on September 14, 2023.')).toEqual([{city: 'Karaganda', country: 'KZ'}])
    expect(extractPlaces('On 14 April, 1,200 runners took part in the run in Lalitpur.')).toEqual([{city: 'Lalitpur', country: 'NP'}])
    expect(
      extractPlaces('In December, a delegation visited Berlin and Munich at the invitation of the German-Kazakh Partnership Association, which was founded in 1994 in Cologne.')
    ).toEqual([
      {city: 'Berlin', country: 'DE'},
      {city: 'Munich', country: 'DE'}
    ])
  })

  it('should read the city of a school, a hospital or a hotel that was the venue', () => {
    expect(extractPlaces('On Jan. 7th, the donation ceremony was held in a secondary school of Kathmandu, Nepal.')).toEqual([{city: 'Kathmandu', country: 'NP'}])
  })

  it('should not read where a body sits as the venue', () => {
    expect(
      extractPlaces('The Fondation Akwaba pour l’Enfance (FAE), whose headquarters are in Abidjan, received on 28 October in Bouaké a donation of school kits.')
    ).toEqual([{city: 'Bouaké', country: 'CI'}])
  })

  it('should read the town an event was held near in the first sentence, and where a group was sent to', () => {
    expect(extractPlaces('From 5 to 9 December, a team of 18 volunteers ran a floating clinic on the Rio Negro near Manaus, Brazil.')).toContainEqual({
      city: 'Manaus',
      country: 'BR'
    })
    expect(extractPlaces('From September 28 to October 3, the council sent a 12-member youth art troupe from Kathmandu to Chengdu, Sichuan Province.')).toContainEqual(
      expect.objectContaining({city: 'Chengdu', country: 'CN'})
    )
  })

  it('should read where someone was seen to travel to', () => {
    expect(extractPlaces('Early November saw our Vice-President Mrs. Awa Gueye travel to Paris and Lyon, France, for a conference.')).toEqual([
      {city: 'Paris', country: 'FR'},
      {city: 'Lyon', country: 'FR'}
    ])
  })

  it('should read neither where raised funds go nor where a long-named first edition was held', () => {
    expect(extractPlaces('On 24th December, it held a concert in Belgrade, Serbia, raising funds for children’s hospitals in Belgrade and Novi Sad.')).toEqual([
      {city: 'Belgrade', country: 'RS'}
    ])
    expect(extractPlaces('On 13 October, the forum was held in Moscow, Russia. The first Eurasian Women’s NGO Forum was held in St. Petersburg in 2018.')).toEqual([
      {city: 'Moscow', country: 'RU'}
    ])
  })

  it('should read where things were taken to (`to hospitals in …`), not where people will go (`to travel in …`)', () => {
    expect(extractPlaces('In May, masks were distributed by volunteers to hospitals in Taldykorgan and Almaty.')).toEqual([
      {city: 'Taldykorgan', country: 'KZ'},
      {city: 'Almaty', country: 'KZ'}
    ])
    expect(extractPlaces('In May, the board met in Astana and agreed to meet in Almaty.')).toEqual([{city: 'Astana', country: 'KZ'}])
    expect(extractPlaces('In May, they met online to discuss in detail.')).toEqual([])
  })

  it('should read the city of a country and its city run together, and only that', () => {
    expect(extractPlaces('In July 11, the exchange was held in LaosVientiane. Some 100 doctors attended.')).toEqual([{city: 'Vientiane', country: 'LA'}])
    expect(extractPlaces('In July 11, the exchange was held in Laos Vientiane. Some 100 doctors attended.')).toEqual([{city: 'Vientiane', country: 'LA'}])
    // (Two places of different countries, or a word that is no place, give no city.)
    expect(extractPlaces('In July, the exchange was held in LaosHanoi.')).toEqual([])
    expect(extractPlaces('In July, the exchange was held in GreenVientiane.')).toEqual([])
  })

  it('should read `in` and `at` after any white space, and `In` only opening a sentence', () => {
    expect(extractPlaces('On June 12, the forum was held\u00a0in\tIslamabad.')).toEqual([{city: 'Islamabad', country: 'PK'}])
    expect(extractPlaces('On June 12, the forum was held\nat  Islamabad.')).toEqual([{city: 'Islamabad', country: 'PK'}])
    expect(extractPlaces('On June 12, the forum was held In Islamabad.')).toEqual([])
    expect(extractPlaces('On June 12, the forum was held within Islamabad.')).toEqual([])
    expect(extractPlaces('In Latvia, the forum opened. In Estonia, talks were held.')).toEqual([{country: 'LV'}, {country: 'EE'}])
  })

  it('should read a province as the region, not a city', () => {
    expect(extractPlaces('On 24th June, the Women’s Forum was staged in Kunming, Yunnan Province.')).toEqual([
      {city: 'Kunming', country: 'CN', region: 'Yunnan Province'}
    ])
  })

  it('should read every country a delegation visited, in order', () => {
    expect(extractPlaces('From March 3 to 9, a delegation of the Kenya Red Cross Society visited Ethiopia, Uganda and Rwanda.')).toEqual([
      {country: 'ET'},
      {country: 'UG'},
      {country: 'RW'}
    ])
  })

  it('should read the country volunteers arrived in', () => {
    expect(extractPlaces('In May, 20 volunteers of the foundation arrived in Mauritius and started their service.')).toEqual([{country: 'MU'}])
  })

  it('should resolve old and misspelled names: Rangoon, Burma, Columbia, Czech', () => {
    expect(extractPlaces('On May 2, the school was opened in Rangoon.')).toEqual([{city: 'Rangoon', country: 'MM'}])
    expect(extractPlaces('On May 2, the delegation visited Burma and Czech.')).toEqual([{country: 'MM'}, {country: 'CZ'}])
    expect(extractPlaces('On May 2, the fair was held in Cali, Columbia.')).toEqual([{city: 'Cali', country: 'CO'}])
  })

  it('should read both places an online event linked, and a hybrid event’s venue or where its exhibits were shown in a later sentence', () => {
    expect(extractPlaces('On April 20, the dialogue was held through video conference between Tianjin and Kitakyushu.')).toEqual([
      {city: 'Tianjin', country: 'CN'},
      {city: 'Kitakyushu', country: 'JP'}
    ])
    expect(extractPlaces('On May 2, the camp opened. The camp was held online with its main venue in Kunming, Yunnan Province.')).toEqual([
      {city: 'Kunming', country: 'CN', region: 'Yunnan Province'}
    ])
    expect(extractPlaces('On May 2, the exhibition opened. 120 photos were displayed online as well as offline in Cairo and Wuhan.')).toEqual([
      {city: 'Cairo', country: 'EG'},
      {city: 'Wuhan', country: 'CN'}
    ])
    // (Not a dialogue between two countries held in one place, nor a later sentence's other places.)
    expect(extractPlaces('On May 2, a dialogue between China and Japan was held in Tianjin.')).toEqual([{city: 'Tianjin', country: 'CN'}])
    expect(extractPlaces('On May 2, the exhibition opened in Cairo. Its photos were taken in Wuhan.')).toEqual([{city: 'Cairo', country: 'EG'}])
  })

  it('should read no place a show will later travel to', () => {
    expect(extractPlaces('On 24th June, the exhibition opened in Phnom Penh, and will later travel to Battambang and Sihanoukville.')).toEqual([
      {city: 'Phnom Penh', country: 'KH'}
    ])
  })

  it('should read no venue in a neighbourhood before its city, and a province named with a particle whole', () => {
    expect(extractPlaces('From October 23 to 27, the network hosted a delegation in Barangay San Roque, Quezon City.')).toEqual([
      {city: 'Quezon City', country: 'PH'}
    ])
    expect(extractPlaces('On December 27, volunteers opened a kitchen in Iligan City, Lanao del Norte.')).toEqual([
      {city: 'Iligan City', country: 'PH', region: 'Lanao del Norte'}
    ])
  })

  it('should know Central Asian cities by their English names, which GeoNames files in Uzbek Latin or another spelling', () => {
    expect(extractPlaces('On 16 May, the fair opened in Khiva, and a training was held in Andijan.')).toEqual([
      {city: 'Khiva', country: 'UZ'},
      {city: 'Andijan', country: 'UZ'}
    ])
  })

  it('should read a region’s name as a city when a province follows it after a comma', () => {
    expect(extractPlaces('On September 27, the forum was held in Lumbini, Province No. 5, on World Tourism Day.')).toEqual([{city: 'Lumbini', country: 'NP'}])
    // (A region alone stays one.)
    expect(extractPlaces('On September 27, the forum was held in Lumbini.')).toEqual([{country: 'NP', region: 'Lumbini'}])
  })

  it('should read a known city written with `City` after its name as written', () => {
    expect(extractPlaces('On July 8, the forum was held in Davao City.')).toEqual([{city: 'Davao City', country: 'PH'}])
    expect(extractPlaces('On July 8, volunteers arrived in Tacloban City, Leyte.')).toEqual([{city: 'Tacloban City', country: 'PH', region: 'Leyte'}])
  })

  it('should know China’s prefecture-level cities that GeoNames lists without a population', () => {
    expect(extractPlaces('On August 12, the guests visited Xi’an and Baoji.')).toEqual([
      {city: 'Xi’an', country: 'CN'},
      {city: 'Baoji', country: 'CN'}
    ])
    expect(extractPlaces('On August 12, the fair was held in Liuzhou.')).toEqual([{city: 'Liuzhou', country: 'CN'}])
  })

  it('should read official short names the ISO English names lack, and official long forms', () => {
    expect(extractPlaces('On May 2, the delegation visited the Kyrgyz Republic and the Slovak Republic.')).toEqual([{country: 'KG'}, {country: 'SK'}])
    expect(extractPlaces('On May 2, the delegation visited the Republic of Maldives and the Kingdom of Thailand.')).toEqual([{country: 'MV'}, {country: 'TH'}])
  })

  it('should read a city’s name after a city and its comma, then a designation in lower case, as the city’s region', () => {
    expect(extractPlaces('On May 2, aid was delivered in Sirajganj, Rajshahi division.')).toEqual([{city: 'Sirajganj', country: 'BD', region: 'Rajshahi'}])
    // (Two cities after a comma stay two: `… in Xi’an, Baoji and Yan’an`.)
    expect(extractPlaces('On May 2, the guests visited Dhaka, Rajshahi and Khulna.')).toEqual([
      {city: 'Dhaka', country: 'BD'},
      {city: 'Rajshahi', country: 'BD'},
      {city: 'Khulna', country: 'BD'}
    ])
  })

  it('should read Hong Kong, Macao and Taiwan with their own codes', () => {
    expect(extractPlaces('On May 2, the alliance was founded in Hong Kong.')).toEqual([{city: 'Hong Kong', country: 'HK'}])
    expect(extractPlaces('On May 2, the forum was staged in Macao.')).toEqual([{city: 'Macao', country: 'MO'}])
    expect(extractPlaces('On May 2, the youth camp was held in Taiwan.')).toEqual([{country: 'TW'}])
  })

  it('should take the country written beside a city over the gazetteer’s guess', () => {
    expect(extractPlaces('On June 28, the seminar was held in the College of Europe located in Bruges of Belgium.')).toEqual([
      {city: 'Bruges', country: 'BE'}
    ])
  })

  it('should not read a country inside an organization’s name as a venue', () => {
    expect(
      extractPlaces('On March 1, at the invitation of Thailand Journalists Association, the delegation attended a conference in Hanoi.')
    ).toEqual([{city: 'Hanoi', country: 'VN'}])
  })

  it('should not read where an earlier event was held', () => {
    expect(
      extractPlaces('On May 4, the Second Medical Congress was held in Lahore. In January 2016, the First Medical Congress was staged in Karachi, Pakistan.')
    ).toEqual([{city: 'Lahore', country: 'PK'}])
  })

  it('should not read the place of a future event', () => {
    expect(extractPlaces('On June 7, the two sides discussed the forum which will be held in Tianjin in November.')).toEqual([])
  })

  it('should read the city in the name of a venue institution', () => {
    expect(extractPlaces('On August 5, the seminar on cultural diplomacy was held at Seoul National University.')).toEqual([
      {city: 'Seoul', country: 'KR'}
    ])
  })

  it('should read a settlement not in the gazetteer when its country follows', () => {
    expect(extractPlaces('On May 30, the school was opened in Kifri Village, Diyala Governorate, Iraq.')).toEqual([
      {city: 'Kifri Village', country: 'IQ', region: 'Diyala Governorate'}
    ])
  })

  it('should read a sentence opening “In Latvia,” as a venue of the visit', () => {
    expect(extractPlaces('From January 12 to 16, a delegation went on a tour. In Latvia, the delegation met with the Prime Minister.')).toEqual([
      {country: 'LV'}
    ])
  })

  it('should read a capital filed as a region as a city when its country follows', () => {
    expect(extractPlaces('On the morning of March 3, the Youth Friendship Week opened in Ulaanbaatar, Mongolia.')).toEqual([
      {city: 'Ulaanbaatar', country: 'MN'}
    ])
  })

  it('should read a province below the first level of ISO 3166-2', () => {
    expect(extractPlaces('On June, 17th, volunteers planted 2,000 mangroves in Leyte Province.')).toEqual([
      {country: 'PH', region: 'Leyte Province'}
    ])
  })

  it('should read “X, the capital of Y” as one venue', () => {
    expect(extractPlaces('On May 4, the fair was held in Kathmandu, the capital of Nepal.')).toEqual([{city: 'Kathmandu', country: 'NP'}])
  })

  it('should read “In Shanghai and Hangzhou,” opening a later sentence', () => {
    expect(extractPlaces('On May 4, the delegation began its tour. In Shanghai and Hangzhou, it met local volunteers.')).toEqual([
      {city: 'Shanghai', country: 'CN'},
      {city: 'Hangzhou', country: 'CN'}
    ])
  })

  it('should read capitals GeoNames files under another spelling as cities', () => {
    expect(extractPlaces('A workshop was held in Ulaanbaatar, with the theme “Resilient Communities”.')).toEqual([{city: 'Ulaanbaatar', country: 'MN'}])
    expect(extractPlaces('The forum was held in Naypyidaw.')).toEqual([{city: 'Naypyidaw', country: 'MM'}])
  })

  it('should go on with a list of places after a comma before `and`', () => {
    expect(extractPlaces('A delegation visited Guangzhou, Guangdong Province, and Shenzhen. It toured a factory.')).toEqual([
      {city: 'Guangzhou', country: 'CN', region: 'Guangdong Province'},
      {city: 'Shenzhen', country: 'CN'}
    ])
    expect(extractPlaces('The delegation visited Spain, Italy, and Austria.')).toEqual([{country: 'ES'}, {country: 'IT'}, {country: 'AT'}])
  })

  it('should read a country whose name holds `of`', () => {
    expect(extractPlaces('The forum was held in Seoul, Republic of Korea.')).toEqual([{city: 'Seoul', country: 'KR'}])
    expect(extractPlaces('The meeting was held in Kinshasa, Democratic Republic of the Congo.')).toEqual([{city: 'Kinshasa', country: 'CD'}])
    expect(extractPlaces('The delegation visited the Republic of Korea and Japan.')).toEqual([{country: 'KR'}, {country: 'JP'}])
  })

  it('should read Inner Mongolia as a region of China, not as Mongolia', () => {
    expect(extractPlaces('A delegation arrived in Hohhot, Inner Mongolia, for a study tour.')).toEqual([{city: 'Hohhot', country: 'CN', region: 'Inner Mongolia'}])
    expect(extractPlaces('The delegation visited Inner Mongolia Women’s Federation in Hohhot.')).toEqual([{city: 'Hohhot', country: 'CN'}])
  })

  it('should not read a country inside an unknown region written after a city', () => {
    expect(extractPlaces('The forum was held in Baotou, Inner Borduria.')).toEqual([{city: 'Baotou', country: 'CN'}])
  })

  it('should read a city GeoNames writes in two words written as one, and the place of a site visited', () => {
    expect(extractPlaces('Besides, the delegation visited a dairy cooperative run by women in Xilinhot.')).toEqual([{city: 'Xilinhot', country: 'CN'}])
  })

  it('should read a city whose name holds `de`', () => {
    expect(extractPlaces('The forum was held in Rio de Janeiro, Brazil.')).toEqual([{city: 'Rio de Janeiro', country: 'BR'}])
  })

  it('should read every city a delegation was led to visit', () => {
    expect(extractPlaces('Dr. Sesay led a delegation of 9 people to visit Beijing, Chengdu and Xi’an at the invitation of the society.')).toEqual([
      {city: 'Beijing', country: 'CN'},
      {city: 'Chengdu', country: 'CN'},
      {city: 'Xi’an', country: 'CN'}
    ])
  })

  it('should read the place after the site where people of a later sentence gathered', () => {
    expect(extractPlaces('The training was given online. More than 120 doctors gathered at the meeting hall of LRC in Vientiane to attend it.')).toEqual([
      {city: 'Vientiane', country: 'LA'}
    ])
  })

  it('should not read the venue of an earlier edition or of a founding in a later sentence', () => {
    expect(extractPlaces('On July 10, the forum was held in Kunming. The forum was first held in Dhaka, Bangladesh in 2015.')).toEqual([{city: 'Kunming', country: 'CN'}])
    expect(extractPlaces('On July 10, the forum opened in Kunming. The network was founded in Bangkok in 2009.')).toEqual([{city: 'Kunming', country: 'CN'}])
  })

  it('should read the place of a later sentence whose subject is the event, and of sites visited without an article', () => {
    expect(extractPlaces('On July 20, the foundation handed over ten wells. The opening ceremony in Mithi, Sindh Province, drew about 250 people.')).toEqual([
      {city: 'Mithi', country: 'PK', region: 'Sindh Province'}
    ])
    expect(extractPlaces('The team arrived on May 3. Over the following week the team visited health posts in Gondar and Kombolcha.')).toEqual([
      {city: 'Gondar', country: 'ET'},
      {city: 'Kombolcha', country: 'ET'}
    ])
  })

  it('should read a name the gazetteer knows as a district as a city when the text says it is a town', () => {
    expect(extractPlaces('The system was commissioned in Kyotera, a town in southern Uganda.')).toEqual([{city: 'Kyotera', country: 'UG'}])
    expect(extractPlaces('The system was commissioned in Kyotera District.')).toEqual([{country: 'UG', region: 'Kyotera District'}])
  })

  it('should read city names with lower-case particles', () => {
    expect(extractPlaces('A clinic was opened in Dar es Salaam, Tanzania.')).toEqual([{city: 'Dar es Salaam', country: 'TZ'}])
    expect(extractPlaces('A clinic was opened in Rio de Janeiro.')).toEqual([{city: 'Rio de Janeiro', country: 'BR'}])
  })

  it('should read a later sentence opening with a place and its subject, without a comma', () => {
    expect(extractPlaces('A delegation visited Kyrgyzstan. In Bishkek the guests met with 12 members.')).toEqual([{city: 'Bishkek', country: 'KG'}])
    expect(extractPlaces('A forum opened in Beijing. In April the delegation went home.')).toEqual([{city: 'Beijing', country: 'CN'}])
  })

  it('should read cities and countries whose names hold `of` or `and`', () => {
    expect(extractPlaces('A clinic was opened in Kingston, Jamaica, and in Port of Spain, Trinidad and Tobago.')).toEqual([{city: 'Kingston', country: 'JM'}, {city: 'Port of Spain', country: 'TT'}])
    expect(extractPlaces('The delegation visited Trinidad and Tobago.')).toEqual([{country: 'TT'}])
  })

  it('should read where an event went on, and not where a travelling body is based', () => {
    expect(extractPlaces('The week opened in Bogotá. The week continued in Medellín with a fair.')).toEqual([{city: 'Bogotá', country: 'CO'}, {city: 'Medellín', country: 'CO'}])
    expect(extractPlaces('A delegation of the Angkor Hospital for Children (AHC) in Siem Reap visited Thailand.')).toEqual([{country: 'TH'}])
    expect(extractPlaces('Ms Hoa, Director of the Centre for Women & Development (CWD) in Hanoi, led an eight-member delegation of activists to Vienna, Austria.')).toEqual([{city: 'Vienna', country: 'AT'}])
    expect(extractPlaces('The Kenya Red Cross Society in Nairobi hosted a training.')).toEqual([{city: 'Nairobi', country: 'KE'}])
  })

  it('should read a city GeoNames writes with a hyphen', () => {
    expect(extractPlaces('A workshop was held in Port Vila, Vanuatu.')).toEqual([{city: 'Port Vila', country: 'VU'}])
  })

  it('should not read past journeys, earlier editions, future clauses, consulates or quoted themes as venues', () => {
    expect(extractPlaces('Volunteers opened a library in Luang Prabang, Laos. The program has sent 86 volunteers to Laos and Myanmar since 2016.')).toEqual([{city: 'Luang Prabang', country: 'LA'}])
    expect(extractPlaces('The forum opened in Belgrade. The first forum was held in Novi Sad in October 2019.')).toEqual([{city: 'Belgrade', country: 'RS'}])
    expect(extractPlaces('A kitchen was opened in Nairobi, Kenya, which will provide 10,000 meals for pupils in Nairobi and Kisumu.')).toEqual([{city: 'Nairobi', country: 'KE'}])
    expect(extractPlaces('A group of 36 consuls general of the consulates general of Thailand in Kunming visited Jinghong.')).toEqual([{city: 'Jinghong', country: 'CN'}])
    expect(extractPlaces('An online forum themed “From the Andes to the Hengduan Mountains” opened.')).toEqual([])
  })

  it('should read a venue after a preposition glued to its verb, and after a kind of place and `of`', () => {
    expect(extractPlaces('On 16 February, a workshop on coral reefs was heldin Havana, Cuba, under the theme “Reefs”.')).toEqual([{city: 'Havana', country: 'CU'}])
    expect(extractPlaces('On 16 July, 20,000 masks were handed over at the city hall of Fujisawa, Japan, the sister city of Kunming.')).toEqual([{city: 'Fujisawa', country: 'JP'}])
    expect(extractPlaces('On May 5, the forum opened in the old town of Kashgar.')).toEqual([{city: 'Kashgar', country: 'CN'}])
    // (Not a preposition glued before a word in lower case.)
    expect(extractPlaces('On May 5, the forum was heldin the spring.')).toEqual([])
  })

  it('should not read where a body’s own programmes or projects are as the venue', () => {
    expect(extractPlaces('The club held its dinner for our water projects in Sierra Leone and Kenya at the Mansion House in Bristol.')).toEqual([{city: 'Bristol', country: 'GB'}])
    expect(extractPlaces('The choir ended its tour in Cork, Ireland, with two concerts in aid of our girls’ football programme in Ghana.')).toEqual([{city: 'Cork', country: 'IE'}])
  })

  it('should read a country named as its city after that city once (`Panama City, Panama`), and a city before its province without a comma', () => {
    expect(extractPlaces('On May 5, the forum was held in Panama City, Panama.')).toEqual([{city: 'Panama City', country: 'PA'}])
    expect(extractPlaces('On May 5, the forum was held in Lanzhou Gansu Province.')).toEqual([{city: 'Lanzhou', country: 'CN'}])
    expect(extractPlaces('On May 5, the forum was held in Gansu Province.')).toEqual([{country: 'CN', region: 'Gansu Province'}])
  })

  it('should read a later venue after `held` and a day (`was held on December, 17th in Hong Kong`)', () => {
    expect(extractPlaces('On December 16, the forum opened in Macao. The closing ceremony was held on December, 17th in Hong Kong.')).toEqual([
      {city: 'Macao', country: 'MO'},
      {city: 'Hong Kong', country: 'HK'}
    ])
  })

  it('should read a city the gazetteer knows only with `City` after it, as written, and not a region so', () => {
    expect(extractPlaces('On May 5, the camp was held in Jeju, South Korea.')).toEqual([{city: 'Jeju', country: 'KR'}])
    expect(extractPlaces('On May 5, the camp was held in Kansas.')).toEqual([{country: 'US', region: 'Kansas'}])
  })

  it('should read the venues of a later sentence that opens with days of the event and its own people', () => {
    expect(extractPlaces('At the beginning of June, the association received a delegation of Argentine NGOs. On June 5 to 14, the delegation visited Beijing, Xi’an and Chengdu.')).toEqual([
      {city: 'Beijing', country: 'CN'},
      {city: 'Xi’an', country: 'CN'},
      {city: 'Chengdu', country: 'CN'}
    ])
    expect(extractPlaces('On May 5, the camp opened in Osh. In 2016, the first camp was held in Bishkek.')).toEqual([{city: 'Osh', country: 'KG'}])
  })

  it('should read no region or city in a body’s compass words (`Far Eastern Federal University`)', () => {
    expect(extractPlaces('On April 3, 24 students studied at the Far Eastern Federal University in Vladivostok, Russia.')).toEqual([{city: 'Vladivostok', country: 'RU'}])
  })

  it('should take the country of the state written after a city and its comma (`Santa Fe, New Mexico`)', () => {
    expect(extractPlaces('On May 3, teachers visited schools in Santa Fe, New Mexico.')).toEqual([{city: 'Santa Fe', country: 'US', region: 'New Mexico'}])
  })

  it('should read a venue that opens a clause of its own in a later sentence (`; in Valletta, it …`, `In Medellín they …`)', () => {
    expect(extractPlaces('On May 3, a fair opened in Bogotá, Colombia. In Medellín they visited a school.')).toEqual([{city: 'Bogotá', country: 'CO'}, {city: 'Medellín', country: 'CO'}])
    expect(extractPlaces('On May 4, the exhibition opened in Palermo, Italy, and later went online; in Valletta, it was received by students.')).toEqual([{city: 'Palermo', country: 'IT'}, {city: 'Valletta', country: 'MT'}])
  })

  it('should read no venue where a body began or where people came from', () => {
    expect(extractPlaces('Founded in 1992 in Leipzig, the society held a fair in Almaty on May 22-24.')).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(extractPlaces('In August 24 students from the Universidad Nacional de Colombia in Bogotá spent three weeks at Chongqing University in Chongqing.')).toEqual([{city: 'Chongqing', country: 'CN'}])
  })

  it('should take the country of a state in parentheses after a city, and read cities under other spellings', () => {
    expect(extractPlaces('On May 5, a fair opened in Kochi (Kerala).')).toEqual([{city: 'Kochi', country: 'IN', region: 'Kerala'}])
    expect(extractPlaces('On May 3, the delegation arrived in Québec City, Canada.')).toEqual([{city: 'Québec City', country: 'CA'}])
    expect(extractPlaces('On May 4, a fair opened in Nizhny Novgorod.')).toEqual([{city: 'Nizhny Novgorod', country: 'RU'}])
  })

  it('should read no venue in an earlier edition that took place elsewhere', () => {
    expect(extractPlaces('On May 3, a conference on glaciers opened in Ankara, Türkiye. The first such conference took place in Bishkek in 1995.')).toEqual([{city: 'Ankara', country: 'TR'}])
  })

  it('should read Odesa, as Ukraine spells it', () => {
    expect(extractPlaces('On May 4, a fair opened in Odesa.')).toEqual([{city: 'Odesa', country: 'UA'}])
  })
})

describe('extractPlaces with the item’s year', () => {
  it('should read a place said to be of an earlier year as background, not as a venue', () => {
    const text = 'On July 15, the delegation visited Almaty. The two bodies first met at a forum held in Xi’an in 2019.'
    expect(extractPlaces(text, {year: 2024})).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(extractPlaces('On May 5, the school opened in Sofia. The first school, held in Plovdiv in January 2019, had 11 pupils.', {year: 2022})).toEqual([{city: 'Sofia', country: 'BG'}])
    expect(extractPlaces('On May 5, the memorandum was signed in Bogotá. The two bodies first met at the 2019 Silk Road NGO forum in Xi’an.', {year: 2021})).toEqual([{city: 'Bogotá', country: 'CO'}])
  })

  it('should keep a place of the item’s own year, and read every place without the year', () => {
    expect(extractPlaces('On May 5, the forum was held in Almaty in 2024.', {year: 2024})).toEqual([{city: 'Almaty', country: 'KZ'}])
    expect(extractPlaces('On July 15, the delegation visited Almaty. They first met at a forum held in Xi’an in 2019.')).toHaveLength(2)
  })
})

describe('extractPlaces with a region named by a point of the compass', () => {
  it('should keep the city’s country over a region that many countries name alike', () => {
    expect(extractPlaces('On May 5, bags reached pupils in Tamale, Northern Region.')).toEqual([{city: 'Tamale', country: 'GH', region: 'Northern Region'}])
  })

  it('should read Basra, Kashi and Gomel by the names English bulletins use', () => {
    expect(extractPlaces('A warehouse was opened in Basra on July 8.')).toEqual([{city: 'Basra', country: 'IQ'}])
    expect(extractPlaces('The medical team arrived in Kashi, Xinjiang Uygur Autonomous Region.')).toEqual([
      {city: 'Kashi', country: 'CN', region: 'Xinjiang Uygur Autonomous Region'}
    ])
    expect(extractPlaces('The camp was held in Gomel, Belarus.')).toEqual([{city: 'Gomel', country: 'BY'}])
  })
})

