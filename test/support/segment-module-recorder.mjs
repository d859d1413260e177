// Preload for tests (`node --import ./segment-module-recorder.mjs …`): records
// the URL of every ES module the process resolves into the file named by
// RENDERINGS_RECORD_MODULES, so a test can check what a command loaded.
import { register } from 'node:module'

register('./segment-module-hooks.mjs', import.meta.url)
