const cache = new Map<string, Intl.DisplayNames>()

/**
 * Get a country's name in a language from the runtime's CLDR data
 * (`Intl.DisplayNames`), falling back to the code itself.
 *
 * @param code ISO 3166-1 alpha-2 code (example: `'CN'`).
 * @param language BCP 47 language tag (example: `'fr'`).
 * @returns The localized name (example: `'Chine'`).
 * @example
 *   getCountryName('FI', 'en') // 'Finland'
 */
export function getCountryName(code: string, language: string): string {
  let names = cache.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], {type: 'region', fallback: 'code'})
    cache.set(language, names)
  }
  return names.of(code) ?? code
}
