import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {get} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {startPreviewServer} from './preview-server.js'

const root = await mkdtemp(path.join(tmpdir(), 'sironet-preview-'))
await mkdir(path.join(root, 'site', 'countries', 'cn'), {recursive: true})
await writeFile(path.join(root, 'secret.txt'), 'outside')
await writeFile(path.join(root, 'site', 'index.html'), '<!doctype html><title>x</title>')
await writeFile(path.join(root, 'site', 'feed.xml'), '<rss/>')
await writeFile(path.join(root, 'site', 'events.ics'), 'BEGIN:VCALENDAR')
await writeFile(path.join(root, 'site', 'countries', 'cn', 'feed.json'), '{}')
const preview = await startPreviewServer({root: path.join(root, 'site'), port: 0})
afterAll(async () => {
  await preview.close()
  await rm(root, {recursive: true, force: true})
})

describe('startPreviewServer', () => {
  it('should serve files with their content types', async () => {
    const cases = [
      ['', 'text/html; charset=utf-8'],
      ['feed.xml', 'application/xml; charset=utf-8'],
      ['events.ics', 'text/calendar; charset=utf-8'],
      ['countries/cn/feed.json', 'application/json; charset=utf-8']
    ]
    for (const [file, type] of cases) {
      const response = await fetch(new URL(file!, preview.url))
      expect(response.status, file).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
    }
    expect(await (await fetch(new URL('feed.xml', preview.url))).text()).toBe('<rss/>')
  })

  it('should redirect a folder without a slash and answer 404 for missing files', async () => {
    const folder = await fetch(new URL('countries', preview.url), {redirect: 'manual'})
    expect(folder.status).toBe(301)
    expect(folder.headers.get('location')).toBe('/countries/')
    expect((await fetch(new URL('nope.json', preview.url))).status).toBe(404)
  })

  it('should never serve a file outside the folder', async () => {
    // Raw requests: fetch would clean up `..` before sending.
    const port = new URL(preview.url).port
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2f%2e%2e%2fsecret.txt', '/%00']) {
      const [status, body] = await new Promise<[number, string]>((resolve, reject) => {
        get({host: '127.0.0.1', port, path: attempt}, (response) => {
          let text = ''
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
          response.on('end', () => resolve([response.statusCode ?? 0, text]))
        }).on('error', reject)
      })
      expect(status, attempt).toBe(404)
      expect(body).not.toContain('outside')
    }
  })

  it('should refuse methods other than GET and HEAD', async () => {
    expect((await fetch(preview.url, {method: 'POST'})).status).toBe(405)
    const head = await fetch(new URL('feed.xml', preview.url), {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('6')
  })
})
