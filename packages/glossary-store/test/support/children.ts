import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url))

/** Start a TypeScript child script with the workspace's source resolution. */
export function startChild(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions', 'renderings-source', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: repositoryRoot,
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

/** Resolve with the first stdout line matching `pattern` (rejects if the child ends first). */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString()
      const line = buffer.split('\n').find((candidate) => pattern.test(candidate))
      if (line !== undefined) {
        child.stdout!.off('data', onData)
        resolve(line)
      }
    }
    child.stdout!.on('data', onData)
    child.on('exit', () => reject(new Error(`child ended before printing ${pattern}: ${buffer} ${stderr}`)))
  })
}

/** Resolve with everything the child printed and its exit code. */
export function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve) => {
    let stdout = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.on('exit', (code, signal) => resolve({ code, signal, stdout }))
  })
}
