import { RenderingsError } from '@renderings/errors'

// ISO 639-1: the two-letter codes a rendering may carry. A closed list, so a
// typo such as `--lang fe` is refused instead of creating a language nobody
// will ever query.
const iso639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko ' +
    'kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
    'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ' +
    'ur uz ve vi vo wa wo xh yi yo za zh zu').split(' ')
)

/**
 * The language code as stored: a known ISO 639-1 code, optionally with a
 * script or region subtag (`zh-Hans`, `fr-CA`), in canonical BCP 47 case.
 * Throws a RenderingsError naming `where` for anything else.
 */
export function checkLanguage(code: string, where: string): string {
  const match = /^([A-Za-z]{2})(?:-([A-Za-z]{4}|[A-Za-z]{2}|\d{3}))?$/.exec(code.trim())
  const primary = match?.[1]?.toLowerCase()
  if (match === null || primary === undefined || !iso639_1.has(primary)) {
    throw new RenderingsError(`unknown language "${code}" in ${where} (expected an ISO 639-1 code such as fr, vi, zh, en)`, { code: 'ELANG' })
  }
  const subtag = match[2]
  if (subtag === undefined) return primary
  if (subtag.length === 4) return `${primary}-${subtag[0]!.toUpperCase()}${subtag.slice(1).toLowerCase()}`
  return `${primary}-${subtag.toUpperCase()}`
}

/** Whether `code` is a language {@link checkLanguage} accepts. */
export function isKnownLanguage(code: string): boolean {
  try {
    checkLanguage(code, 'a check')
    return true
  } catch {
    return false
  }
}
