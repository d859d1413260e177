import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { TermIndex } from '@renderings/types'
import { createChecker, type Checker, type CheckerOptions } from './checker.js'
import type { DocumentReport } from './document-check.js'
import { crossFileFindings } from './inconsistency.js'
import { addFindingMessage } from './messages.js'
import type { AlignedPair } from './missing.js'
import type { Policy } from './policy.js'

declare module 'vfile' {
  interface DataMap {
    /** What the check found in this file (set by retext-renderings, read by the cross-file pass). */
    renderings: DocumentReport
    /** Aligned sentence pairs for missing-rendering, when the file is a bilingual target. */
    renderingsPairs: AlignedPair[]
  }
}

/** Options of {@link retextRenderings}. */
export interface RetextRenderingsOptions extends CheckerOptions {
  /** The glossary, or a loader of it (called once, on the first file). Ignored when `checker` is given. */
  index?: TermIndex | (() => TermIndex | Promise<TermIndex>)
  policy?: Policy
  /** A checker built beforehand (several processors can share one matcher). */
  checker?: Checker
}

/** The slice of unified-engine's FileSet the cross-file pass needs. */
interface FileSetLike {
  use(completer: ((set: { valueOf(): VFile[] }) => void) & { pluginId?: string }): unknown
}

/**
 * retext plugin: terminology findings as vfile messages. It reads the file's
 * text (the tree is not needed: terms are matched on the normalised raw
 * text, which also finds words that retext-latin keeps inside `l’ordre` or
 * one Chinese run), and bilingual pairs from `file.data.renderingsPairs`.
 * Under unified-engine it adds a FileSet completer for the cross-file
 * inconsistency pass; elsewhere call {@link checkAcrossFiles}.
 */
export default function retextRenderings(options: RetextRenderingsOptions = {}, fileSet?: FileSetLike) {
  let pending: Promise<Checker> | undefined
  const getChecker = (): Promise<Checker> => {
    pending ??= (async () => {
      if (options.checker) return options.checker
      if (options.index === undefined) throw new Error('retext-renderings: pass `index` (a TermIndex or a loader) or `checker`')
      const index = typeof options.index === 'function' ? await options.index() : options.index
      return createChecker(index, options.policy ?? {}, options)
    })()
    return pending
  }
  if (fileSet && typeof fileSet.use === 'function') {
    const completer = async (set: { valueOf(): VFile[] }): Promise<void> => checkAcrossFiles(await getChecker(), set.valueOf())
    completer.pluginId = 'retext-renderings:cross-file'
    fileSet.use(completer)
  }
  return async function transformer(_tree: Root, file: VFile): Promise<void> {
    const checker = await getChecker()
    const text = String(file.value ?? '')
    const document = checker.document(file.path || 'input')
    // The check's own line index counts lines as vfile-location does (LF,
    // CR LF, lone CR), without loading it or building a second index.
    document.add(text)
    if (file.data.renderingsPairs) document.addPairs(file.data.renderingsPairs)
    const report = document.finish()
    file.data.renderings = report
    for (const finding of report.findings) addFindingMessage(file, finding)
  }
}

/**
 * The cross-file pass: files checked together that render one concept in
 * different ways get an inconsistent-rendering message each (see
 * `crossFileFindings`). Reads the reports the plugin left in `file.data`.
 */
export function checkAcrossFiles(checker: Checker, files: readonly VFile[]): void {
  const reports = files.map((file) => file.data.renderings).filter((report): report is DocumentReport => report !== undefined)
  const found = crossFileFindings(checker, reports)
  for (const file of files) {
    const report = file.data.renderings
    if (!report) continue
    for (const finding of found.get(report.file) ?? []) {
      report.findings.push(finding)
      addFindingMessage(file, finding)
    }
  }
}
