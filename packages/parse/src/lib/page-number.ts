/**
 * A page's number as a running footer writes it, maybe after `Page` and with the count of pages (`4`, `Page 2 of 5`,
 * `3/12`): the source of a pattern, without anchors, for the patterns of page lines to build on. Read case-insensitively.
 */
export const pageNumberSource = String.raw`(?:page\s+)?\d+(?:\s*(?:of|\/)\s*\d+)?`
