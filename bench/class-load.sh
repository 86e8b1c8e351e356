#!/usr/bin/env bash
# The class server under a class's load (issue 15): `docklab class serve` started through
# bin/docklab in a process of its own on 127.0.0.1:22781 (SQLite in a temporary directory),
# LEARNERS simulated learners (default 300) joined through the API, each posting one step event
# every 2 s for DURATION seconds (default 60), and one dashboard reading the event stream. Prints events per
# second, p50/p99 from a learner's event to the dashboard's row, the server's CPU time and peak RSS
# (VmHWM), sent = stored = shown, and the machine's load before and after (io.docklab.bench.ClassLoad).
#
#   bench/class-load.sh                       300 learners, 60 s, one run
#   RUNS=3 bench/class-load.sh                three runs, one after the other
#   LEARNERS=30 DURATION=10 bench/class-load.sh
#
# Goal: p99 under 1 s, peak RSS under 300 MB, nothing lost. Loopback only, a fixed count of events.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
runs=${RUNS:-1}

if [[ ! -f target/docklab.jar || ! -f target/test-classes/io/docklab/bench/ClassLoad.class ]]; then
  echo "building docklab (mvn -o package -DskipTests)…" >&2
  mvn -B -o -q package -DskipTests >&2
fi

mkdir -p target/bench
echo "docklab $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(java -version 2>&1 | head -1)"
status=0
for run in $(seq "$runs"); do
  [[ $runs -gt 1 ]] && echo "--- run $run of $runs"
  java -cp target/test-classes:target/docklab.jar io.docklab.bench.ClassLoad \
    --learners "${LEARNERS:-300}" --seconds "${DURATION:-60}" --port 22781 \
    --launcher bin/docklab --out "target/bench/class-load-$run.txt" || status=1
done
exit $status
