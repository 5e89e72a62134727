import type {CommandIo} from './command-io.js'
import {runParseCommand} from './parse-command.js'
import {version} from './version.js'

/** Help text of `sironet`. */
export const usage = `Usage: sironet <command> [options]

Commands:
  parse FILE...   read bulletins (text or HTML) into JSON records
                  {bulletin, items, messages}; \`-\` reads standard input
  build [INPUT...] --out DIR --site-url URL
                  write feeds, JSON API, item pages by month and the widget demo
  preview [DIR]   serve a built site (default: site/) on localhost
  help [COMMAND]  show help for a command

Options:
  -h, --help      show this help
  -v, --version   show the version

Run \`sironet <command> --help\` for a command’s options.
`

async function runBuild(args: string[], io: CommandIo): Promise<number> {
  let module: {runBuildCommand(args: string[], io: CommandIo): Promise<number>}
  try {
    module = await import('./build-command.js')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      io.stderr.write('sironet build: not available in this version of @sironet/cli.\n')
      return 1
    }
    throw error
  }
  return module.runBuildCommand(args, io)
}

async function runPreview(args: string[], io: CommandIo): Promise<number> {
  let module: {runPreviewCommand(args: string[], io: CommandIo): Promise<number>}
  try {
    module = await import('./preview-command.js')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      io.stderr.write('sironet preview: not available in this version of @sironet/cli.\n')
      return 1
    }
    throw error
  }
  return module.runPreviewCommand(args, io)
}

/**
 * Run the `sironet` command line in-process: `sironet parse …`, `sironet build …`, `sironet preview …`,
 * `sironet help`, `--help`, `--version`.
 *
 * @param argv Arguments after the program name (example: `['parse', 'bulletin.txt', '--strict']`).
 * @param io Streams and working folder (see {@link CommandIo}).
 * @returns The exit code: `0` success, `1` failure, `2` bad usage.
 * @example
 *   const code = await runCli(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd()})
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  if (!Array.isArray(argv) || argv.some((argument) => typeof argument !== 'string')) {
    throw new TypeError('Cannot call `runCli` without arguments. Pass an array of strings such as `process.argv.slice(2)`.')
  }
  if (!io || typeof io.stdout?.write !== 'function' || typeof io.stderr?.write !== 'function' || typeof io.cwd !== 'string') {
    throw new TypeError('Cannot call `runCli` without `io`. Pass `{stdout, stderr, stdin, cwd}`, such as the process’s streams and `process.cwd()`.')
  }
  const [command, ...rest] = argv
  switch (command) {
    case undefined: {
      io.stderr.write(usage)
      return 2
    }
    case '-h':
    case '--help': {
      io.stdout.write(usage)
      return 0
    }
    case '-v':
    case '--version': {
      io.stdout.write(`${version}\n`)
      return 0
    }
    case 'help': {
      const topic = rest[0]
      if (topic === 'parse') return runParseCommand(['--help'], io)
      if (topic === 'build') return runBuild(['--help'], io)
      if (topic === 'preview') return runPreview(['--help'], io)
      if (topic === undefined) {
        io.stdout.write(usage)
        return 0
      }
      io.stderr.write(`sironet: unknown command \`${topic}\`. Run \`sironet --help\` for the commands.\n`)
      return 2
    }
    case 'parse': {
      return runParseCommand(rest, io)
    }
    case 'build': {
      return runBuild(rest, io)
    }
    case 'preview': {
      return runPreview(rest, io)
    }
    default: {
      io.stderr.write(
        `sironet: unknown ${command.startsWith('-') ? 'option' : 'command'} \`${command}\`. Run \`sironet --help\` for the commands.\n`
      )
      return 2
    }
  }
}
