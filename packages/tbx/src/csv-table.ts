import { RenderingsError } from '@renderings/errors'

/** Quote a field when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * Parse RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks;
 * CRLF or LF rows). Returns rows with the 1-based line each starts on.
 */
export function parseCsvRows(text: string, file: string): { line: number; fields: string[] }[] {
  const rows: { line: number; fields: string[] }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let index = 0
  const endRow = (): void => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields })
    fields = []
    field = ''
  }
  while (index < text.length) {
    const character = text[index]!
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') {
          field += '"'
          index += 2
          continue
        }
        quoted = false
      } else {
        if (character === '\n') line++
        field += character
      }
      index++
      continue
    }
    if (character === '"') {
      if (field !== '') throw new RenderingsError(`line ${line}: a quote inside an unquoted field`, { code: 'ECSV', file })
      quoted = true
    } else if (character === ',') {
      fields.push(field)
      field = ''
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++
      endRow()
      line++
      rowLine = line
    } else field += character
    index++
  }
  if (quoted) throw new RenderingsError(`line ${rowLine}: a quoted field is never closed`, { code: 'ECSV', file })
  if (field !== '' || fields.length > 0) endRow()
  return rows
}
