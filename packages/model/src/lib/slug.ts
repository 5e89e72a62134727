import {z} from 'zod'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Make a URL-safe slug: lower case ASCII letters and digits joined by single
 * hyphens, accents folded, at most `maxLength` characters, cut at a hyphen.
 *
 * @param text Text to turn into a slug (example: `"Dialogue in Beijing"`).
 * @param maxLength Longest slug to return (optional, default `60`).
 * @returns The slug (example: `"dialogue-in-beijing"`); `"item"` when nothing is left.
 * @example
 *   makeSlug('2018-01-10 Dialogue between Parliament Speakers') // '2018-01-10-dialogue-between-parliament-speakers'
 */
export function makeSlug(text: string, maxLength = 60): string {
  if (typeof text !== 'string') {
    throw new TypeError('Cannot call `makeSlug` without text. Pass a string.')
  }
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length > maxLength) {
    slug = slug.slice(0, maxLength)
    const cut = slug.lastIndexOf('-')
    slug = (cut > maxLength / 2 ? slug.slice(0, cut) : slug).replace(/-+$/, '')
  }
  return slug || 'item'
}

/**
 * Whether `value` is a slug as {@link makeSlug} makes them.
 *
 * @param value Text to check.
 */
export function isSlug(value: string): boolean {
  return slugPattern.test(value)
}

/** A URL-safe identifier (example: `"2018-01-10-dialogue-in-beijing"`). */
export const Slug = z
  .string({error: 'Expected a slug like 2018-01-10-dialogue-in-beijing'})
  .regex(slugPattern, {
    error: (issue) =>
      `Expected a slug of lower-case letters, digits and single hyphens like 2018-01-10-dialogue, got ${JSON.stringify(issue.input)}`
  })
  .meta({description: 'URL-safe identifier: lower-case letters, digits and single hyphens.'})

/** A URL-safe identifier. */
export type Slug = z.infer<typeof Slug>
