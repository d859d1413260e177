// The Spark driver (scripts/spark/renderings_spark.py) against the single
// batch process, line for line, on 300 document pairs cut from the
// development data and a few bad records.
//
// - Its Python compiles (python3 only).
// - Its partition function, the code each Spark task runs, answers the
//   corpus cut into partitions over real pipes to the built CLI, with plain
//   Python: everything but Spark itself (python3 only).
// - Spark in local mode (local[2]) runs the driver: one ordered file, and a
//   folder of part files (needs PySpark and Java 17; skips, saying which is
//   missing).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { documentPairs, jsonLines } from './support/batch-corpus.js'
import { java17, pyspark, python, pythonCommand, requireTools } from './support/external-tools.js'
import { cliBin, hasDevData, repositoryRoot } from './support/paths.js'

const driver = join(repositoryRoot, 'scripts', 'spark', 'renderings_spark.py')
const scratch = mkdtempSync(join(tmpdir(), 'renderings-spark-'))
const corpus = join(scratch, 'corpus.jsonl')
let expected: string[] = []

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const result = spawnSync(command, args, { cwd: scratch, encoding: 'utf8', input, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

function lines(text: string): string[] {
  return text.split('\n').slice(0, -1)
}

describe.skipIf(!existsSync(cliBin) || !hasDevData)('the Spark driver of the batch mode', () => {
  beforeAll(() => {
    // 300 pairs, with bad records among them: their error answers must come back in place too.
    const records: object[] = documentPairs(300)
    records.splice(17, 0, { id: 'no-target', src: ['Ein Satz.'] })
    records.splice(150, 0, { id: 'missing-file', srcFile: join(scratch, 'missing.txt'), tgt: ['Une phrase.'] })
    records.splice(290, 0, { src: ['no id'], tgt: ['pas d’id'] })
    writeFileSync(corpus, jsonLines(records))
    const single = run(process.execPath, [cliBin, 'align', '--batch', corpus])
    expect(single.code, single.stderr).toBe(0)
    expected = lines(single.stdout)
    expect(expected).toHaveLength(303)
    expect(expected.filter((line) => line.includes('"error"'))).toHaveLength(3)
  })

  it('compiles (python3 -m py_compile)', (context) => {
    requireTools(context, python)
    const result = run(pythonCommand, ['-c', 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)', driver, join(scratch, 'driver.pyc')])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('answers the corpus cut into partitions with its partition function over real pipes, as the single batch process does, line for line (plain Python)', (context) => {
    requireTools(context, python)
    // Cut as Spark's textFile cuts: contiguous runs of lines, one of them empty.
    const script = `
import itertools, sys
sys.path.insert(0, sys.argv[1])
import renderings_spark as spark
corpus, out, toolkit, node = sys.argv[2:6]
with open(corpus, encoding="utf-8") as handle:
    records = handle.read().split("\\n")[:-1]
cuts = [0, 40, 40, 170, len(records)]
run = spark.partition_function("align", toolkit, node, [])
answers = itertools.chain.from_iterable(run(iter(records[a:b])) for a, b in zip(cuts, cuts[1:]))
spark.write_in_order(answers, out)
`
    const out = join(scratch, 'partitions.jsonl')
    const result = run(pythonCommand, ['-c', script, dirname(driver), corpus, out, repositoryRoot, process.execPath])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(lines(readFileSync(out, 'utf8'))).toEqual(expected)
  })

  it('fails a partition with a message naming what went wrong: a record that is not JSON, no toolkit on the worker, answers out of order', (context) => {
    requireTools(context, python)
    const script = `
import sys
sys.path.insert(0, sys.argv[1])
import renderings_spark as spark
toolkit, node = sys.argv[2:4]
def attempt(run, lines):
    try:
        list(run(iter(lines)))
        print("no error")
    except spark.BatchError as error:
        print(error)
good = '{"id": 1, "src": ["Ein Satz."], "tgt": ["Une phrase."]}'
attempt(spark.partition_function("align", toolkit, node, []), [good, '{"id": 2, "src": [}'])
attempt(spark.partition_function("align", "/nonexistent/renderings", node, []), [good])
shuffled = lambda lines: spark.pipe_partition(lines, ["sh", "-c", "cat > /dev/null; echo '{\\"id\\": 2}'; echo '{\\"id\\": 1}'"], "id")
attempt(shuffled, [good, good.replace('"id": 1', '"id": 2')])
`
    const result = run(pythonCommand, ['-c', script, dirname(driver), repositoryRoot, process.execPath])
    expect(result.code, result.stderr).toBe(0)
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/^a record is not JSON \(Expecting value: .*\): \{"id": 2, "src": \[\}$/),
      'no renderings at /nonexistent/renderings on this worker: install it there, or ship it with --archives (see --toolkit)',
      expect.stringMatching(/answered record 1 of the partition with id 2, expected 1: answers out of order$/)
    ])
  })

  it('runs under Spark in local[2] mode and writes what the single batch process writes, line for line: one file, and part files in order', (context) => {
    requireTools(context, python, pyspark, java17)
    const env = { PYSPARK_PYTHON: pythonCommand, PYSPARK_DRIVER_PYTHON: pythonCommand, SPARK_LOCAL_IP: '127.0.0.1' }
    const common = ['--master', 'local[2]', '--partitions', '4', '--toolkit', repositoryRoot, '--node', process.execPath]
    const single = join(scratch, 'spark.jsonl')
    const one = run(pythonCommand, [driver, 'align', corpus, single, '--single-file', ...common], env)
    expect(one.code, one.stderr.slice(-2000)).toBe(0)
    expect(lines(readFileSync(single, 'utf8'))).toEqual(expected)
    const folder = join(scratch, 'spark-parts')
    const parts = run(pythonCommand, [driver, 'align', corpus, folder, ...common], env)
    expect(parts.code, parts.stderr.slice(-2000)).toBe(0)
    const names = readdirSync(folder).filter((name) => name.startsWith('part-')).sort()
    expect(names.length).toBeGreaterThanOrEqual(4)
    expect(existsSync(join(folder, '_SUCCESS'))).toBe(true)
    expect(names.flatMap((name) => lines(readFileSync(join(folder, name), 'utf8')))).toEqual(expected)
  })
})
