/**
 * Make the RFC 4151 `tag:` URI of an item, stable across builds and hosts.
 *
 * @param authority Domain name and date (example: `'sironet.org,2018'`).
 * @param id Item id (example: `'2018-01-10-dialogue-in-beijing'`).
 * @returns The URI (example: `'tag:sironet.org,2018:items/2018-01-10-dialogue-in-beijing'`).
 */
export function toTagUri(authority: string, id: string): string {
  return `tag:${authority}:items/${id}`
}
