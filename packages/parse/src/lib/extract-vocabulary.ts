/**
 * Word lists the rule-based extractors share. They are closed-class English
 * vocabulary (the nouns that head organization names, the words of job titles,
 * the nouns that name events), not lists of names.
 */

/** Nouns that end or head an organization's name (`… Association`, `Ministry of …`), lower case. */
export const organizationHeads: ReadonlySet<string> = new Set([
  'association', 'federation', 'network', 'ministry', 'university', 'committee', 'foundation', 'council',
  'organization', 'organisation', 'institute', 'labs', 'utilities', 'fédération', 'mission',
  'institution', 'society', 'center', 'centre', 'group', 'company', 'bank', 'fund', 'union', 'league',
  'party', 'parliament', 'department', 'agency', 'program', 'programme', 'confederation', 'commission', 'chamber',
  'club', 'academy', 'college', 'school', 'hospital', 'office', 'edition', 'bureau', 'authority', 'administration', 'government',
  'corporation', 'consortium', 'alliance', 'secretariat', 'embassy', 'consulate', 'delegation', 'team', 'daily', 'television', 'radio', 'times', 'post', 'press', 'express', 'exchange', 'headquarters', 'trust',
  'congress', 'assembly', 'cabinet', 'court', 'police', 'army', 'navy', 'board', 'inc', 'ltd', 'limited', 'llc',
  'consulting', 'international', 'platform', 'house', 'hall', 'studio', 'dialogue', 'coalition', 'movement', 'cross',
  'crescent', 'forum', 'network', 'municipality', 'charity', 'akimat', 'hokimiyat', 'aid', 'evening', 'news', 'theatre', 'theater', 'orchestra', 'philharmonic', 'ensemble',
  'opera', 'ballet', 'museum', 'gallery', 'conservatory', 'conservatoire', 'troupe', 'choir',
  'holdings', 'airlines', 'airways', 'clinic', 'polyclinic', 'dispensary', 'kindergarten', 'orphanage', 'service', 'stiftung', 'friends', 'cooperative', 'co-operative', 'kreuz', 'kruis', 'church', 'archdiocese', 'diocese', 'umbrella', 'incorporated', 'community', 'gesellschaft', 'fonds', 'institutet', 'institut', 'verein', 'verband', 'microfinance',
  'guild', 'collective', 'library', 'partnership', 'faculty', 'circle',
  // Turkish heads, which end a name as English ones do (`… Sanatlar Vakfı`, `… Derneği`, `Türk Kızılay`).
  'vakfı', 'derneği', 'birliği', 'federasyonu', 'odası', 'üniversitesi', 'belediyesi', 'merkezi', 'kızılay',
  // Amharic's `Mahber` (association), which ends a name as English heads do (`Yegna Limat Mahber`).
  'mahber', 'mahiber'
])

/**
 * The heads of names that bulletins keep in Spanish, Portuguese, French, Italian, Polish,
 * Dutch, German, Czech, Swahili, Indonesian, Malay, Tagalog, South Slavic, Albanian or transliterated Arabic
 * (`Fundación Natura Colombia`, `Politecnico di Milano`, `Fundacja
 * Integracja`, `Stichting Stadslandbouw Rotterdam`), lower case: they open the name.
 */
