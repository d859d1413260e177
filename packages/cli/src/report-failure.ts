import { isRenderingsError } from '@renderings/errors'

/**
 * Print a failure as one line on stderr and set the exit code. Failures the
 * user can fix are RenderingsErrors; anything else is a bug in the tool, and
 * its stack is shown only when RENDERINGS_DEBUG is set.
 */
export function reportFailure(error: unknown): void {
  if (isRenderingsError(error)) {
    process.stderr.write(`renderings: ${oneLine(error.message)}\n`)
    process.exitCode = error.exitCode
    return
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`renderings: internal error: ${oneLine(message)}\n`)
  if (process.env['RENDERINGS_DEBUG'] && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  process.exitCode = 2
}

/** A message on one line, as every error is printed. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 2000)
}
