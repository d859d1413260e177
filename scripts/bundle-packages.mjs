// One ES module per library package: `dist/bundle.js`, made from the
// `dist/*.js` that `tsc --build` writes, which is what the package's export
// points to. Why: every `renderings` command is a short process, and Node 20
// loads ES modules one file at a time (resolve, read, compile, link). A check
// against the glossary database loaded 85 of the packages' modules before it
// read a byte of text; it now loads 13.
//
// Only the package's own modules are bundled: every bare import (another
// workspace package, a dependency) stays an import, so each package is still
// loaded once, by whoever needs it. The bundle sits in `dist/` beside
// `index.js`, so `import.meta.url` (the data files a package finds next to its
// modules, `../data/…`) means what it meant. Names are not kept
// (`keepNames` off): no code reads a function's or class's name (errors set
// theirs), and keeping them wrapped every named function in a
// defineProperty as it was made, about 3 µs a closure in a fresh process:
// the aligner made 29,600 on the Bible set.
//
// The CLI is bundled too, into `dist/bundle/`: its program and commands in
// one module (`main.js`, which `dist/bin.js` loads) and each action, still
// loaded by `import()` when its command runs, in a module of its own. The
// folder is as deep as `dist/actions/`, so the paths the actions work out
// from their own place (the repository's glossary and seeds) still hold.
//
// Run after `tsc --build` (the root `build` script does both). The source
// condition (`renderings-source`: tests, evaluations) never reads a bundle.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const packagesFolder = join(root, 'packages')

const common = { bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' }
const bundled = []
for (const name of readdirSync(packagesFolder).sort()) {
  const folder = join(packagesFolder, name)
  const manifestFile = join(folder, 'package.json')
  if (!existsSync(manifestFile)) continue
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  if (manifest.bin !== undefined) {
    // The command: its program, and its actions split off where they are imported lazily.
    const entry = builtEntry(folder, 'main.js')
    rmSync(join(folder, 'dist', 'bundle'), { recursive: true, force: true })
    bundled.push(build({ ...common, entryPoints: [entry], outdir: join(folder, 'dist', 'bundle'), splitting: true }))
    continue
  }
  // A library package takes part by pointing its export at the bundle.
  if (manifest.exports?.['.']?.default !== './dist/bundle.js') continue
  bundled.push(build({ ...common, entryPoints: [builtEntry(folder, 'index.js')], outfile: join(folder, 'dist', 'bundle.js') }))
}
await Promise.all(bundled)

/** The module tsc wrote for `name` in the package at `folder`; it must exist. */
function builtEntry(folder, name) {
  const entry = join(folder, 'dist', name)
  if (!existsSync(entry)) {
    process.stderr.write(`bundle-packages: ${entry} is missing: run tsc --build first\n`)
    process.exit(1)
  }
  return entry
}
