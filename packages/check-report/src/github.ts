import type { VFile } from 'vfile'
import { fileName, levelOf, placeOf, sortedMessages } from './message-fields.js'

/**
 * GitHub Actions workflow commands, one line per message:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=source:ruleId::reason`.
 * Errors are `error`, warnings `warning`, info `notice`; silenced findings
 * are left out (annotations cannot be dismissed). The message carries the
 * expected renderings, since annotations show no other field.
 */
export function reportGithub(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      if (message.suppressed) continue
      const level = levelOf(message)
      const command = level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice'
      const place = placeOf(message)
      const properties = [`file=${escapeProperty(fileName(file))}`]
      if (place) {
        properties.push(`line=${place.start.line}`, `col=${place.start.column}`)
        if (place.end) properties.push(`endLine=${place.end.line}`, `endColumn=${place.end.column}`)
      }
      const title = [message.source, message.ruleId].filter(Boolean).join(':')
      if (title) properties.push(`title=${escapeProperty(title)}`)
      lines.push(`::${command} ${properties.join(',')}::${escapeData(message.reason)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** The escaping of @actions/core for command data. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** …and for command properties, where `:` and `,` separate fields. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