export const headFirstHeads: ReadonlySet<string> = new Set([
  'fundación', 'fundacion', 'fundação', 'fundacao', 'fondation', 'fondazione', 'politecnico', 'universidad',
  'universidade', 'università', 'universita', 'université', 'universite', 'instituto', 'istituto', 'asociación',
  'asociacion', 'associação', 'associacao', 'associazione', 'federación', 'federacion', 'sociedad', 'sociedade', 'società',
  'société', 'societe', 'ministerio', 'ministério', 'ministère', 'ministere', 'ministero', 'banco', 'banque', 'centro',
  'comité', 'comisión', 'comision', 'consejo', 'conselho', 'conseil', 'confederación', 'confederacion', 'musée', 'musee',
  'museo', 'museu', 'biblioteca', 'bibliothèque', 'teatro', 'théâtre', 'galleria', 'galería', 'pinacoteca', 'accademia',
  'academia', 'archivo', 'escuela', 'école', 'scuola', 'colegio', 'orquesta', 'orchestre', 'association', 'réseau', 'reseau', 'alliance', 'agence', 'coopérative', 'caisse', 'mutuelle', 'collectif', 'observatoire', 'chambre', 'confédération', 'syndicat', 'groupement', 'plateforme',
  'fundacja', 'stichting', 'stiftung', 'orchestra', 'gesellschaft', 'institut', 'instytut', 'stowarzyszenie', 'nadace',
  'chama', 'jumuiya', 'shirika', 'umoja', 'taasisi', 'chuo', 'universitas', 'universiti',
  'yayasan', 'lembaga', 'perkumpulan', 'pertubuhan', 'persatuan', 'himpunan', 'ikatan', 'gereja', 'majelis', 'majlis',
  'dewan', 'kementerian', 'samahan', 'kilusan', 'caritas', 'charita', 'hospital', 'cámara', 'câmara', 'municipalidad',
  'alcaldía', 'alcaldia', 'prefeitura', 'ballet', 'secretaría', 'secretaria', 'corporación', 'corporacion', 'junta',
  'plataforma', 'cooperativa', 'intendencia', 'gobernación', 'gobernacion', 'escola', 'faculdade', 'facultad', 'rede',
  'cáritas',
  // South Slavic, Albanian and transliterated Arabic (`Udruženje …`, `Shoqata …`, `Jamiat Al-Amal …`).
  'udruženje', 'udruzenje', 'udruga', 'savez', 'fondacija', 'društvo', 'drustvo', 'zajednica', 'shoqata', 'qendra',
  'fondacioni', 'këshilli', 'keshilli', 'lidhja', 'jamiat', 'jamiyat', 'jamiyyat', 'markaz', 'muassasat', 'ittihad', 'multaqa',
  'rabitat'
])

/**
 * Heads that name an organization only with a complement or a qualifier in front
 * (`Forum of …`, `Inter-American Dialogue`), never as the whole name's last word of an event.
 */
export const weakHeads: ReadonlySet<string> = new Set([
  'international', 'platform', 'house', 'hall', 'dialogue', 'forum', 'exchange', 'congress', 'team', 'evening', 'news',
  'post', 'times', 'press', 'express', 'program', 'programme', 'group', 'radio', 'television', 'service', 'friends', 'community'
])

/**
 * The particles of Turkic patronymics, which go on with a name or end it (`Elchin Tofiq oglu Huseynov`, `Aibek Kadyr
 * uulu`, `Malika Rustam qizi`, `Jasur Akmal o'g'li`), as written.
 */
export const patronymicParticles: ReadonlySet<string> = new Set(['oglu', 'oğlu', 'ogly', 'uulu', 'kyzy', 'qizi', 'qızı', 'gyzy', "o'g'li", 'o‘g‘li', 'o’g’li'])

/** Nouns that name events rather than bodies (`Forum`, `Summit`), lower case. */
export const eventNouns: ReadonlySet<string> = new Set([
  'forum', 'conference', 'summit', 'symposium', 'dialogue', 'congress', 'expo', 'exposition', 'fair', 'festival',
  'seminar', 'meeting', 'camp', 'gala', 'ceremony', 'convention', 'roundtable', 'workshop', 'exhibition', 'games',
  'olympics', 'session', 'week', 'day', 'year', 'reception', 'competition', 'contest', 'tour', 'course', 'training',
  'declaration', 'initiative', 'memorandum', 'agreement', 'treaty', 'law', 'consensus', 'plan', 'agenda', 'report',
  'contract', 'project', 'action', 'award', 'awards', 'prize', 'show', 'concert', 'launch', 'celebration', 'mechanism',
  'clause', 'cooperation', 'program', 'programme', 'corridor', 'park'
])

