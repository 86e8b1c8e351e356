#!/usr/bin/env bash
# How long the lab prompt takes to come back after a step command whose http check's window is
# open (goal: under 0.5 s), and after an unrelated command, read from a pseudo-terminal in one
# process (src/test/java/io/docklab/bench/PromptReturn.java). Prints medians and the machine load.
# Usage: bench/prompt-return.sh [ROUNDS]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-15}"

if [[ ! -f target/docklab.jar || ! -f target/test-classes/io/docklab/bench/PromptReturn.class ]]; then
  echo "building docklab (mvn -o package -DskipTests)…" >&2
  mvn -B -o -q package -DskipTests >&2
fi

echo "docklab $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores"
java -Dpty4j.tmpdir="$PWD/target" -cp target/test-classes:target/docklab.jar \
  io.docklab.bench.PromptReturn bin/docklab "$rounds"
