export { readTextFile, readTextChunks, decodeText, type ReadTextFileOptions, type ReadTextChunksOptions } from './read-text-file.js'
export { writeFileAtomic } from './write-file-atomic.js'
export { loadManifest, validateManifest, manifestFileName } from './load-manifest.js'