/** Title words that, alone, are a person's title (the others only qualify one). */
export const titleHeads: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'vice-chairman', 'vice-chair', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'co-chair', 'director', 'director-general', 'general-director', 'secretary', 'secretary-general', 'minister',
  'speaker', 'governor', 'ambassador', 'head', 'envoy', 'negotiator', 'professor', 'mayor', 'founder', 'co-founder',
  'ceo', 'manager', 'officer', 'representative', 'counsellor', 'counselor', 'consul', 'consul-general',
  'commissioner', 'adviser', 'advisor', 'senator', 'dean', 'principal', 'leader', 'coordinator', 'editor',
  'editor-in-chief', 'king', 'queen', 'prince', 'princess', 'premier', 'chancellor', 'rector', 'general', 'councillor',
  'councilor', 'chief', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'madam', 'sir', 'h.e.',
  'coach', 'head-coach', 'captain', 'mestre', 'maestro', 'imam', 'rabbi', 'bishop', 'reverend', 'rev.', 'sheikh',
  'colonel', 'commander', 'admiral', 'curator', 'conservator', 'daw', 'u', 'prof', 'sr.', 'sra.', 'srta.', 'dra.',
  'lic.', 'ing.', 'mtro.', 'mtra.', 'doña', 'hon.', 'khun', 'eng.', 'ratu', 'adi', 'rev.', 'mama', 'shri', 'smt.', 'smt', 'begum', 'venerable', 'ven.', 'father', 'fr.', 'mme', 'mme.', 'mlle', 'pr.', 'pr', 'hakim',
  'ibu', 'bapak', 'haji', 'hajjah', 'datuk', 'dato', 'datin', 'encik', 'puan',
  'prof.ª', 'dr.ª', 'eng.º', 'eng.ª', 'sr.ª', 'padre', 'academician', 'sheikha', 'arq.', 'gov.', 'sen.', 'rep.', 'lt.', 'gen.', 'col.', 'capt.', 'amb.', 'supt.', 'atty.', 'librarian', 'specialist', 'perit', 'dott.', 'dott.ssa', 'avv.', 'cllr', 'cllr.', 'dame', 'baroness', 'baron', 'lord', 'rt', 'rt.', 'hon', 'mag.', 'akim', 'hokim',
  'alhaji', 'alhaja', 'hajiya', 'hajia', 'mallam', 'malam', 'comrade', 'hrh', 'engr.', 'barr.', 'arc.', 'pharm.', 'emir', 'oba', 'mp', 'ombudsperson', 'ombudsman',
  'grandmaster', 'ajarn', 'phra', 'fellow', 'pastor',
  // Cambodia's honorific of a business patron (`Oknha Chea Sokunthea`), Ethiopia's `Ato` (Mr.) and `W/ro` (Mrs.), and
  // Sudan's `Ustaz` (a teacher's, a lawyer's or an elder's); then Iran's and Iraq's.
  'oknha', 'ato', 'w/ro', 'w/t', 'ustaz', 'ustadh',
  // (`Haj Mahmoud Rezaei`, `Ayatollah …`; not `Seyed`, which the golds disagree on.)
  'haj', 'ayatollah', 'hojatoleslam',
  // South Asian English's (`Er. Hari Prasad Paudel`, `Hon'ble Minister`) and Bhutan's `Dasho`.
  'er.', "hon'ble", 'hon’ble', 'dasho',
  // Kenya's titles in capitals: a Cabinet Secretary, a Principal Secretary, a Member of County Assembly (`CS Joseph Kiprono`).
  'cs', 'ps', 'mca',
  // Central European academic degrees before a name (`Mgr. Peter Horváth`, `MUDr.`, `doc.`, `dr inż.`, `dr hab.`).
  'mgr.', 'mudr.', 'judr.', 'phdr.', 'rndr.', 'doc.', 'inż.', 'hab.'
])

/**
 * Words of job titles (`Vice President`, `Secretary-General`), lower case: the {@link titleHeads}, and the words that
 * only qualify one (`vice`, `deputy`, `former`, `acting`).
 */
