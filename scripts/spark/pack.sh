#!/usr/bin/env bash
# Pack the built toolkit for Spark's --archives:
#
#   scripts/spark/pack.sh [--out renderings-spark.tgz] [--node NODE_DIST]
#   spark-submit --archives renderings-spark.tgz#renderings \
#     scripts/spark/renderings_spark.py align pairs.jsonl out/ --toolkit renderings
#
# The archive holds this repository as built (packages/*/dist, node_modules
# with the data compiled at install; no git history, outputs, glossary
# database or benchmark cache), so its root is the toolkit. With --node, it
# also holds a Node.js distribution as node/ (the folder of an official
# linux-x64 tarball from nodejs.org, unpacked: node/bin/node), which the
# driver uses on the workers; without it, the workers need Node.js 20.17 or
# later of their own. Build on the workers' platform (same OS, libc and
# architecture): the native modules (sqlite3) are compiled for it.
set -euo pipefail

out=renderings-spark.tgz
node_dist=
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:?--out needs a file}; shift 2 ;;
    --node) node_dist=${2:?--node needs the folder of a Node.js distribution}; shift 2 ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pack.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

repository=$(cd "$(dirname "$0")/../.." && pwd)
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
if [ ! -f "$repository/packages/cli/dist/bin.js" ]; then
  echo "pack.sh: $repository is not built: run npx -y pnpm@10.34.8 install there first" >&2
  exit 2
fi
if [ -n "$node_dist" ]; then
  if ! version=$("$node_dist/bin/node" --version 2>/dev/null); then
    echo "pack.sh: $node_dist/bin/node does not run here: give the folder of an unpacked Node.js distribution for this platform" >&2
    exit 2
  fi
  case "$version" in
    v2[0-9].* | v[3-9][0-9].*) ;;
    *) echo "pack.sh: $node_dist is Node.js $version; the toolkit needs 20.17 or later" >&2; exit 2 ;;
  esac
fi

# Written beside the target and renamed at the end: never a half-written archive.
partial=$(mktemp "$(dirname "$out")/.renderings-tmp-pack-XXXXXX")
trap 'rm -f "$partial" "$partial.tar"' EXIT
tar -cf "$partial.tar" -C "$repository" \
  --exclude=./.git --exclude=./out --exclude='./glossary/*.sqlite' --exclude='./glossary/*.sqlite-*' \
  --exclude=./test/bench/.cache --exclude='./.renderings-tmp-*' --exclude='./*.tgz' .
if [ -n "$node_dist" ]; then
  tar -rf "$partial.tar" -C "$node_dist" --transform 's,^\.,node,' .
fi
gzip -1 -c "$partial.tar" >"$partial"
mv "$partial" "$out"
echo "$out: $(du -h "$out" | cut -f1)"
