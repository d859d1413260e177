import { createHash, randomBytes } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs'
import { open, rm, type FileHandle } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from '@renderings/corpus'
import { isRenderingsError } from '@renderings/errors'
import type { Attestation } from '@renderings/types'
import type { GlossaryStore } from './store.js'
import { loadTermIndex } from './term-index.js'

/**
 * The glossary compiled for checking (the checker's snapshot, without a
 * policy: `compileGlossary` of @renderings/retext-renderings) is kept in a
 * file beside the database, `FILE.compiled`, so that a check against the
 * database restores it instead of compiling the glossary (folding every
 * rendering, French variants, the automaton). A file, not a BLOB: SQLite
 * reads a 19 MB BLOB through its page cache in 30–80 ms, a file read takes
 * 5–10.
 *
 * It is valid only while the database says so: the one row of
 * `compiled_glossary` holds the token written in the file's header, and
 * triggers delete that row on any change to what the check reads (concepts,
 * renderings, attestations, documents, outlets), whatever tool makes it.
 * The header also names the code that compiled it (a digest of the
 * compiler's files), so a toolkit that compiles differently never reads
 * another's. A stale, missing or foreign file is ignored: the check then
 * compiles, as it would without one.
 */
const magic = 'RNDGLOS1'

/** Where the compiled glossary of the database at `path` is kept. */
export function compiledGlossaryPath(path: string): string {
  return `${path}.compiled`
}

/**
 * The compiled glossary's bytes (a checker snapshot), or undefined when the
 * database has none that is current for this code (never compiled, changed
 * since, compiled by other code, or a database older than schema 2).
 */
export async function readCompiledGlossary(store: GlossaryStore, options: { ahead?: Promise<Uint8Array | undefined> } = {}): Promise<Uint8Array | undefined> {
  if (store.schemaVersion < 2) return undefined
  const row = await store.db.get<{ token: string }>('SELECT token FROM compiled_glossary WHERE id = 1')
  if (!row) return undefined
  // Bytes read ahead are checked as a read of our own would be: the token
  // in their header must be the database's, so a file replaced since (by a
  // compile, which writes the file and then the token) is refused here too.
  let bytes = await options.ahead
  try {
    // One synchronous read: the promise API reads a large file in 512 KiB round trips.
    bytes ??= readFileSync(compiledGlossaryPath(store.path))
  } catch {
    return undefined
  }
  const header = readHeader(bytes)
  if (!header || header.token !== row.token || header.compiler !== compilerDigest()) return undefined
  return bytes.subarray(header.end)
}

/**
 * Start reading the compiled glossary of the database at `path` (the file's
 * bytes as they are, unchecked), for {@link readCompiledGlossary}'s
 * `ahead`. The read is one job on libuv's thread pool, so the caller goes on
 * meanwhile: a check against a 10,000-concept database reads its 7 MB (25–30
 * ms here) while its modules load and the database opens, instead of after.
 * Never rejects: no file, or any failure, is `undefined`, and
 * {@link readCompiledGlossary} then reads the file itself.
 */
