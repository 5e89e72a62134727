import type {z} from 'zod'

/**
 * Format a path of keys and indices the way a reader writes it
 * (example: `['items', 3, 'date', 'start']` → `items[3].date.start`).
 *
 * @param path Keys and indices from a zod issue.
 */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else result += (result ? '.' : '') + String(key)
  }
  return result
}

/**
 * Turn zod issues into one readable line each: `path: message`
 * (example: `items[3].date.start: Expected a calendar date like 2018-01-12 or 2018-05, got "2018-02-30"`).
 *
 * @param issues The `issues` of a `ZodError` (or the error itself).
 * @returns One line per issue, in the order zod found them.
 */
export function formatIssues(issues: ReadonlyArray<z.core.$ZodIssue> | {issues: ReadonlyArray<z.core.$ZodIssue>}): string[] {
  const list = 'issues' in issues ? issues.issues : issues
  return list.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const nested = issue.errors.flat().map((inner) => ({...inner, path: [...issue.path, ...inner.path]}))
      return formatIssues(nested)
    }
    const path = formatIssuePath(issue.path)
    return [path ? `${path}: ${issue.message}` : issue.message]
  })
}
