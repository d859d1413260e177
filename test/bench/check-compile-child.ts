// Child process of the check benchmark: compiles a glossary of COUNT bench
// concepts once, in a fresh process (as `renderings check --glossary
// FILE.yaml --no-cache` does, its code not yet optimised by the JIT), and
// prints the time, so the parent measures one compile and nothing else.
// Run without the renderings-source condition: the packages' compiled code.
import { createChecker } from '@renderings/retext-renderings'
import { benchGlossary } from './check-data.js'

const index = benchGlossary(Number(process.argv[2] ?? 10_000))
const start = performance.now()
const cpu = process.cpuUsage()
const checker = createChecker(index)
const milliseconds = performance.now() - start
// CPU time too: on a shared machine the wall time follows the load.
const { user, system } = process.cpuUsage(cpu)
process.stdout.write(JSON.stringify({ concepts: index.concepts.length, keys: checker.matcher.size.keys, milliseconds, cpuMilliseconds: (user + system) / 1000 }) + '\n')
