#!/usr/bin/env node
// The executable. Kept tiny: process handlers live here and nowhere else, so
// importing the library code never changes how the process behaves.
import { main } from './main.js'

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `renderings … | head` closes the pipe early: that is not a failure.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

await main(process.argv)
