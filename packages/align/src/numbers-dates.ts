// Numbers and dates are read by the lexicon, which links them across
// languages too (Chinese numerals included); the aligner's anchors are the same.
export { numberAndDateAnchors, type Anchor } from '@renderings/lexicon'
