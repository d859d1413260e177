import { appendFileSync } from 'node:fs'

/** Resolve hook: pass through, writing down what was resolved. */
export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context)
  const file = process.env['RENDERINGS_RECORD_MODULES']
  if (file) appendFileSync(file, `${result.url}\n`)
  return result
}
