// Write fixtures/hostile/{strings.json, bulletin.txt, bulletin.html} from the
// payload list in src/hostile-payloads.ts. A test fails when they drift.
import {writeFileSync} from 'node:fs'
import {hostileFixtureFiles} from '../src/hostile-fixture-files.js'

const folder = new URL('../../../fixtures/hostile/', import.meta.url)
for (const [name, content] of Object.entries(hostileFixtureFiles())) {
  writeFileSync(new URL(name, folder), content)
  console.log(`wrote fixtures/hostile/${name} (${Buffer.byteLength(content)} bytes)`)
}
