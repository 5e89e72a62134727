/** The widget’s own words in one language. */
export interface Messages {
  /** Heading when the feed has no title. */
  news: string
  /** Shown while the feed loads. */
  loading: string
  /** Shown when no item matches. */
  empty: string
  /** Shown when the feed cannot be loaded or read. */
  error: string
  /** Link to the feed, in the error state. */
  feed: string
  /** Link to all news, under the list. */
  all: string
  /** Part-of-month phrases; `{m}` stands for the month and year (example: `'late {m}'`). */
  early: string
  /** See {@link Messages.early} (example: `'mid-{m}'`). */
  mid: string
  /** See {@link Messages.early} (example: `'late {m}'`). */
  late: string
}

/**
 * The widget’s words in the six UN languages (en, fr, es, ru, zh, ar).
 * Intl has no phrases for parts of a month, so they are given here too.
 */
export const messages: Record<string, Messages> = {
  en: {
    news: 'News',
    loading: 'Loading news…',
    empty: 'No news to show.',
    error: 'The news could not be loaded.',
    feed: 'Open the feed',
    all: 'All news',
    early: 'early {m}',
    mid: 'mid-{m}',
    late: 'late {m}'
  },
  fr: {
    news: 'Actualités',
    loading: 'Chargement des actualités…',
    empty: 'Aucune actualité à afficher.',
    error: 'Les actualités n’ont pas pu être chargées.',
    feed: 'Ouvrir le flux',
    all: 'Toutes les actualités',
    early: 'début {m}',
    mid: 'mi-{m}',
    late: 'fin {m}'
  },
  es: {
    news: 'Noticias',
    loading: 'Cargando noticias…',
    empty: 'No hay noticias que mostrar.',
    error: 'No se pudieron cargar las noticias.',
    feed: 'Abrir el canal',
    all: 'Todas las noticias',
    early: 'principios de {m}',
    mid: 'mediados de {m}',
    late: 'finales de {m}'
  },
  ru: {
    news: 'Новости',
    loading: 'Загрузка новостей…',
    empty: 'Нет новостей для показа.',
    error: 'Не удалось загрузить новости.',
    feed: 'Открыть ленту',
    all: 'Все новости',
    early: 'начало {m}',
    mid: 'середина {m}',
    late: 'конец {m}'
  },
  zh: {
    news: '新闻',
    loading: '正在加载新闻…',
    empty: '暂无新闻。',
    error: '无法加载新闻。',
    feed: '打开订阅源',
    all: '全部新闻',
    early: '{m}上旬',
    mid: '{m}中旬',
    late: '{m}下旬'
  },
  ar: {
    news: 'أخبار',
    loading: 'جارٍ تحميل الأخبار…',
    empty: 'لا توجد أخبار لعرضها.',
    error: 'تعذّر تحميل الأخبار.',
    feed: 'فتح الموجز',
    all: 'كل الأخبار',
    early: 'أوائل {m}',
    mid: 'منتصف {m}',
    late: 'أواخر {m}'
  }
}

/**
 * Pick the words for a language by its primary subtag, falling back to English.
 *
 * @param language BCP 47 tag (example: `'fr-CA'`).
 * @example
 *   pickMessages('fr-CA').all // 'Toutes les actualités'
 */
export function pickMessages(language: string): Messages {
  return messages[language.split('-')[0]!.toLowerCase()] ?? messages.en!
}
