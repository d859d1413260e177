/** Whether two language tags share their primary language (`fr` and `fr-FR`). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0]
}
