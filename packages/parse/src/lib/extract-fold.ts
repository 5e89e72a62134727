/**
 * Fold a place or organization name to a lookup key: accents removed,
 * apostrophes unified, `St.` spelled `saint`, lower case, single spaces.
 *
 * @param name Name as written (example: `"Xi’an"`).
 * @returns The key (example: `"xi'an"`).
 * @example
 *   foldName('St. Petersburg') // 'saint petersburg'
 */
export function foldName(name: string): string {
  let folded = cache.get(name)
  if (folded !== undefined) return folded
  folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\bst\.?\s+/g, 'saint ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
  // Bounded, so memory stays flat however much text goes through.
  if (cache.size > 50_000) cache.clear()
  cache.set(name, folded)
  return folded
}

const cache = new Map<string, string>()
