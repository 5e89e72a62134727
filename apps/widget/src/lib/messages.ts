/**
 * The widget’s own words in one language, in this order: the heading when the
 * feed has no title, the loading, empty and error messages, the link to the
 * feed (error state) and to all news (under the list), then the phrases for
 * early, mid and late a month, where `%` stands for the month and year.
 */
export type Messages = [
  news: string,
  loading: string,
  empty: string,
  error: string,
  feed: string,
  all: string,
  early: string,
  mid: string,
  late: string
]

// One string per language, words split on `|`: far smaller once bundled than
// objects with a key per word. Intl has no phrases for parts of a month, so
// they are given here too.
const table: Record<string, string> = {
  en: 'News|Loading…|No news.|The news could not be loaded.|Open the feed|All news|early %|mid-%|late %',
  fr: 'Actualités|Chargement…|Aucune actualité.|Les actualités n’ont pas pu être chargées.|Ouvrir le flux|Toutes les actualités|début %|mi-%|fin %',
  es: 'Noticias|Cargando…|No hay noticias.|No se pudieron cargar las noticias.|Abrir el canal|Todas las noticias|principios de %|mediados de %|finales de %',
  ru: 'Новости|Загрузка…|Новостей нет.|Не удалось загрузить новости.|Открыть ленту|Все новости|начало %|середина %|конец %',
  zh: '新闻|加载中…|暂无新闻。|无法加载新闻。|打开订阅源|全部新闻|%上旬|%中旬|%下旬',
  ar: 'أخبار|جارٍ التحميل…|لا توجد أخبار.|تعذّر تحميل الأخبار.|فتح الموجز|كل الأخبار|أوائل %|منتصف %|أواخر %'
}

/**
 * Whether the widget has its own words for exactly this language tag (one of
 * the six UN languages, with no region): the languages `sironet build` writes
 * date and country labels in.
 *
 * @param language Canonical BCP 47 tag (example: `'fr'`; `'fr-CA'` is not).
 */
export function hasOwnWords(language: string): boolean {
  return language in table
}

/**
 * Pick the widget’s words for a language by its primary subtag, falling back
 * to English. The six UN languages (en, fr, es, ru, zh, ar) are known.
 *
 * @param language BCP 47 tag (example: `'fr-CA'`).
 * @returns The words, in the order of {@link Messages}.
 * @example
 *   pickMessages('fr-CA')[5] // 'Toutes les actualités'
 */
export function pickMessages(language: string): Messages {
  return (table[language.split('-')[0]!.toLowerCase()] ?? table.en!).split('|') as Messages
}
