// `pnpm bench [name…]`: runs every test/bench/<name>.bench.ts (or the named
// ones) in turn. Each benchmark measures against a reference run in the same
// process or command and prints its own figures; absolute times on shared
// machines are only indicative, the ratios are what we track.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const folder = dirname(fileURLToPath(import.meta.url))
const wanted = process.argv.slice(2)
const all = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .map((name) => name.slice(0, -'.bench.ts'.length))
  .sort()
const chosen = wanted.length > 0 ? wanted : all
for (const name of chosen) {
  if (!all.includes(name)) {
    process.stderr.write(`bench: no benchmark "${name}" (have: ${all.join(', ')})\n`)
    process.exitCode = 2
    continue
  }
  process.stdout.write(`\n## ${name}\n\n`)
  const module = (await import(pathToFileURL(join(folder, `${name}.bench.ts`)).href)) as { default: () => Promise<void> }
  await module.default()
}
