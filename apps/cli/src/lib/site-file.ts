/** One file of the site: a path relative to the output folder (with `/`) and its text or bytes. */
export interface SiteFile {
  /** Path inside the site (example: `'countries/cn/feed.xml'`). */
  path: string
  /** Text (written as UTF-8), bytes, or text in pieces for large files. */
  content: string | Uint8Array | Iterable<string>
}
