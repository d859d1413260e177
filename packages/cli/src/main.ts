import { Command, CommanderError } from 'commander'
import { registerCommands } from './commands/index.js'
import { reportFailure } from './report-failure.js'

/** Build the `renderings` program; every command's work is loaded lazily. */
export function createProgram(): Command {
  const program = new Command('renderings')
    .description('Follow how contested political phrases travel between languages and outlets.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  registerCommands(program)
  return program
}

/** Run the CLI on `argv`; sets `process.exitCode`, never throws. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = createProgram()
  try {
    await program.parseAsync(argv as string[])
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      process.exitCode = error.exitCode === 0 ? 0 : 2
      return
    }
    reportFailure(error)
  }
}
