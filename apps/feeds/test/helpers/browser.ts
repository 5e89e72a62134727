import {existsSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {chromium, type Browser} from 'playwright-core'

const executablePath = '/usr/bin/chromium'

/** Serve files from memory on 127.0.0.1 at a free port; returns the base URL and a close function. */
export async function serveFiles(files: Record<string, {type: string; body: string}>): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((request, response) => {
    const file = files[(request.url ?? '/').slice(1)]
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': file.type}).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

/** Start Debian's Chromium headless; a missing browser fails with the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error('`/usr/bin/chromium` is not installed. Install it with `apt-get update && apt-get install -y chromium` (CI does this in `.ci/run`).')
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
}
