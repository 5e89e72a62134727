import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {runCli, type CommandIo} from '@sironet/cli'

/** The repository root, where `fixtures/` is. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** What {@link runInMemory} returns: the exit status and everything written. */
export interface CliRun {
  /** Exit status. */
  code: number
  /** Everything written to standard output. */
  stdout: string
  /** Everything written to standard error. */
  stderr: string
}

/**
 * Run `sironet` in this process with standard input, output and error in memory.
 *
 * @param argv Arguments after `sironet` (example: `['parse', 'fixtures/sironet-2018-h1.txt']`).
 * @param stdin What standard input holds (optional, default empty).
 * @param cwd Working folder (optional, default the repository root).
 * @returns The exit status, standard output and standard error.
 */
export async function runInMemory(argv: string[], stdin: string | Buffer = '', cwd = repositoryRoot): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CommandIo = {
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    stdin: Readable.from([Buffer.from(stdin)]),
    cwd
  }
  const code = await runCli(argv, io)
  return {code, stdout, stderr}
}
