import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {getTemporarySibling} from './build-write.js'
import {recoverStaleBuildFolders} from './stale-build-folders.js'
import {removeStaleRecordFolders} from './stale-record-folders.js'

const scratch = await mkdtemp(path.join(tmpdir(), 'sironet-stale-test-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))

/** The id of a process that has exited: a child run to its end. */
function getExitedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
  return Number(child.stdout)
}

/** A sibling of `out` named as a build of process `pid` names it. */
async function makeSibling(out: string, purpose: 'building' | 'old', pid: number, feed: string): Promise<string> {
  const ours = path.basename(getTemporarySibling(out, purpose))
  const folder = path.join(path.dirname(out), ours.replace(`-${process.pid}-`, `-${pid}-`))
  await mkdir(folder, {recursive: true})
  await writeFile(path.join(folder, 'feed.json'), feed)
  return folder
}

describe('recoverStaleBuildFolders', () => {
  it('should remove the folders of stopped builds and keep those of running ones', async () => {
    const parent = path.join(scratch, 'remove')
    const out = path.join(parent, 'site')
    await mkdir(out, {recursive: true})
    const dead = getExitedPid()
    const building = await makeSibling(out, 'building', dead, 'new')
    const old = await makeSibling(out, 'old', dead, 'old')
    const running = await makeSibling(out, 'building', process.ppid, 'running')
    const other = await makeSibling(path.join(parent, 'other-site'), 'building', dead, 'other')
    const found = await recoverStaleBuildFolders(out)
    expect(found).toEqual(
      [
        {path: building, pid: dead, action: 'removed'},
        {path: old, pid: dead, action: 'removed'}
      ].sort((a, b) => (a.path < b.path ? -1 : 1))
    )
    expect((await readdir(parent)).sort()).toEqual([path.basename(other), path.basename(running), 'site'].sort())
    expect(await recoverStaleBuildFolders(out)).toEqual([])
  })

  it('should put the previous site back when a build was stopped between its two renames', async () => {
    const out = path.join(scratch, 'restore', 'site')
    const dead = getExitedPid()
    const old = await makeSibling(out, 'old', dead, 'previous site')
    const building = await makeSibling(out, 'building', dead, 'new site')
    const found = await recoverStaleBuildFolders(out)
    expect(found.map(({path: folder, action}) => [folder, action]).sort()).toEqual(
      [
        [old, 'restored'],
        [building, 'removed']
      ].sort()
    )
    expect(await readFile(path.join(out, 'feed.json'), 'utf8')).toBe('previous site')
    expect(await readdir(path.dirname(out))).toEqual(['site'])
  })

  it('should find nothing when the parent folder does not exist', async () => {
    expect(await recoverStaleBuildFolders(path.join(scratch, 'missing', 'site'))).toEqual([])
  })
})

describe('removeStaleRecordFolders', () => {
  it('should remove the record folders of stopped processes only', async () => {
    const directory = path.join(scratch, 'records')
    const dead = getExitedPid()
    for (const name of [`sironet-records-${dead}-AbC123`, `sironet-records-${process.pid}-xyz789`, `sironet-records-${process.ppid}-QQQ000`, `sironet-records-${dead}-short`, 'unrelated']) {
      await mkdir(path.join(directory, name), {recursive: true})
    }
    expect(removeStaleRecordFolders(directory)).toEqual([path.join(directory, `sironet-records-${dead}-AbC123`)])
    expect((await readdir(directory)).sort()).toEqual([`sironet-records-${dead}-short`, `sironet-records-${process.pid}-xyz789`, `sironet-records-${process.ppid}-QQQ000`, 'unrelated'].sort())
  })
})
