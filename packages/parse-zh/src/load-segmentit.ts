/// <reference path="./segmentit.d.ts" />
import type { SegmentitApi, SegmentitInstance } from 'segmentit'

let loading: Promise<SegmentitApi> | undefined

/**
 * Imports segmentit on first use only: its dictionaries weigh about 90 MB
 * and 0.3 s, which a French-only run must never pay. The module is CommonJS;
 * depending on the loader its API is the namespace itself or its default.
 */
function loadSegmentitApi(): Promise<SegmentitApi> {
  loading ??= import('segmentit').then((module: unknown) => {
    const namespace = module as Partial<SegmentitApi> & { default?: SegmentitApi }
    return typeof namespace.Segment === 'function' ? (namespace as SegmentitApi) : (namespace.default as SegmentitApi)
  })
  return loading
}

/** A fresh segmentit instance with the default dictionaries and `words` added. */
export async function createSegmentitInstance(words: readonly string[]): Promise<SegmentitInstance> {
  const api = await loadSegmentitApi()
  const instance = api.useDefault(new api.Segment())
  const entries = words.map((word) => word.trim()).filter((word) => word.length > 0 && !word.includes('|'))
  // Part of speech "noun" (0x100000) and a frequency above the common words,
  // so that segmentit's optimiser keeps a glossary term whole.
  if (entries.length > 0) instance.loadDict(entries.map((word) => `${word}|0x100000|100000`).join('\n'))
  return instance
}
