import { existsSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readTextFile } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { ChineseSegmenter } from '@renderings/parse-zh'
import { segmentDocument } from '@renderings/segment'
import type { SegmentOptions } from '../commands/segment.js'
import { hanCharacter, loadChineseSegmenter } from './chinese-segmenter.js'
import { formatSegmentsJsonl, formatSegmentsText } from './segment-output.js'

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
    const segmenter = hanCharacter.test(text) ? await (chinese ??= loadSegmenterWithGlossary(options.glossary)) : undefined
    const document = segmentDocument(text, { doc: documentId(file), file, ...(segmenter === undefined ? {} : { chinese: segmenter }) })
    process.stdout.write(options.format === 'jsonl' ? formatSegmentsJsonl(document) : formatSegmentsText(document))
  }
}

/** The document id: the file name without its extension (the manifest's ids are the same). */
function documentId(file: string): string {
  return basename(file, extname(file))
}

async function loadSegmenterWithGlossary(option: string | undefined): Promise<ChineseSegmenter> {
  const file = option ?? defaultGlossarySource()
  if (option === undefined && !existsSync(file)) return loadChineseSegmenter({ concepts: [] })
  const [{ parseGlossarySource }, text] = await Promise.all([import('@renderings/glossary'), readTextFile(file)])
  return loadChineseSegmenter(parseGlossarySource(text, file))
}

/** The repository's curated glossary (src/ and dist/ both sit two levels below the package). */
function defaultGlossarySource(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'glossary', 'concepts.yaml')
}
