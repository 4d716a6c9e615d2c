#!/usr/bin/env bash
# riskgraph benchmarks: bench/run.sh [SIZE...]   (default 1000 10000 100000)
#
# For each size, on one generated corpus in /tmp/riskgraph-bench/SIZE
# (generated if absent; never inside the repository): riskgraph import,
# the ripgrep scan floor, re-import, query processes, database size,
# export, the ground-truth check and the pure-Python baseline.
# Prints a Markdown table and writes /tmp/riskgraph-bench/results.md.
#
# Environment: RISKGRAPH (binary; default build-bench/cli/riskgraph),
# BENCH_ROOT (default /tmp/riskgraph-bench), PYTHON_BASELINE_MAX (default
# 10000: the Python baseline is skipped above this size).
# The page cache is not dropped: the files are read warm, by every tool alike.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in rg python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (apt-get install ripgrep python3 time)" >&2; exit 1; }
done
exec python3 "$here/run_bench.py" "$@"