export const titleWords: ReadonlySet<string> = new Set([
  ...titleHeads,
  'vice', 'deputy', 'prime', 'executive', 'associate', 'assistant', 'member', 'first', 'former', 'honorary', 'permanent',
  'resident', 'senior', 'party', 'lady', 'his', 'her', 'excellency', 'then', 'acting', 'attaché', 'attache', 'expert',
  'scholar', 'convenor', 'convener', 'managing'
])

/**
 * Whether a word, lower case, is a title that alone is a person's title
 * ({@link titleHeads}), also with `vice-`, `deputy-` or `pro-` before one
 * (`vice-rector`, `vice-governor`, `pro-vice-chancellor`).
 *
 * @param word A word, lower case.
 */
export function isTitleHeadWord(word: string): boolean {
  if (titleHeads.has(word)) return true
  const prefix = /^(?:vice|deputy|pro)-/.exec(word)
  return prefix !== null && isTitleHeadWord(word.slice(prefix[0].length))
}

/**
 * Words of a minister's or secretary's portfolio (`Minister of Education`,
 * `Secretary of State`, `Minister of Foreign Affairs and Trade`), lower case:
 * after `Minister of` they end the title and a person's name may follow.
 */
export const portfolioWords: ReadonlySet<string> = new Set([
  'education', 'higher', 'foreign', 'affairs', 'culture', 'cultural', 'tourism', 'arts', 'health', 'commerce', 'trade',
  'industry', 'agriculture', 'livestock', 'fisheries', 'forestry', 'finance', 'economy', 'economic', 'planning',
  'development', 'labour', 'labor', 'employment', 'youth', 'sports', 'sport', 'women', 'gender', 'children', 'family',
  'social', 'welfare', 'information', 'communications', 'communication', 'media', 'justice', 'interior', 'home',
  'environment', 'climate', 'science', 'technology', 'innovation', 'energy', 'mines', 'mining', 'petroleum', 'water',
  'transport', 'infrastructure', 'housing', 'urban', 'rural', 'public', 'works', 'investment', 'defence', 'defense',
  'religious', 'civil', 'service', 'human', 'resources', 'natural', 'local', 'government', 'state', 'cooperation',
  'international', 'relations', 'security', 'disaster', 'management', 'emergency', 'poverty', 'alleviation', 'protection', 'assistance',
  'programmes', 'programs', 'projects', 'operations', 'partnerships', 'outreach', 'advocacy',
  // (Second words and more portfolios: `Climate Change`, `Regional Development`, `Food Security`, `Digital Economy`.)
  'change', 'regional', 'digital', 'food', 'nutrition', 'heritage', 'population', 'sanitation', 'irrigation', 'land',
  'marine', 'statistics', 'vocational', 'training', 'entrepreneurship', 'humanitarian', 'solidarity', 'senior', 'citizens',
  'elderly', 'veterans', 'families', 'community', 'empowerment', 'forest', 'forests'
])

