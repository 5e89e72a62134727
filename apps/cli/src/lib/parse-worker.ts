import {parentPort} from 'node:worker_threads'
import {parseBulletin} from '@sironet/parse'
import {parseBulletinFile} from './parse-file.js'

// A parsing thread of `parse-pool.ts`: one file per message (`{id, file, name}`), answered with
// `{id, parsed}` (plain objects, copied to the main thread). Says `ready` once its modules are loaded.
parentPort?.on('message', (job: {id: number; file: string; name: string}) => {
  parentPort!.postMessage({id: job.id, parsed: parseBulletinFile(job.file, job.name, parseBulletin)})
})
parentPort?.postMessage({ready: true})
