/** A quotation inside a text: marks at `open` and `close`, trimmed content `[start, end)`. */
export interface QuoteSpan {
  open: number
  close: number
  start: number
  end: number
}

const pairs: Record<string, string> = { '«': '»', '“': '”', '„': '“', '「': '」', '『': '』', '‹': '›' }
const closers = new Set(Object.values(pairs))
const blank = /[\s\u00a0\u202f]/u

/**
 * Quotations of a text, innermost included, in order of their opening mark.
 * Guillemets and curly quotes nest; straight double quotes pair in turn.
 * An opening mark never closed, or a closing mark never opened, is ignored:
 * unbalanced quotes lose a quotation, never the rest of the text.
 */
export function findQuotes(text: string, base = 0): QuoteSpan[] {
  const found: QuoteSpan[] = []
  const stack: Array<{ mark: string; at: number }> = []
  let straightOpen = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '"') {
      if (straightOpen < 0) straightOpen = index
      else {
        found.push(span(text, straightOpen, index, base))
        straightOpen = -1
      }
      continue
    }
    const closer = pairs[char]
    // „ opens, but “ both opens (French, English) and closes (German „…“).
    if (closer !== undefined && !(char === '“' && stack.at(-1)?.mark === '„')) {
      stack.push({ mark: char, at: index })
      continue
    }
    if (closers.has(char)) {
      const depth = findLastIndex(stack, (entry) => pairs[entry.mark] === char)
      if (depth < 0) continue
      const opening = stack[depth]!
      stack.length = depth
      found.push(span(text, opening.at, index, base))
    }
  }
  return found.sort((a, b) => a.open - b.open)
}

function span(text: string, open: number, close: number, base: number): QuoteSpan {
  let start = open + 1
  let end = close
  while (start < end && blank.test(text[start]!)) start++
  while (end > start && blank.test(text[end - 1]!)) end--
  return { open: open + base, close: close + base, start: start + base, end: end + base }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index
  return -1
}
