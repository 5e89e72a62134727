import {z} from 'zod'

/** An organization named in an item (example: `{name: 'World Health Organization', acronym: 'WHO'}`). */
export const OrganizationRef = z
  .object({
    name: z.string().min(1, {error: 'Expected an organization name'}),
    acronym: z.string().min(1).optional(),
    role: z.string().min(1).optional().describe('What the organization did (example: “organizer”).')
  })
  .meta({id: 'OrganizationRef', description: 'An organization named in an item.'})

/** An organization named in an item. */
export type OrganizationRef = z.infer<typeof OrganizationRef>

/** A person named in an item, with titles and organization where stated. */
export const PersonRef = z
  .object({
    name: z.string().min(1, {error: 'Expected a person’s name'}),
    titles: z.array(z.string().min(1)).optional(),
    organization: z.string().min(1).optional()
  })
  .meta({id: 'PersonRef', description: 'A person named in an item.'})

/** A person named in an item. */
export type PersonRef = z.infer<typeof PersonRef>
