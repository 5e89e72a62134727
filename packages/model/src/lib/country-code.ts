import countries from 'i18n-iso-countries'
import {z} from 'zod'

/**
 * Every ISO 3166-1 alpha-2 country code, from the `i18n-iso-countries` data
 * (HK, MO and TW included), sorted.
 */
export const countryCodes = Object.freeze(Object.keys(countries.getAlpha2Codes()).sort()) as readonly [
  string,
  ...string[]
]

const known = new Set(countryCodes)

/**
 * Whether `value` is an assigned ISO 3166-1 alpha-2 code (example: `"CN"`).
 *
 * @param value Code to check; upper case.
 */
export function isCountryCode(value: string): boolean {
  return known.has(value)
}

/** An ISO 3166-1 alpha-2 country code in upper case (example: `"CN"`, `"HK"`). */
export const CountryCode = z
  .enum(countryCodes, {
    error: (issue) =>
      `Expected an ISO 3166-1 alpha-2 country code like CN, got ${JSON.stringify(issue.input)}`
  })
  .meta({description: 'ISO 3166-1 alpha-2 country code.', examples: ['CN', 'HK', 'SC']})

/** An ISO 3166-1 alpha-2 country code. */
export type CountryCode = z.infer<typeof CountryCode>