export async function readCompiledGlossaryAhead(path: string): Promise<Uint8Array | undefined> {
  let handle: FileHandle | undefined
  try {
    handle = await open(compiledGlossaryPath(path), 'r')
    // Not from Node's buffer pool: offset 0, so the snapshot's arrays can be viewed in place.
    const bytes = Buffer.allocUnsafeSlow((await handle.stat()).size)
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, offset)
      if (bytesRead === 0) return undefined
      offset += bytesRead
    }
    return bytes
  } catch {
    return undefined
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Why {@link readCompiledGlossary} finds nothing current for this code, in
 * a few words a message can quote, or undefined when the compiled glossary
 * is current. Reads one row and the file's header. The check says it when
 * it has to compile: a database committed with a compiled glossary that
 * another version of the toolkit made, or without its `.compiled` file,
 * would otherwise make every CI run compile (0.8 s instead of 0.3 s for a
 * 300-byte file against 10,000 concepts) without a word.
 */
export async function compiledGlossaryProblem(store: GlossaryStore): Promise<string | undefined> {
  if (store.schemaVersion < 2) return `schema ${store.schemaVersion} predates compiled glossaries`
  const row = await store.db.get<{ token: string }>('SELECT token FROM compiled_glossary WHERE id = 1')
  if (!row) return 'no compiled glossary (never compiled, or changed since)'
  const file = compiledGlossaryPath(store.path)
  const start = readStart(file)
  if (start.length === 0) return `its compiled glossary ${basename(file)} is missing`
  const header = readHeader(start)
  if (!header) return `its compiled glossary ${basename(file)} is damaged`
  if (header.token !== row.token) return `its compiled glossary ${basename(file)} belongs to another state of the database`
  if (header.compiler !== compilerDigest()) return `its compiled glossary ${basename(file)} was compiled by another version of renderings`
  return undefined
}

/**
 * Above this many renderings a write session does not compile the glossary
 * when it closes (`renderings glossary compile` still does): a streamed
 * import of millions of terms keeps its memory flat, and the compiled file
 * would be gigabytes (300,000 renderings with their attestations compiled
 * to 296 MB in the glossary benchmark). Compiling takes about 1.2 KB of
 * memory per rendering on top of what the session holds: an IATE-like
 * import of 248,463 renderings peaked at 537 MB with its compile at close,
 * one of 480,809 at 850 MB (the compile alone, 645 MB), so the limit keeps
 * any import under the 600 MB that a 200 MB termbase is held to.
 */
export const compiledAtCloseLimit = 250_000

/**
 * Compile the glossary again unless its compiled form is current (a write
 * has made it stale, deleting the row of `compiled_glossary`, or the file
 * is missing, damaged, or compiled by other code), in one write
 * transaction so no other writer comes between reading the glossary and
 * recording the token. Called by `closeStore` after a session that may
 * have written; it reads one row and the file's header when nothing
 * changed. An empty glossary has no compiled form, and one of more than
 * `limit` renderings ({@link compiledAtCloseLimit}) only when `always`.
 * Returns whether it compiled.
 */
export async function refreshCompiledGlossary(store: GlossaryStore, options: { always?: boolean; limit?: number } = {}): Promise<boolean> {
  if (store.readonly || store.schemaVersion < 2) return false
  if (await isCurrent(store)) return false
  const { citedAttestation, compileGlossary } = await import('@renderings/retext-renderings')
  return store.db.transaction(async () => {
    if (await isCurrent(store)) return false
    const file = compiledGlossaryPath(store.path)
    if (options.always !== true) {
      const size = await store.db.get<{ renderings: number }>('SELECT count(*) AS renderings FROM renderings')
      if ((size?.renderings ?? 0) > (options.limit ?? compiledAtCloseLimit)) {
        // Too large to compile after every write session: the stale file goes.
        await rm(file, { force: true })
        return false
      }
    }
    let snapshot: Uint8Array
    try {
      // Only the attestation a finding would cite is compiled: the others are not read into memory.
      const cited = (attestations: Attestation[]): Attestation[] => {
        const best = citedAttestation(attestations)
        return best === undefined ? [] : [best]
      }
      snapshot = compileGlossary(await loadTermIndex(store, { keepAttestations: cited }))
    } catch (error) {
      if (isRenderingsError(error) && error.code === 'EEMPTYGLOSSARY') {
        await store.db.run('DELETE FROM compiled_glossary')
        await rm(file, { force: true })
        return false
      }
      throw error
    }
    const token = randomBytes(16).toString('hex')
    await writeFileAtomic(file, withHeader({ token, compiler: compilerDigest() }, snapshot))
    // Recorded last: if the process dies before the commit, the file's token matches nothing.
    await store.db.run('INSERT OR REPLACE INTO compiled_glossary (id, token) VALUES (1, ?)', [token])
    return true
  })
}

/** Whether the database's token, the file's header and this code's digest agree (the file's header only is read). */
async function isCurrent(store: GlossaryStore): Promise<boolean> {
  return (await compiledGlossaryProblem(store)) === undefined
}

/** The first bytes of a file (enough for the header), or none when it cannot be read. */
function readStart(path: string): Uint8Array {
  try {
    const descriptor = openSync(path, 'r')
    try {
      const bytes = new Uint8Array(4096)
      return bytes.subarray(0, readSync(descriptor, bytes, 0, bytes.length, 0))
    } finally {
      closeSync(descriptor)
    }
  } catch {
    return new Uint8Array(0)
  }
}

interface Header {
  token: string
  compiler: string
}

/** The file: magic, header length, JSON header, padding to 8 bytes, then the snapshot (so its typed arrays can be viewed in place). */
function withHeader(header: Header, snapshot: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header))
  const start = Math.ceil((magic.length + 4 + json.length) / 8) * 8
  const bytes = new Uint8Array(start + snapshot.length)
  bytes.set(new TextEncoder().encode(magic), 0)
  new DataView(bytes.buffer).setUint32(magic.length, json.length, true)
  bytes.set(json, magic.length + 4)
  bytes.set(snapshot, start)
  return bytes
}

