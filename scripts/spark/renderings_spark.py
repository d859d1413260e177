#!/usr/bin/env python3
"""Run `renderings align --batch` or `renderings mine --batch` over a JSON
Lines corpus with Apache Spark.

    spark-submit scripts/spark/renderings_spark.py align pairs.jsonl out/ \
        [--partitions N] [--single-file] [--toolkit DIR] [--node PATH] \
        [-- renderings options, e.g. --presegmented --max-bead 2]

Spark reads the corpus (one record per line: a document pair for `align`,
an event for `mine`; see the repository README, "Batch mode"), splits it
into partitions, and pipes each partition through one long-lived
`renderings … --batch` process on a worker, as `RDD.pipe` does. The answers
come back one per record, in the records' order, and are written as JSON
Lines: a folder of part files in order (`part-00000`, `part-00001`, …), or
one local file with `--single-file`.

Why our own pipe and not `RDD.pipe`: PySpark's `pipe` is itself a
`mapPartitions` over `subprocess.Popen`; doing the same here lets each
partition check that every answer answers its record (same id, same
order, none missing or extra) and fail naming the record when one does
not, find the toolkit where `--archives` unpacked it on each worker, keep
the worker's environment (`pipe(env=…)` replaces it), and run the very same
function without Spark in the tests.

The toolkit on the workers: either installed at the same path on every
worker (`--toolkit /opt/renderings`, Node.js 20 on the PATH or `--node`),
or shipped with the job as an archive made by `scripts/spark/pack.sh`
(`--archives renderings-spark.tgz#renderings --toolkit renderings`, with a
Node.js distribution inside it or Node installed on the workers).
"""

import argparse
import collections
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading

# The field that identifies a record, and is echoed in its answer, per mode.
KEY_FIELDS = {"align": "id", "mine": "event"}

# Largest integer a JSON number keeps through JavaScript (2^53).
SAFE_INTEGER = 2 ** 53

# How much of a failed process's standard error goes into the task's error.
STDERR_TAIL = 2000


class BatchError(RuntimeError):
    """A partition could not be answered: the task fails with this message."""


def batch_argv(mode, node, toolkit, options=()):
    """The command that answers one partition: `node <toolkit>/packages/cli/dist/bin.js <mode> --batch …`."""
    if mode not in KEY_FIELDS:
        raise ValueError("mode must be align or mine, not %r" % (mode,))
    return [node, os.path.join(toolkit, "packages", "cli", "dist", "bin.js"), mode, "--batch"] + list(options)


def record_key(line, key_field):
    """The key a record's answer must carry: its id (or event) when it is a
    string or a number JavaScript keeps exactly, else None (the batch then
    answers with `"id": null` and an error). Raises BatchError on a line
    that is not JSON, which would end the batch process."""
    try:
        value = json.loads(line)
    except ValueError as error:
        raise BatchError("a record is not JSON (%s): %s" % (error, _excerpt(line)))
    if not isinstance(value, dict):
        return None
    key = value.get(key_field)
    if isinstance(key, bool):
        return None
    if isinstance(key, str):
        return key
    if isinstance(key, int):
        return key if abs(key) <= SAFE_INTEGER else None
    if isinstance(key, float):
        return key if math.isfinite(key) and abs(key) <= SAFE_INTEGER else None
    return None


def pipe_partition(lines, argv, key_field, env=None):
    """Answer the records of one partition, in order, through one batch process.

    `lines` is an iterable of JSON Lines records (str, without line end),
    `argv` the command (see batch_argv), `env` its environment (default:
    this process's). Yields one answer per record (str,
    one JSON object). Blank lines are left out, as the batch skips them. No
    process is started for an empty partition. Raises BatchError when the
    process fails, or an answer is missing, extra or answers another record.
    """
    records = (line.rstrip("\r\n") for line in lines)
    records = (line for line in records if line.strip() != "")
    first = next(records, None)
    if first is None:
        return
    stderr = tempfile.TemporaryFile()
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, env=env)
    # Keys of the records written and not yet answered, oldest first. The
    # writer appends before it writes, so an answer never comes before its key.
    pending = collections.deque()
    writer_failure = []

    def write():
        try:
            for line in _chain(first, records):
                pending.append(record_key(line, key_field))
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass  # the process ended early: its exit status and stderr say why
        except BaseException as error:  # noqa: BLE001 - handed to the reading thread
            writer_failure.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=write, name="renderings-batch-writer", daemon=True)
    writer.start()
    answered = 0
    finished = False
    try:
        for raw in iter(process.stdout.readline, b""):
            answer = raw.decode("utf-8").rstrip("\n")
            try:
                expected = pending.popleft()
            except IndexError:
                raise BatchError("%s answered more lines than it was given records (extra: %s)" % (_command(argv), _excerpt(answer)))
            got = _answer_key(answer, key_field)
            if got != expected or (got is None) != (expected is None):
                raise BatchError(
                    "%s answered record %d of the partition with %s %r, expected %r: answers out of order"
                    % (_command(argv), answered + 1, key_field, got, expected)
                )
            answered += 1
            yield answer
        writer.join()
        status = process.wait()
        if writer_failure:
            raise writer_failure[0]
        if status != 0:
            raise BatchError("%s exited %d after %d answers: %s" % (_command(argv), status, answered, _tail(stderr)))
        if pending:
            raise BatchError("%s ended with %d records unanswered" % (_command(argv), len(pending)))
        finished = True
    finally:
        if not finished and process.poll() is None:
            process.kill()
        process.stdout.close()
        process.wait()
        stderr.close()


