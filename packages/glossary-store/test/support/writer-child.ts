// Child process for the concurrency tests: `hold` keeps the write lock until
// a line arrives on stdin; `add ID TIMEOUT` adds a rendering with that busy timeout.
import { addRendering, closeStore, openStore } from '@renderings/glossary-store'
import { isRenderingsError } from '@renderings/errors'

const [path, action, argument, timeout] = process.argv.slice(2)
const store = await openStore(path!, { busyTimeout: Number(timeout ?? 5000) })
try {
  if (action === 'hold') {
    await store.db.run('BEGIN IMMEDIATE')
    await store.db.run("UPDATE concepts SET note = 'held' WHERE id = 'xi-jinping'")
    process.stdout.write('locked\n')
    await new Promise((resolve) => process.stdin.once('data', resolve))
    process.stdin.destroy()
    await store.db.run('COMMIT')
  } else {
    await addRendering(store, { conceptId: 'xi-jinping', lang: 'en', text: `President Xi ${argument}` })
    process.stdout.write('added\n')
  }
  await closeStore(store)
} catch (error) {
  process.stdout.write(isRenderingsError(error) ? `error ${error.message}\n` : `crash ${String(error)}\n`)
  process.exitCode = 1
}
