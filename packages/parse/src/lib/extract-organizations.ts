import type {OrganizationRef} from '@sironet/model'
import {findEntities} from './extract-entities.js'

/**
 * Read the organizations an item names: full names as written (without a
 * leading “the”), each once, in order of first mention, with the acronym when
 * given (`World Health Organization (WHO)`), including those inside a person's
 * title; acronyms standing alone (`UNESCO`) count when no name spells them out.
 *
 * @param text Item text.
 * @example
 *   extractOrganizations('It was organized by World Health Organization (WHO).')
 *   // [{name: 'World Health Organization', acronym: 'WHO'}]
 */
export function extractOrganizations(text: string): OrganizationRef[] {
  return findEntities(text).organizations
}
