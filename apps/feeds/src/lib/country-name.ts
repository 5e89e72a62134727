import {memoizeTwo} from './memoize.js'

const displayNames = new Map<string, Intl.DisplayNames>()

// `Intl.DisplayNames#of` is slow enough to show in feeds of many items.
const lookUp = memoizeTwo((language: string, code: string): string => {
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], {type: 'region', fallback: 'code'})
    displayNames.set(language, names)
  }
  return names.of(code) ?? code
})

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
  return lookUp(language, code)
}
