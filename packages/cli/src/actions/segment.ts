import { RenderingsError } from '@renderings/errors'
import { readTextFile } from '@renderings/corpus'
import type { SegmentOptions } from '../commands/segment.js'

export async function runSegment(files: string[], options: SegmentOptions): Promise<void> {
  if (options.format !== 'text' && options.format !== 'jsonl') {
    throw new RenderingsError(`unknown --format "${String(options.format)}", expected text or jsonl`, { code: 'EUSAGE' })
  }
  for (const file of files) {
    const text = await readTextFile(file)
    process.stdout.write(`${file}: ${text.length} characters\n`)
  }
}
