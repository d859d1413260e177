import type { Attestation, RenderingStatus } from '@renderings/types'
import type { RuleId, Severity } from './rules.js'

/** A position in a file: 1-based line and column (UTF-16 units), 0-based offset, as unist and vfile count. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Place {
  start: Point
  end: Point
}

/** Another place a finding refers to (the first use of the other rendering, maybe in another file). */
export interface RelatedLocation {
  /** The file, when it is not the finding's own. */
  file?: string
  place: Place
  message: string
}

/** One finding of the check, before it becomes a vfile message. */
export interface Finding {
  ruleId: RuleId
  severity: Exclude<Severity, 'off'>
  reason: string
  place: Place
  /** The text found (for missing-rendering: the source phrase). */
  actual: string
  /** The agreed renderings. */
  expected: string[]
  note: string
  conceptId: string
  lang: string
  /** Effective status of the rendering found. */
  status?: RenderingStatus
  /** The attestation the note cites. */
  attestation?: Attestation
  related: RelatedLocation[]
  /** Set when an inline comment silenced the finding (it is then reported as info). */
  suppressed?: { reason: string; place: Place; severity: Exclude<Severity, 'off'> }
  url?: string
}
