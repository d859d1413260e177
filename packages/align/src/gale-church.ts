import type { Bead } from '@renderings/types'
import { beadTypes, defaultPrior } from './bead-types.js'
import { type CostModel, lengthDelta } from './cost-model.js'
import { recursiveSearch } from './recursive-search.js'
import { type LengthUnit, textLength } from './text-length.js'
import type { Units } from './units.js'

/** Options of the plain Gale & Church baseline. */
export interface GaleChurchOptions {
  /** Count lengths in characters (the original) or UTF-8 bytes (default `chars`). */
  lengthUnit?: LengthUnit
}

/**
 * The plain Gale & Church (1993) aligner, for comparison: lengths only,
 * expected ratio 1, variance 6.8, the paper's six bead shapes and priors,
 * nothing learnt from the text. It shares the recursive banded search with
 * the full aligner (so long inputs stay tractable), which on short texts
 * is the paper's exact dynamic program.
 */
export function alignGaleChurch(source: readonly string[], target: readonly string[], options: GaleChurchOptions = {}): Bead[] {
  const unit = options.lengthUnit ?? 'chars'
  const types = beadTypes(2, 2)
  const model: CostModel = {
    types,
    priorCost: Float64Array.from(types, (type) => -Math.log(defaultPrior(type))),
    ratio: 1,
    variance: 6.8,
    deletionsByLength: true,
    keyCount: 0
  }
  const units = (texts: readonly string[]): Units => ({
    lengths: Float64Array.from(texts, (text) => textLength(text, unit)),
    anchors: texts.map(() => new Int32Array(0)),
    gains: texts.map(() => new Float32Array(0)),
    misses: texts.map(() => new Float32Array(0)),
    base: new Float64Array(texts.length)
  })
  const sourceUnits = units(source)
  const targetUnits = units(target)
  const path = recursiveSearch(sourceUnits, targetUnits, model, { fullMatrixCells: 250_000, bandWidth: 10 })
  return path.map((step) => {
    let sourceLength = 0
    for (let index = step.s0; index < step.s1; index++) sourceLength += sourceUnits.lengths[index]!
    let targetLength = 0
    for (let index = step.t0; index < step.t1; index++) targetLength += targetUnits.lengths[index]!
    const delta = lengthDelta(model, sourceLength, targetLength)
    return {
      source: Array.from({ length: step.s1 - step.s0 }, (_, index) => step.s0 + index),
      target: Array.from({ length: step.t1 - step.t0 }, (_, index) => step.t0 + index),
      score: Math.round(1000 * Math.exp(-step.cost / 4)) / 1000,
      evidence: [`length δ=${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`]
    }
  })
}