def _chain(first, rest):
    yield first
    for line in rest:
        yield line


def _answer_key(answer, key_field):
    try:
        value = json.loads(answer)
    except ValueError:
        raise BatchError("an answer is not JSON: %s" % _excerpt(answer))
    if not isinstance(value, dict) or key_field not in value:
        raise BatchError("an answer has no %s: %s" % (key_field, _excerpt(answer)))
    return value[key_field]


def _command(argv):
    return " ".join(argv[2:4]) if len(argv) >= 4 else " ".join(argv)


def _excerpt(text):
    return text if len(text) <= 120 else text[:117] + "..."


def _tail(stream):
    stream.seek(0)
    text = stream.read().decode("utf-8", "replace").strip()
    return text[-STDERR_TAIL:] if text else "(nothing on stderr)"


def on_worker(path):
    """A path given relative to the job: where `--archives` unpacked it on
    this worker (the container's working folder on YARN and Kubernetes,
    SparkFiles' root in local and standalone mode), else as given."""
    if path is None or os.path.isabs(path):
        return path
    if os.path.exists(path):
        return os.path.abspath(path)
    try:
        from pyspark import SparkFiles

        shipped = os.path.join(SparkFiles.getRootDirectory(), path)
        if os.path.exists(shipped):
            return shipped
    except Exception:  # noqa: BLE001 - not in a Spark worker, or no SparkContext files
        pass
    return path


def node_on_worker(node, toolkit):
    """Node on this worker: `--node` (relative paths as for on_worker), else
    the archive's own `node/bin/node` when it has one, else `node` on the PATH."""
    if node is not None:
        return on_worker(node)
    bundled = os.path.join(toolkit, "node", "bin", "node")
    if os.path.exists(bundled):
        return bundled
    return shutil.which("node") or "node"


def partition_function(mode, toolkit, node, options):
    """The function Spark runs on each partition (picklable: plain values only)."""
    key_field = KEY_FIELDS[mode]

    def run(lines):
        home = on_worker(toolkit)
        argv = batch_argv(mode, node_on_worker(node, home), home, options)
        if not os.path.exists(argv[1]):
            raise BatchError("no renderings at %s on this worker: install it there, or ship it with --archives (see --toolkit)" % home)
        return pipe_partition(lines, argv, key_field)

    return run


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Run renderings align/mine --batch over a JSON Lines corpus with Apache Spark.",
        epilog="Options after -- go to renderings (e.g. -- --presegmented --max-bead 2).",
    )
    parser.add_argument("mode", choices=sorted(KEY_FIELDS), help="align (document pairs) or mine (events)")
    parser.add_argument("input", help="JSON Lines corpus: a file, folder or glob Spark can read (hdfs://, s3a://, file://)")
    parser.add_argument("output", help="a folder of part files in order (must not exist), or one local file with --single-file")
    parser.add_argument("--partitions", type=int, default=None, help="at least this many partitions (default: Spark's default parallelism)")
    parser.add_argument("--single-file", action="store_true", help="write one local JSON Lines file, through the driver, in order")
    parser.add_argument(
        "--toolkit",
        default=None,
        help="the built renderings repository on each worker, or the name --archives unpacked it under (default: this script's repository)",
    )
    parser.add_argument("--node", default=None, help="Node.js 20 on the workers (default: the archive's node/bin/node, else node on the PATH)")
    parser.add_argument("--master", default=None, help="Spark master when not run through spark-submit (e.g. local[2])")
    own, _, passed = _split_at_double_dash(argv)
    arguments = parser.parse_args(own)
    arguments.options = passed
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions must be 1 or more")
    if arguments.toolkit is None:
        arguments.toolkit = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return arguments


def _split_at_double_dash(argv):
    if "--" in argv:
        index = argv.index("--")
        return argv[:index], "--", argv[index + 1 :]
    return argv, None, []


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("renderings %s --batch" % arguments.mode)
    if arguments.master is not None:
        conf = conf.setMaster(arguments.master)
    context = SparkContext.getOrCreate(conf)
    try:
        partitions = arguments.partitions or context.defaultParallelism
        records = context.textFile(arguments.input, minPartitions=partitions)
        answers = records.mapPartitions(partition_function(arguments.mode, arguments.toolkit, arguments.node, arguments.options))
        if arguments.single_file:
            write_in_order(answers.toLocalIterator(), arguments.output)
        else:
            answers.saveAsTextFile(arguments.output)
    finally:
        context.stop()


def write_in_order(answers, path):
    """Write answers to one file atomically (a temporary file renamed at the end)."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".renderings-tmp-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            for answer in answers:
                out.write(answer)
                out.write("\n")
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


if __name__ == "__main__":
    main()
