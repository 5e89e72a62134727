import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, onTestFinished} from 'vitest'
import {findBulletinFiles} from './build-inputs.js'

function makeTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sironet-inputs-'))
  onTestFinished(() => rmSync(root, {recursive: true, force: true}))
  mkdirSync(path.join(root, 'fixtures', 'hostile'), {recursive: true})
  mkdirSync(path.join(root, 'fixtures', '.hidden'))
  writeFileSync(path.join(root, 'fixtures', 'b.txt'), 'B')
  writeFileSync(path.join(root, 'fixtures', 'a.html'), 'A')
  writeFileSync(path.join(root, 'fixtures', 'notes.md'), 'not a bulletin')
  writeFileSync(path.join(root, 'fixtures', 'hostile', 'bulletin.txt'), 'H')
  writeFileSync(path.join(root, 'fixtures', '.hidden', 'c.txt'), 'C')
  return root
}

describe('findBulletinFiles', () => {
  it('should read folders recursively, sorted, skipping hidden folders and other extensions', async () => {
    const root = makeTree()
    const {files, missing} = await findBulletinFiles(['fixtures', 'nope'], root)
    expect(files.map((file) => path.relative(root, file))).toEqual([
      path.join('fixtures', 'a.html'),
      path.join('fixtures', 'b.txt'),
      path.join('fixtures', 'hostile', 'bulletin.txt')
    ])
    expect(missing).toEqual(['nope'])
  })

  it('should read only the files directly in a folder when `recursive` is false', async () => {
    const root = makeTree()
    const {files} = await findBulletinFiles(['fixtures'], root, {recursive: false})
    expect(files.map((file) => path.relative(root, file))).toEqual([path.join('fixtures', 'a.html'), path.join('fixtures', 'b.txt')])
  })
})
