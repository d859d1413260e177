/**
 * Patterns that tell what a paragraph is, by its own words. They are general
 * conventions of news pages (credits, publisher labels, bylines, note lists)
 * in the languages in play, not phrases of particular documents.
 */

/** The heading of a numbered list of sources or notes. */
export const sourcesHeading = /^(?:sources?|notes?|références|references|bibliographie|bibliography|quellen|anmerkungen|nguồn|chú thích|tài liệu tham khảo)\s*:?$/iu

/** A numbered list item: `1. …`, `2) …`. */
export const numberedItem = /^(\d{1,3})[.)]\s+/u

/** A bullet item: `• …`, `– …`, `- …`, `* …`. */
export const bulletItem = /^[•◦▪‣●○■□–—*-]\s+/u

/**
 * Page furniture: photo credits, publisher labels, dates of publication,
 * links to more articles, labels such as "Exclusive".
 */
const boilerplatePatterns: readonly RegExp[] = [
  /^(?:photo|photos|crédits?(?: photo)?|illustration|image|vidéo|video|ảnh|foto|bild)\s*:/iu,
  /^(?:exclusif|exclusive|exklusiv|độc quyền|en direct|live|breaking|urgent|analyse|analysis|opinion|tribune|édito|éditorial)$/iu,
  /^(?:publié|mis à jour|modifié|published|updated|veröffentlicht|aktualisiert|cập nhật|đăng)(?:\s|:|$)/iu,
  /^(?:lire aussi|à lire aussi|voir aussi|read more|related|see also|mehr zum thema|xem thêm|tin liên quan)\b/iu,
  /^(?:articles?|tous les articles|more articles|weitere artikel|bài viết)\b.{0,40}(?:auteur|author|autor|tác giả)$/iu,
  /^(?:partager|share|teilen|chia sẻ|abonnez-vous|subscribe|newsletter)\b/iu
]

/**
 * Bylines and credits of authorship: "X est journaliste pour …", "Reuters a
 * contribué à cet article", "Cet article a été écrit par …", "Par X".
 */
const bylinePatterns: readonly RegExp[] = [
  /\b(?:est|sont) (?:journaliste|journalistes|correspondant|correspondante|correspondants|rédacteur|rédactrice|reporter|chroniqueur|chroniqueuse)\b/iu,
  /\b(?:a|ont) contribué à (?:cet|cette|ce) (?:article|dépêche|reportage)\b/iu,
  /\b(?:contributed to this (?:report|article|story))\b/iu,
  /\b(?:cet article|cette dépêche|ce texte) a été (?:co-?)?(?:écrit|rédigé|traduit)\b/iu,
  /^(?:par|by|von|avec|with|theo|bài và ảnh)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|et|and|und|và)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*\.?$/u,
  /^(?:propos recueillis par|traduit (?:de l’|de l'|du )\p{L}+ par)\b/iu
]

export function isBoilerplate(text: string): boolean {
  return text.length <= 200 && boilerplatePatterns.some((pattern) => pattern.test(text))
}

export function isByline(text: string): boolean {
  return text.length <= 300 && bylinePatterns.some((pattern) => pattern.test(text))
}

/** Ends like a sentence (so the paragraph is running text, not a title or heading). */
const sentenceEnding = /[.!?…]["'’”»)\]\s\u00a0\d]*$|[。！？][”」』）]*$/u

/**
 * A title or heading: short (Vietnamese titles run to 40 syllables), one line, and not ended like a sentence
 * (headings that end with a question mark are rare in news and read as text).
 */
export function isTitleLike(text: string): boolean {
  if (text.length > 250 || /[\n\r]/.test(text)) return false
  if (sentenceEnding.test(text)) return false
  const words = text.split(/\s+/u).filter((word) => word.length > 0).length
  return words <= 45
}
