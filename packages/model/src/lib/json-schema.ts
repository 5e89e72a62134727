import {z} from 'zod'
import {Bulletin} from './bulletin.js'
import {Diagnostic} from './diagnostic.js'
import {NewsItem} from './news-item.js'

/** Where the published JSON Schemas live, by file name. */
const schemaIds = {
  'news-item.json': NewsItem,
  'bulletin.json': Bulletin,
  'diagnostic.json': Diagnostic
} as const

/** File names of the JSON Schemas the package ships (`schema/<name>`). */
export type JsonSchemaName = keyof typeof schemaIds

/**
 * Generate the JSON Schema (draft 2020-12) of a record type from its zod schema.
 * These are the files in `@sironet/model/schema/`; a test guards against drift.
 *
 * @param name File name (example: `'news-item.json'`).
 * @returns A JSON Schema object.
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const schema = schemaIds[name]
  if (!schema) {
    throw new TypeError(
      `Cannot make a JSON Schema for \`${String(name)}\`. Pass one of ${Object.keys(schemaIds).map((n) => `\`${n}\``).join(', ')}.`
    )
  }
  const json = z.toJSONSchema(schema, {target: 'draft-2020-12', io: 'output', unrepresentable: 'any'}) as Record<string, unknown>
  return {
    $schema: json.$schema,
    $id: `https://sironet.org/schema/${name}`,
    ...json
  }
}

/** Names of every shipped JSON Schema. */
export const jsonSchemaNames = Object.keys(schemaIds) as JsonSchemaName[]
