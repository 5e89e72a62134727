import {z} from 'zod'
import {CountryCode} from './country-code.js'

/** A venue of a reported event: a country, and the city and region where known. */
export const Place = z
  .object({
    country: CountryCode,
    city: z.string().min(1).optional().describe('City as written in the bulletin (example: “Xiamen”).'),
    region: z.string().min(1).optional().describe('Province, state or region (example: “Fujian Province”).')
  })
  .meta({id: 'Place', description: 'A venue of a reported event.'})

/** A venue of a reported event. */
export type Place = z.infer<typeof Place>
