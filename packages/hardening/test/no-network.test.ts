import dgram from 'node:dgram'
import dns from 'node:dns'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import {buildSite} from '@sironet/cli'
import {parseBulletin} from '@sironet/parse'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'

const root = new URL('../../../', import.meta.url).pathname
const attempts: string[] = []
const out = mkdtempSync(path.join(tmpdir(), 'sironet-no-network-'))

function block(target: object, key: string, name: string, asynchronous = false): void {
  vi.spyOn(target as Record<string, () => unknown>, key).mockImplementation(() => {
    attempts.push(name)
    const error = new Error(`Network access is disabled in this test (${name})`)
    if (asynchronous) return Promise.reject(error)
    throw error
  })
}

beforeAll(() => {
  // Every way Node.js code reaches the network goes through one of these.
  block(net.Socket.prototype, 'connect', 'net.Socket#connect')
  block(net, 'connect', 'net.connect')
  block(net, 'createConnection', 'net.createConnection')
  block(tls, 'connect', 'tls.connect')
  block(http, 'request', 'http.request')
  block(http, 'get', 'http.get')
  block(https, 'request', 'https.request')
  block(https, 'get', 'https.get')
  block(dns, 'lookup', 'dns.lookup')
  block(dns, 'resolve', 'dns.resolve')
  block(dns.promises, 'lookup', 'dns.promises.lookup', true)
  block(dgram, 'createSocket', 'dgram.createSocket')
  block(globalThis, 'fetch', 'fetch', true)
})

afterAll(() => {
  vi.restoreAllMocks()
  rmSync(out, {recursive: true, force: true})
})

function listFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => statSync(path.join(folder, name)).isFile())
}

describe('no network access at build time', () => {
  it('should notice an attempt, so the checks below can fail', async () => {
    await expect(fetch('http://127.0.0.1:9/')).rejects.toThrow(/disabled/)
    expect(() => dns.lookup('example.org', () => undefined)).toThrow(/disabled/)
    expect(attempts).toEqual(['fetch', 'dns.lookup'])
    attempts.length = 0
  })

  it('should parse bulletins, hostile HTML with remote images and frames included, without touching the network', () => {
    parseBulletin(readFileSync(path.join(root, 'fixtures/sironet-2018-h1.txt')))
    parseBulletin(readFileSync(path.join(root, 'fixtures/hostile/bulletin.html')), {format: 'html'})
    parseBulletin('<base href="//evil.invalid/"><img src="https://evil.invalid/x.png"><p>On May 5, a forum <iframe src="https://evil.invalid/"></iframe>was held.</p>')
    expect(attempts).toEqual([])
  }, 60_000)

  it('should build the whole site, widget demo included, without touching the network', async () => {
    const report = await buildSite({
      inputs: [path.join(root, 'fixtures/sironet-2018-h1.txt'), path.join(root, 'fixtures/hostile/bulletin.txt'), path.join(root, 'fixtures/hostile/bulletin.html')],
      out: path.join(out, 'site'),
      siteUrl: 'https://example.org/news/'
    })
    expect(attempts).toEqual([])
    expect(report.written).toBe(true)
    expect(report.items).toBeGreaterThan(100)
    // Every file stays inside the output folder, whatever the hostile names were.
    for (const name of listFiles(path.join(out, 'site'))) {
      expect(path.resolve(out, 'site', name).startsWith(path.join(out, 'site') + path.sep), name).toBe(true)
      expect(name).not.toMatch(/(^|[\\/])\.\.([\\/]|$)/)
    }
  }, 120_000)
})
