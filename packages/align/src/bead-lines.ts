import type { IndexBead } from './score-alignment.js'

/** One bead as a line of the Vecalign/Bleualign format: `[1, 2]:[3]`, `[4]:[]`. */
export function formatBeadLine(bead: IndexBead): string {
  return `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]`
}

const beadLine = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/

/**
 * Read beads written one per line as `[0]:[0]`, `[1, 2]:[3]`; blank lines
 * and `#` comment lines (the `# fr→vi` headers `renderings align` writes for
 * a multilingual file) are skipped. Throws a SyntaxError naming the line on
 * anything else.
 */
export function parseBeadLines(text: string): IndexBead[] {
  const beads: IndexBead[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const match = beadLine.exec(line)
    if (match === null) throw new SyntaxError(`line ${index + 1}: expected a bead like [0]:[0], got "${line.slice(0, 60)}"`)
    beads.push({ source: indices(match[1]!), target: indices(match[2]!) })
  })
  return beads
}

function indices(list: string): number[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map(Number)
}
