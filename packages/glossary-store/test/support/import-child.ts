// Child process for the crash test: imports a large glossary and reports
// progress on stdout, so the parent can SIGKILL it in the middle.
import { importTermIndex, openStore } from '@renderings/glossary-store'
import { syntheticIndex } from '../../../../test/support/synthetic-glossary.js'

const [path, count] = process.argv.slice(2)
const store = await openStore(path!)
const index = syntheticIndex(Number(count), 3)
await importTermIndex(store, index, {
  onProgress: (written) => {
    process.stdout.write(`progress ${written}\n`)
  }
})
process.stdout.write('done\n')
