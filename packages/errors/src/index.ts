/**
 * A failure the user can cause and fix: a missing or unreadable file, bad
 * input, a busy database. The CLI prints `message` on one line and exits
 * non-zero; anything else that escapes is a bug and is reported as one.
 */
export class RenderingsError extends Error {
  /** Stable machine-readable code, e.g. `ENOENT`, `EBINARY`, `EBUSY`. */
  readonly code: string
  /** The file the error is about, when there is one. */
  readonly file: string | undefined
  /** Process exit code the CLI should use (default 2: the tool could not run). */
  readonly exitCode: number

  constructor(
    message: string,
    options: { code: string; file?: string; exitCode?: number; cause?: unknown }
  ) {
    super(options.file === undefined ? message : `${options.file}: ${message}`, {
      cause: options.cause
    })
    this.name = 'RenderingsError'
    this.code = options.code
    this.file = options.file
    this.exitCode = options.exitCode ?? 2
  }
}

/** Whether `value` is a {@link RenderingsError} (also across package copies). */
export function isRenderingsError(value: unknown): value is RenderingsError {
  return value instanceof Error && value.name === 'RenderingsError' && 'code' in value
}
