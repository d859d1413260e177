#!/usr/bin/env node
// The executable. Kept tiny: process handlers live here and nowhere else, so
// importing the library code never changes how the process behaves.
//
// It runs the CLI's modules as `pnpm build` joins them (dist/bundle/: the
// program and commands in one module, each action in its own, loaded when
// its command runs; see scripts/bundle-packages.mjs): fewer files for Node
// to load at every start.
const { main } = (await import('./bundle/main.js' as string)) as typeof import('./main.js')

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `renderings … | head` closes the pipe early: that is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

await main(process.argv)
