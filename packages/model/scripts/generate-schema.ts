/**
 * Write the JSON Schemas in `schema/` from the zod schemas. Run after changing
 * a schema: `pnpm --filter @sironet/model generate`. The drift test fails until then.
 */
import {writeFileSync} from 'node:fs'
import {jsonSchemaNames, toJsonSchema} from '@sironet/model'

for (const name of jsonSchemaNames) {
  const file = new URL(`../schema/${name}`, import.meta.url)
  writeFileSync(file, JSON.stringify(toJsonSchema(name), null, 2) + '\n')
  console.log(`wrote schema/${name}`)
}
