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
  return places
    .map((place) => [place.city, place.region, getCountryName(place.country, language)].filter(Boolean).join(', '))
    .join('; ')
}
