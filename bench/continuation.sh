#!/usr/bin/env bash
# What the lab prompt spends on each Enter to decide whether the command is complete or goes on
# at a "> " prompt (here-documents, trailing backslashes, open quotes, if/for without their end):
# medians and 90th percentiles per kind of input in a warm JVM, and their ratio to a 20 ms budget.
# Usage: bench/continuation.sh [ROUNDS]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-200}"

if [[ ! -f target/docklab.jar || ! -f target/test-classes/io/docklab/repl/ContinuationLatency.class ]]; then
  echo "building docklab (mvn -o package -DskipTests)…" >&2
  mvn -B -o -q package -DskipTests >&2
fi

echo "docklab $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(bash --version | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp target/test-classes:target/docklab.jar io.docklab.repl.ContinuationLatency "$rounds"
