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
