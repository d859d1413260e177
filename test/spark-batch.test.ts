// The Spark driver (scripts/spark/renderings_spark.py) against the single
// batch process, line for line, on 300 document pairs cut from the
// development data and a few bad records.
//
// - Its Python compiles (python3 only).
// - Its partition function, the code each Spark task runs, answers the
//   corpus cut into partitions over real pipes to the built CLI, with plain
//   Python: everything but Spark itself (python3 only); and so does the
//   toolkit packed by scripts/spark/pack.sh, unpacked as --archives does.
// - Spark in local mode (local[2]) runs the driver: one ordered file, and a
//   folder of part files (needs PySpark and Java 17; skips, saying which is
//   missing).
// - In mine mode, events of the seeds keyed by "event" (plain Python).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { documentPairs, jsonLines } from './support/batch-corpus.js'
import { java17, pyspark, python, pythonCommand, requireTools } from './support/external-tools.js'
import { cliBin, hasDevData, repositoryRoot, seedsFolder } from './support/paths.js'

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

  it('drives a stand-in of the four PySpark calls it makes (textFile, mapPartitions, toLocalIterator, saveAsTextFile): its own code from the command line to the files, not Spark (plain Python)', (context) => {
    requireTools(context, python)
    // What the stand-in does is what Spark documents for these calls: lines
    // cut into at least minPartitions contiguous partitions, a function per
    // partition, results in partition order, part-NNNNN files and _SUCCESS.
    const standIn = join(scratch, 'stand-in', 'pyspark')
    mkdirSync(standIn, { recursive: true })
    writeFileSync(
      join(standIn, '__init__.py'),
      `
import os
class SparkConf:
    def __init__(self): self.settings = {}
    def setAppName(self, name): self.settings["spark.app.name"] = name; return self
    def setMaster(self, master): self.settings["spark.master"] = master; return self
class RDD:
    def __init__(self, partitions): self.partitions = partitions
    def mapPartitions(self, function): return RDD([list(function(iter(partition))) for partition in self.partitions])
    def toLocalIterator(self): return (item for partition in self.partitions for item in partition)
    def saveAsTextFile(self, folder):
        os.makedirs(folder)
        for index, partition in enumerate(self.partitions):
            with open(os.path.join(folder, "part-%05d" % index), "w", encoding="utf-8") as out:
                out.writelines(item + "\\n" for item in partition)
        open(os.path.join(folder, "_SUCCESS"), "w").close()
class SparkContext:
    defaultParallelism = 2
    @classmethod
    def getOrCreate(cls, conf): print("master", conf.settings.get("spark.master")); return cls()
    def textFile(self, path, minPartitions):
        with open(path, encoding="utf-8") as handle: lines = handle.read().split("\\n")[:-1]
        size = -(-len(lines) // minPartitions)
        print("partitions", minPartitions)
        return RDD([lines[start:start + size] for start in range(0, len(lines), size)])
    def stop(self): print("stopped")
`
    )
    const env = { PYTHONPATH: dirname(standIn) }
    const single = join(scratch, 'stand-in.jsonl')
    const one = run(pythonCommand, [driver, 'align', corpus, single, '--single-file', '--master', 'local[2]', '--partitions', '3', '--node', process.execPath], env)
    expect(one.stderr).toBe('')
    expect(one.stdout).toBe('master local[2]\npartitions 3\nstopped\n')
    expect(lines(readFileSync(single, 'utf8'))).toEqual(expected)
    expect(readdirSync(scratch).filter((name) => name.startsWith('.renderings-tmp-'))).toEqual([])
    const folder = join(scratch, 'stand-in-parts')
    const parts = run(pythonCommand, [driver, 'align', corpus, folder, '--node', process.execPath, '--', '--max-bead', '2'], env)
    expect(parts.stdout).toBe('master None\npartitions 2\nstopped\n')
    const names = readdirSync(folder).filter((name) => name.startsWith('part-')).sort()
    expect(names).toEqual(['part-00000', 'part-00001'])
    const answers = names.flatMap((name) => lines(readFileSync(join(folder, name), 'utf8')))
    // The options after -- reach renderings: beads of at most two sentences a side.
    const maxTwo = lines(run(process.execPath, [cliBin, 'align', '--batch', corpus, '--max-bead', '2']).stdout)
    expect(answers).toEqual(maxTwo)
    expect(answers).not.toEqual(expected)
    const usage = run(pythonCommand, [driver, 'translate', corpus, folder], env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/invalid choice: 'translate'/)
  })

  it('ships as an archive (scripts/spark/pack.sh) that answers from where it is unpacked, with the Node.js packed in it (plain Python)', (context) => {
    requireTools(context, python)
    // A Node.js "distribution" of this machine's node, as --node takes one.
    const nodeDist = join(scratch, 'node-dist')
    mkdirSync(join(nodeDist, 'bin'), { recursive: true })
    symlinkSync(process.execPath, join(nodeDist, 'bin', 'node'))
    const archive = join(scratch, 'renderings-spark.tgz')
    const packed = run('bash', [join(dirname(driver), 'pack.sh'), '--out', archive, '--node', nodeDist])
    expect(packed.code, packed.stderr).toBe(0)
    // Unpacked as --archives renderings-spark.tgz#renderings does, into the task's working folder.
    const worker = join(scratch, 'worker')
    mkdirSync(join(worker, 'renderings'), { recursive: true })
    expect(run('tar', ['-xzf', archive, '-C', join(worker, 'renderings')]).code).toBe(0)
    expect(existsSync(join(worker, 'renderings', '.git'))).toBe(false)
    const script = `
import os, sys
sys.path.insert(0, sys.argv[1])
import renderings_spark as spark
corpus, out = sys.argv[2:4]
os.chdir(sys.argv[4])
home = spark.on_worker("renderings")
print(spark.node_on_worker(None, home))
with open(corpus, encoding="utf-8") as handle:
    records = handle.read().split("\\n")[:-1]
spark.write_in_order(spark.partition_function("align", "renderings", None, [])(iter(records[:60])), out)
`
    const out = join(scratch, 'archive.jsonl')
    // No node on the PATH: the packed one must be found. Python by its own path.
    const executable = run(pythonCommand, ['-c', 'import sys; print(sys.executable)']).stdout.trim()
    const result = run(executable, ['-c', script, dirname(driver), corpus, out, worker], { PATH: '/nonexistent' })
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`${join(worker, 'renderings', 'node', 'bin', 'node')}\n`)
    expect(lines(readFileSync(out, 'utf8'))).toEqual(expected.slice(0, 60))
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

describe.skipIf(!existsSync(cliBin))('the Spark driver in mine mode', () => {
  it('answers events cut into partitions with its partition function as the single mine --batch process does, line for line, keyed by event (plain Python)', (context) => {
    requireTools(context, python)
    const manifest = JSON.parse(readFileSync(join(seedsFolder, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string; file: string; outlet: string; date: string }> }
    const seeds = manifest.documents.map((entry) => ({ id: entry.id, outlet: entry.outlet, date: entry.date, text: readFileSync(join(seedsFolder, entry.file), 'utf8') }))
    const events = join(scratch, 'events.jsonl')
    writeFileSync(events, jsonLines([{ event: 'all', documents: seeds }, { event: 'none', documents: [] }, { event: 'first-two', documents: seeds.slice(0, 2) }, { event: 'last-three', documents: seeds.slice(2) }]))
    const env = { RENDERINGS_DB: join(scratch, 'none.sqlite') }
    const single = run(process.execPath, [cliBin, 'mine', '--batch', events], env)
    expect(single.code, single.stderr).toBe(0)
    const script = `
import itertools, sys
sys.path.insert(0, sys.argv[1])
import renderings_spark as spark
events, toolkit, node = sys.argv[2:5]
with open(events, encoding="utf-8") as handle:
    records = handle.read().split("\\n")[:-1]
run = spark.partition_function("mine", toolkit, node, [])
for answer in itertools.chain(run(iter(records[:2])), run(iter(records[2:]))):
    print(answer)
`
    const result = run(pythonCommand, ['-c', script, dirname(driver), events, repositoryRoot, process.execPath], env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(lines(result.stdout)).toEqual(lines(single.stdout))
    expect(lines(result.stdout).map((line) => (JSON.parse(line) as { event: string }).event)).toEqual(['all', 'none', 'first-two', 'last-three'])
  })
})
