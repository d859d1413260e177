/**
 * CC-CEDICT glosses are written for readers ("(bound form) bull's-eye;
 * target", "to be (followed by substantives only)", "CL:個|个[ge4]"). A
 * rendering is what a translation would write: the explanations in
 * brackets, classifiers, cross-references, variants and surnames go, each
 * gloss splits at its semicolons, and a verb loses its `to`.
 */
export function renderingsOfGloss(gloss: string, isName: boolean): string[] {
  const renderings: string[] = []
  for (const part of gloss.split(/\s*;\s*/)) {
    if (crossReference.test(part)) continue
    let text = withoutBrackets(part)
      .replace(/\p{Script=Han}+(?:\|\p{Script=Han}+)?/gu, ' ')
      .replace(/^(?:lit\.|fig\.|esp\.|i\.e\.|e\.g\.)\s+/i, '')
      .replace(/^to\s+(?=\p{L})/u, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[,.:\s]+|[,.:\s]+$/g, '')
    // A name's gloss says who or what it is after a comma ("Xi Jinping, PRC politician").
    if (isName) text = text.split(/,\s/)[0]!.trim()
    if (!/\p{L}/u.test(text) || text.length > 80) continue
    if (!renderings.includes(text)) renderings.push(text)
  }
  return renderings
}

const crossReference = /^(?:CL:|(?:old |archaic |Japanese |ancient |erroneous )?variant of\b|see\b|see also\b|used in\b|surname\b|abbr\. for\b|also pr\.|also written\b|Taiwan pr\.|pr\.|Tw pr\.|\(Tw\) pr\.)/i

/** Remove bracketed explanations, nested or not: (…), […], {…}. */
function withoutBrackets(text: string): string {
  let result = ''
  let depth = 0
  for (const character of text) {
    if (character === '(' || character === '[' || character === '{' || character === '（') depth++
    else if (character === ')' || character === ']' || character === '}' || character === '）') depth = Math.max(0, depth - 1)
    else if (depth === 0) result += character
  }
  return result
}
