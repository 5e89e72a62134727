import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {onTestFinished} from 'vitest'
import {fixturesFolder} from './gold-items.ts'

const installHint =
  'Install the checking tools first: `apt-get update && apt-get install -y python3-feedparser python3-icalendar libxml2-utils jing` (CI does this in `.ci/run`).'

/**
 * Run a checking tool and return what it printed; a missing tool fails the
 * test with the command that installs it, so nothing is skipped silently.
 */
export function runTool(command: string, args: string[]): {status: number; stdout: string; stderr: string} {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`\`${command}\` is not installed. ${installHint}`)
  }
  return {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

/** Run a helper script under Debian's `/usr/bin/python3`, where python3-feedparser and python3-icalendar import. */
export function runPython(script: string, args: string[]): unknown {
  const result = runTool('/usr/bin/python3', [script, ...args])
  if (result.status !== 0) {
    if (/ModuleNotFoundError/.test(result.stderr)) throw new Error(`${result.stderr.trim()}\n${installHint}`)
    throw new Error(`${script} failed: ${result.stderr}`)
  }
  return JSON.parse(result.stdout)
}

/** Write text to a new temporary file and return its path; the file is removed when the current test finishes. */
export function writeTemporary(name: string, text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sironet-feeds-'))
  onTestFinished(() => rmSync(folder, {recursive: true, force: true}))
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}

/** Check well-formedness with `xmllint --noout`; returns its complaints ('' when well-formed). */
export function lintXml(path: string): string {
  const result = runTool('xmllint', ['--noout', path])
  return result.status === 0 ? '' : result.stderr || `xmllint exited with ${result.status}`
}


/** Validate an Atom document with jing against RFC 4287's RELAX NG schema; returns its complaints ('' when valid). */
export function validateAtom(text: string): string {
  const result = runTool('jing', ['-c', `${fixturesFolder}schemas/atom.rnc`, writeTemporary('atom.xml', text)])
  return result.status === 0 ? '' : result.stdout + result.stderr
}
