export { readTextFile, readTextChunks, decodeText, type ReadTextFileOptions, type ReadTextChunksOptions } from './read-text-file.js'
export { writeFileAtomic } from './write-file-atomic.js'
export {
  loadManifest,
  validateManifest,
  parseManifestLines,
  manifestPath,
  manifestFileName,
  manifestLinesFileName,
  type ManifestEntry
} from './load-manifest.js'
export { loadCorpus, type CorpusDocument, type LoadCorpusOptions } from './load-corpus.js'
export { describeFileName, languagesOfTag, type FileNameInfo } from './file-name.js'
export { readFrontMatter, blankFrontMatter, type FrontMatter } from './front-matter.js'
