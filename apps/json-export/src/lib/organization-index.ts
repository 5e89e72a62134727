import {makeSlug, type NewsItem} from '@sironet/model'

/** What an organization index knows of one organization: its slug, the name shown, an acronym and how many items name it. */
export interface OrganizationEntry {
  /** `makeSlug` of the name (example: `'all-china-youth-federation'`). */
  key: string
  /** Name as written in the first item that names it. */
  name: string
  /** Acronym, from the first item that gives one. */
  acronym: string | undefined
  /** Items naming it so far. */
  total: number
}

/** Organizations met in items one at a time, grouped by the slug of their name (not exported from the package). */
export interface OrganizationIndex {
  /** Count `item` in the group of each organization it names and return those groups' slugs, each once. */
  add(item: Pick<NewsItem, 'organizations'>): string[]
  /** Every group met so far, sorted by slug. */
  list(): OrganizationEntry[]
}

/**
 * Make an empty organization index: names that differ only in case or
 * punctuation share a slug and a group.
 */
export function createOrganizationIndex(): OrganizationIndex {
  const groups = new Map<string, OrganizationEntry>()
  // Corpora name the same organizations again and again: each name is slugged once.
  const slugs = new Map<string, string>()
  return {
    add(item) {
      const keys: string[] = []
      for (const organization of item.organizations) {
        let key = slugs.get(organization.name)
        if (key === undefined) {
          key = makeSlug(organization.name)
          slugs.set(organization.name, key)
        }
        if (keys.includes(key)) continue
        keys.push(key)
        const group = groups.get(key)
        if (group) {
          group.total++
          group.acronym ??= organization.acronym
        } else groups.set(key, {key, name: organization.name, acronym: organization.acronym, total: 1})
      }
      return keys
    },
    list() {
      return [...groups.keys()].sort().map((key) => groups.get(key)!)
    }
  }
}