/** Nouns that count people (`150 people`, `73 guests`), lower case, singular and plural. */
export const personNouns: ReadonlySet<string> = new Set(
  [
    'people', 'person', 'persons', 'participant', 'representative', 'guest', 'volunteer', 'delegate', 'attendee',
    'expert', 'scholar', 'ambassador', 'student', 'youth', 'youngster', 'teacher', 'journalist', 'reporter',
    'entrepreneur', 'official', 'leader', 'craftsman', 'craftsmen', 'doctor', 'athlete', 'artist', 'performer',
    'visitor', 'speaker', 'panelist', 'panellist', 'researcher', 'professional', 'trainee', 'children', 'child', 'kid',
    'woman', 'women', 'men', 'man', 'worker', 'farmer', 'villager', 'resident', 'pupil', 'staff', 'specialist',
    'executive', 'businessman', 'businessmen', 'businesspeople', 'diplomat', 'academic', 'engineer', 'nurse',
    'applicant', 'observer', 'envoy', 'mayor', 'minister', 'president', 'head', 'teenager', 'friend', 'individual',
    'runner', 'player', 'cyclist', 'musician', 'singer', 'dancer', 'graduate', 'fellow', 'sportsman', 'sportsmen',
    'mother', 'father', 'parent', 'guard', 'ranger', 'vendor', 'trader', 'intern', 'manager', 'officer', 'employee',
    'activist', 'trainer', 'instructor', 'coach', 'lawyer', 'judge', 'scientist', 'economist', 'analyst', 'writer',
    'author', 'editor', 'photographer', 'designer', 'architect', 'consultant', 'investor', 'guide',
    'technician', 'elder', 'veteran', 'chef', 'tourist', 'citizen', 'legislator', 'lawmaker', 'parliamentarian',
    'councillor', 'councilor', 'mentor', 'learner', 'midwife', 'midwives', 'boxer', 'wrestler', 'swimmer', 'skater',
    'skier', 'fencer', 'archer', 'gymnast', 'climber', 'rider', 'golfer', 'referee', 'umpire', 'actor', 'actress',
    'actresses', 'poet', 'painter', 'sculptor', 'drummer', 'storyteller', 'pilgrim', 'monk', 'nun', 'cadet', 'soldier',
    'firefighter', 'surgeon', 'pharmacist', 'paramedic', 'rescuer', 'filmmaker', 'director', 'carpenter', 'conservator',
    'restorer', 'curator', 'apprentice', 'returnee', 'migrant', 'owner', 'fisherman', 'fishermen', 'leaver', 'rotarian', 'alumni', 'listener', 'founder', 'co-founder', 'operator', 'keeper', 'archaeologist', 'historian', 'librarian', 'archivist', 'weaver', 'potter',
    'craftswoman', 'craftswomen', 'craftspeople', 'artisan', 'mason', 'blacksmith', 'maker', 'pianist', 'violinist',
    'composer', 'conductor', 'novelist', 'sinologist', 'translator', 'caretaker', 'caregiver', 'borrower', 'banker',
    'lender', 'beneficiary', 'health-worker', 'herder', 'herdsman', 'herdsmen', 'shepherd', 'nomad', 'fisherman',
    'fishermen', 'master', 'tailor', 'seamstress', 'seamstresses', 'embroiderer', 'cook', 'driver', 'miner', 'agronomist',
    'veterinarian', 'vet', 'breeder', 'beekeeper', 'gardener', 'grower', 'planter', 'forester', 'husbandman',
    'donor', 'principal', 'nutritionist', 'dietitian', 'counsellor', 'psychologist', 'therapist', 'social-worker', 'girl', 'boy',
    'walker', 'marcher', 'jogger', 'paddler', 'rower', 'surfer', 'diver', 'scout', 'guide', 'consul', 'buyer', 'exhibitor', 'spectator', 'fan', 'viewer', 'audience',
    'seeker', 'jobseeker', 'pensioner', 'retiree', 'refugee', 'biologist', 'ecologist', 'physician', 'pediatrician',
    'paediatrician', 'dentist', 'optometrist', 'ophthalmologist', 'producer', 'senior', 'practitioner', 'mediator',
    'facilitator', 'moderator', 'advocate', 'peacebuilder', 'educator', 'debater', 'developer', 'programmer', 'coder', 'orphan', 'footballer', 'lecturer', 'invitee', 'pax', 'ppl', 'folks', 'trustee', 'contestant', 'finalist', 'competitor', 'schoolchildren', 'schoolchild','responder', 'announcer', 'broadcaster', 'fisher', 'neighbour', 'neighbor', 'camper', 'musher', 'hiker', 'promoter', 'enthusiast', 'supporter', 'headmaster', 'headteacher', 'headmistress'
    // (`coach` → `coaches`, `coach`'s kin in `-ch`, `-sh`, `-x`.)
  ].flatMap((word) => (word.endsWith('s') || /men$|people|children|youth|staff/.test(word) ? [word] : [word, /(?:ch|sh|x)$/.test(word) ? `${word}es` : `${word}s`]))
)

/** Month names, which start capitalized runs that are never names. */
export const monthNames: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december'
])
