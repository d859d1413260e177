/** The rules the checker reports, with what each one means. */
export const ruleIds = ['deprecated-rendering', 'forbidden-rendering', 'inconsistent-rendering', 'missing-rendering', 'unexplained-suppression'] as const

export type RuleId = (typeof ruleIds)[number]

/** How loud a finding is: errors fail a run, warnings fail it only under `--frail`, info never does. */
export type Severity = 'error' | 'warning' | 'info' | 'off'

export interface RuleDescription {
  id: RuleId
  /** One line, for SARIF `shortDescription` and the README. */
  summary: string
  defaultSeverity: Exclude<Severity, 'off'>
}

export const rules: Record<RuleId, RuleDescription> = {
  'deprecated-rendering': {
    id: 'deprecated-rendering',
    summary: 'A rendering the glossary marks deprecated or superseded, or that the policy does not agree to, is used.',
    defaultSeverity: 'error'
  },
  'forbidden-rendering': {
    id: 'forbidden-rendering',
    summary: 'A rendering the glossary or the policy forbids is used.',
    defaultSeverity: 'error'
  },
  'inconsistent-rendering': {
    id: 'inconsistent-rendering',
    summary: 'One concept is rendered in two ways in one document, or across the files checked together.',
    defaultSeverity: 'error'
  },
  'missing-rendering': {
    id: 'missing-rendering',
    summary: 'A source sentence contains a concept and its aligned target sentence contains none of its renderings.',
    defaultSeverity: 'error'
  },
  'unexplained-suppression': {
    id: 'unexplained-suppression',
    summary: 'An inline ignore comment without a reason (it silences nothing).',
    defaultSeverity: 'warning'
  }
}

/** The `source` of every message, as unified plugins name themselves. */
export const messageSource = 'retext-renderings'
