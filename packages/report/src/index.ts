export {
  buildVariationReport,
  type ProposedRendering,
  type VariationFlag,
  type VariationInput,
  type VariationRendering,
  type VariationReport,
  type VariationRow
} from './variation-model.js'
export { renderVariationHtml } from './variation-html.js'
export { renderVariationMarkdown } from './variation-markdown.js'
export { renderVariationJson } from './variation-json.js'
export {
  beadShape,
  doubtfulScore,
  summarizeAlignment,
  type AlignmentPair,
  type AlignmentReport,
  type AlignmentSide,
  type AlignmentSummary
} from './alignment-model.js'
export { beadLine, renderAlignmentBeads, renderAlignmentJsonl, renderAlignmentTsv } from './alignment-text-formats.js'
export { renderAlignmentMarkdown } from './alignment-markdown.js'
export { renderAlignmentHtml } from './alignment-html.js'
export { renderAlignmentTmx, type AlignmentTmxOptions } from './alignment-tmx.js'
