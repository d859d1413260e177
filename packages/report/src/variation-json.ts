import type { VariationReport } from './variation-model.js'

/** The variation report as JSON (the model itself, two-space indented). */
export function renderVariationJson(report: VariationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
