import { existsSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readTextFile } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { ChineseSegmenter } from '@renderings/parse-zh'
import { chineseDictionaryWords, segmentDocument } from '@renderings/segment'
import type { SegmentOptions } from '../commands/segment.js'
import { formatSegmentsJsonl, formatSegmentsText } from './segment-output.js'

/** Han ideographs: only a document holding one pays for loading segmentit. */
const hanCharacter = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

export async function runSegment(files: string[], options: SegmentOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'jsonl') {
    throw new RenderingsError(`unknown --format "${String(options.format)}", expected text or jsonl`, { code: 'EUSAGE' })
  }
  let chinese: Promise<ChineseSegmenter> | undefined
  for (const file of files) {
    const text = await readTextFile(file)
    if (text.trim().length === 0) {
      process.stderr.write(`renderings: ${file}: empty, no sentences\n`)
      continue
    }
    const segmenter = hanCharacter.test(text) ? await (chinese ??= loadChineseSegmenter(options.glossary)) : undefined
    const document = segmentDocument(text, { doc: documentId(file), file, ...(segmenter === undefined ? {} : { chinese: segmenter }) })
    process.stdout.write(options.format === 'jsonl' ? formatSegmentsJsonl(document) : formatSegmentsText(document))
  }
}

/** The document id: the file name without its extension (the manifest's ids are the same). */
function documentId(file: string): string {
  return basename(file, extname(file))
}

/**
 * segmentit with the glossary's Chinese terms in its dictionary, so that
 * `战后国际秩序` stays one word. Imported here, on demand, never for a
 * document without Chinese.
 */
async function loadChineseSegmenter(glossaryOption: string | undefined): Promise<ChineseSegmenter> {
  const [{ createChineseSegmenter }, words] = await Promise.all([import('@renderings/parse-zh'), glossaryChineseTerms(glossaryOption)])
  return createChineseSegmenter({ words })
}

async function glossaryChineseTerms(option: string | undefined): Promise<string[]> {
  const file = option ?? defaultGlossarySource()
  if (option === undefined && !existsSync(file)) return []
  const [{ parseGlossarySource }, text] = await Promise.all([import('@renderings/glossary'), readTextFile(file)])
  const index = parseGlossarySource(text, file)
  const words = new Set<string>()
  for (const concept of index.concepts) {
    if (concept.sourceLang === 'zh') words.add(concept.sourceText)
    for (const term of concept.terms) if (term.lang === 'zh') words.add(term.text)
  }
  return chineseDictionaryWords(words)
}

/** The repository's curated glossary (src/ and dist/ both sit two levels below the package). */
function defaultGlossarySource(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'glossary', 'concepts.yaml')
}
