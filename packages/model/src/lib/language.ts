import {z} from 'zod'

/**
 * Whether `value` is a well-formed BCP 47 language tag (example: `"en"`, `"zh-Hans"`).
 *
 * @param value Tag to check.
 */
export function isLanguageTag(value: string): boolean {
  try {
    return value.length > 0 && Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

/** A BCP 47 language tag (example: `"en"`). */
export const LanguageTag = z
  .string({error: 'Expected a language tag like en'})
  .refine(isLanguageTag, {
    error: (issue) => `Expected a BCP 47 language tag like en or zh-Hans, got ${JSON.stringify(issue.input)}`
  })
  .meta({description: 'BCP 47 language tag.', examples: ['en', 'zh-Hans']})

/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof LanguageTag>
