import { RenderingsError } from '@renderings/errors'
import type { RenderingStatus } from '@renderings/types'
import { ruleIds, type RuleId, type Severity } from './rules.js'

/**
 * What a project agrees to, on top of the glossary (the `.renderingsrc.json`
 * of the CLI). Concepts are named by id, by source text (`战后国际秩序`) or by
 * any of their renderings.
 */
export interface Policy {
  /**
   * Agreed renderings per concept and language. Once a concept has agreed
   * renderings in a language, its other renderings there count as
   * deprecated (forbidden ones stay forbidden), unless listed in `admitted`.
   */
  preferred?: Record<string, Record<string, string | string[]>>
  /** Renderings also accepted next to the preferred ones. */
  admitted?: Record<string, Record<string, string | string[]>>
  /** Renderings forbidden by the project whatever the glossary says. */
  forbidden?: Record<string, Record<string, string | string[]>>
  /** Severity per rule: `error`, `warning`, `info` or `off` (also 2, 1, 0 and true/false as in unified-lint). */
  rules?: Partial<Record<RuleId, Severity | number | boolean>>
  /** Glob patterns of paths not to check (the CLI applies them). */
  ignore?: string[]
  /** Language of the checked texts when the CLI cannot tell (ISO 639-1), e.g. `fr`. */
  lang?: string
  /** Base URL of the rule documentation; a message's `url` is `${docs}#${ruleId}`. */
  docs?: string
  /** The glossary to check against (the CLI resolves it relative to the config file). */
  glossary?: string
}

/** A policy with every rule's severity decided. */
export interface ResolvedPolicy {
  severity: Record<RuleId, Severity>
  overrides: Array<{ concept: string; lang: string; text: string; status: RenderingStatus }>
  /** Concept/language pairs where the policy names the agreed renderings. */
  agreed: Array<{ concept: string; lang: string }>
  ignore: string[]
  lang: string | undefined
  docs: string | undefined
}

// `glossary` is read by the CLI (the glossary file, relative to the config file).
const topLevelFields = new Set(['preferred', 'admitted', 'forbidden', 'rules', 'ignore', 'lang', 'docs', 'glossary', '$schema'])

/**
 * Validate a policy (parsed JSON) and decide every rule's severity. Errors
 * are RenderingsErrors naming `file` and the field.
 */
export function resolvePolicy(value: unknown, defaults: Record<RuleId, Severity>, file = 'policy'): ResolvedPolicy {
  const policy = value ?? {}
  if (!isRecord(policy)) fail(file, '', 'expected a JSON object')
  for (const key of Object.keys(policy)) if (!topLevelFields.has(key)) fail(file, key, `unknown field (expected one of ${[...topLevelFields].filter((name) => name !== '$schema').join(', ')})`)
  const severity = { ...defaults }
  const rulesField = policy['rules'] ?? {}
  if (!isRecord(rulesField)) fail(file, 'rules', 'expected an object from rule id to severity')
  for (const [rule, setting] of Object.entries(rulesField)) {
    if (!(ruleIds as readonly string[]).includes(rule)) fail(file, `rules.${rule}`, `unknown rule (expected one of ${ruleIds.join(', ')})`)
    severity[rule as RuleId] = toSeverity(setting, file, `rules.${rule}`)
  }
  const overrides: ResolvedPolicy['overrides'] = []
  const agreed: ResolvedPolicy['agreed'] = []
  for (const [field, status] of [['preferred', 'preferred'], ['admitted', 'admitted'], ['forbidden', 'forbidden']] as const) {
    const table = policy[field] ?? {}
    if (!isRecord(table)) fail(file, field, 'expected an object from concept to { language: rendering(s) }')
    for (const [concept, byLanguage] of Object.entries(table)) {
      if (!isRecord(byLanguage)) fail(file, `${field}.${concept}`, 'expected an object from language code to rendering(s)')
      for (const [lang, texts] of Object.entries(byLanguage)) {
        const list = typeof texts === 'string' ? [texts] : texts
        if (!Array.isArray(list) || list.length === 0 || !list.every((text) => typeof text === 'string' && text.trim() !== '')) {
          fail(file, `${field}.${concept}.${lang}`, 'expected a rendering or a non-empty list of renderings')
        }
        if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(lang)) fail(file, `${field}.${concept}.${lang}`, 'expected a language code such as fr or vi')
        for (const text of list as string[]) overrides.push({ concept, lang, text: text.trim(), status })
        if (field === 'preferred') agreed.push({ concept, lang })
      }
    }
  }
  const ignore = policy['ignore'] ?? []
  if (!Array.isArray(ignore) || !ignore.every((pattern) => typeof pattern === 'string')) fail(file, 'ignore', 'expected a list of glob patterns')
  const lang = policy['lang']
  if (lang !== undefined && (typeof lang !== 'string' || !/^[a-z]{2,3}$/.test(lang))) fail(file, 'lang', 'expected a language code such as fr')
  if (policy['glossary'] !== undefined && typeof policy['glossary'] !== 'string') fail(file, 'glossary', 'expected a file path')
  const docs = policy['docs']
  if (docs !== undefined && (typeof docs !== 'string' || !/^https?:\/\//.test(docs))) fail(file, 'docs', 'expected an http(s) URL')
  return { severity, overrides, agreed, ignore: ignore as string[], lang: lang as string | undefined, docs: docs as string | undefined }
}

function toSeverity(setting: unknown, file: string, field: string): Severity {
  if (setting === 'error' || setting === 2) return 'error'
  if (setting === 'warning' || setting === 'warn' || setting === 1 || setting === true || setting === 'on') return 'warning'
  if (setting === 'info') return 'info'
  if (setting === 'off' || setting === 0 || setting === false) return 'off'
  return fail(file, field, 'expected error, warning, info or off')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(file: string, field: string, message: string): never {
  throw new RenderingsError(`${field === '' ? '' : `${field}: `}${message}`, { code: 'EPOLICY', file })
}
