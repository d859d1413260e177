/** Escape text for a Markdown table cell: pipes, newlines and markup characters. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[*_`[\]<>]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ')
}
