export { segmentDocument, type SegmentDocumentOptions } from './segment-document.js'
export { detectLanguage, defaultLanguages } from './detect-language.js'
export { chineseDictionaryWords } from './chinese-dictionary.js'
