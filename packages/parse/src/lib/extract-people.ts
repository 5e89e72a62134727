import type {PersonRef} from '@sironet/model'
import {findEntities} from './extract-entities.js'

/**
 * Read the people an item names, without their titles, each once, with the
 * titles and organization stated beside them (`Wang Hongyan, Vice President of
 * All-China Youth Federation`; `Finland Parliament Speaker Lohela`).
 *
 * @param text Item text.
 * @example
 *   extractPeople('It was presided by Wang Hongyan, Vice President of All-China Youth Federation.')
 *   // [{name: 'Wang Hongyan', titles: ['Vice President'], organization: 'All-China Youth Federation'}]
 */
export function extractPeople(text: string): PersonRef[] {
  return findEntities(text).people
}
