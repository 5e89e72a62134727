/** A stream a command writes text to: `process.stdout`, `process.stderr`, or a test double. */
export interface CommandOutput {
  /** Write text. */
  write(text: string): unknown
  /** Whether the stream is a terminal (optional). */
  isTTY?: boolean
}

/**
 * What a command runs with: its output streams, standard input and working
 * folder. The `sironet` bin passes the process’s; tests pass fakes.
 *
 * @example
 *   const io: CommandIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd()}
 */
export interface CommandIo {
  /** Where results go (JSON for `sironet parse`). */
  stdout: CommandOutput
  /** Where messages, progress and usage errors go. */
  stderr: CommandOutput
  /** Standard input, read by `sironet parse -`. */
  stdin: NodeJS.ReadableStream
  /** Folder relative file names are resolved against. */
  cwd: string
}
