import type {Place} from '@sironet/model'
import {getCountryName} from './country-name.js'

/**
 * Describe an item's places for people: each as city, region and localized
 * country name, separated by semicolons.
 *
 * @param places The item's places.
 * @param language BCP 47 language of the country names (example: `'fr'`).
 * @returns Text (example: `'Beijing, Chine; Finlande'`).
 */
export function describePlaces(places: readonly Place[], language: string): string {
  // Joined as it goes, without two arrays per place (every item of a feed asks).
  let text = ''
  for (let index = 0; index < places.length; index++) {
    const place = places[index]!
    let description = place.city || ''
    if (place.region) description = description ? `${description}, ${place.region}` : place.region
    const country = getCountryName(place.country, language)
    if (country) description = description ? `${description}, ${country}` : country
    text = index === 0 ? description : `${text}; ${description}`
  }
  return text
}