function readHeader(bytes: Uint8Array): (Header & { end: number }) | undefined {
  if (bytes.length < magic.length + 4 || new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic) return undefined
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true)
  if (magic.length + 4 + length > bytes.length) return undefined
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(magic.length + 4, magic.length + 4 + length))) as Partial<Header>
    if (typeof header.token !== 'string' || typeof header.compiler !== 'string') return undefined
    return { token: header.token, compiler: header.compiler, end: Math.ceil((magic.length + 4 + length) / 8) * 8 }
  } catch {
    return undefined
  }
}

let digest: string | undefined

/**
 * A digest of the code that makes the compiled glossary: the checker, the
 * matcher and the normaliser it uses, and this package (which loads the
 * glossary for it). Content, not file times: a database and its compiled
 * glossary are copied between machines (a CI checkout), and the same code
 * must recognise them there. The compiled JavaScript of each package is
 * hashed (its sources where it has none), whichever of the two runs, so the
 * CLI and a process running the TypeScript sources (tests, benchmarks)
 * agree. Where the package is built into one module (`dist/bundle.js`, what
 * its export loads) that file alone is hashed: it holds all of the package's
 * code, and a check reads 4 files instead of about 40.
 */
export function compilerDigest(): string {
  if (digest === undefined) {
    const require = createRequire(import.meta.url)
    const own = join(dirname(fileURLToPath(import.meta.url)), '..')
    const checker = dirname(require.resolve('@renderings/retext-renderings/package.json'))
    const matcher = dirname(createRequire(join(checker, 'package.json')).resolve('@renderings/match/package.json'))
    const normalizer = dirname(createRequire(join(matcher, 'package.json')).resolve('@renderings/normalize/package.json'))
    const hash = createHash('sha256')
    for (const root of [checker, matcher, normalizer, own]) {
      const bundle = join(root, 'dist', 'bundle.js')
      if (existsSync(bundle)) {
        hash.update('bundle.js').update('\u0000').update(readFileSync(bundle)).update('\u0000')
        continue
      }
      const [folder, extension] = existsSync(join(root, 'dist')) ? [join(root, 'dist'), '.js'] : [join(root, 'src'), '.ts']
      // The code only: declarations and maps do not change what runs.
      for (const name of readdirSync(folder).sort()) {
        if (!name.endsWith(extension) || name.endsWith('.d.ts')) continue
        hash.update(name).update('\u0000').update(readFileSync(join(folder, name))).update('\u0000')
      }
    }
    digest = hash.digest('hex').slice(0, 32)
  }
  return digest
}
