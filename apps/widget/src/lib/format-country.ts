// One Intl.DisplayNames per language, made the first time a place is shown.
const names: Record<string, Intl.DisplayNames> = {}

/**
 * Name a country in a language with `Intl.DisplayNames`; an unknown code, or a
 * language Intl cannot name countries in, keeps the code.
 *
 * @param code ISO 3166-1 alpha-2 code (example: `'FI'`).
 * @param language BCP 47 tag (example: `'fr'`).
 * @returns The name (example: `'Finlande'`).
 * @example
 *   formatCountry('CN', 'ar') // 'الصين'
 */
export function formatCountry(code: string, language: string): string {
  try {
    return (names[language] ??= new Intl.DisplayNames(language, {type: 'region'})).of(code) ?? code
  } catch {
    return code
  }
}
