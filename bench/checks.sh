#!/usr/bin/env bash
# Median latency of each kind of docklab check, evaluated in a warm JVM (as in the REPL), against
# the shell one-liner a Killercoda author would write for the same question, in the same run.
# Usage: bench/checks.sh [ROUNDS]   (default 20; the goal is docklab/shell <= 0.33)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"

if [[ ! -f target/docklab.jar || ! -f target/test-classes/io/docklab/bench/CheckLatency.class ]]; then
  echo "building docklab (mvn -o package -DskipTests)…" >&2
  mvn -B -o -q package -DskipTests >&2
fi

# The registry check needs a tag: a one-file image, pushed with a throwaway login.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
image=127.0.0.1:5000/docklab-it-checks/bench:tiny
echo docklab > "$scratch/hello.txt"
tar -C "$scratch" -cf "$scratch/rootfs.tar" hello.txt
export DOCKER_CONFIG="$scratch/docker-config"
mkdir -p "$DOCKER_CONFIG"
docker import "$scratch/rootfs.tar" "$image" >/dev/null
printf '%s\n' docklab | docker login 127.0.0.1:5000 --username learner --password-stdin >/dev/null 2>&1
docker push "$image" >/dev/null
docker image rm "$image" >/dev/null
unset DOCKER_CONFIG

echo "docklab $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, engine $(docker version -f '{{.Server.Version}}')"
java -cp target/test-classes:target/docklab.jar io.docklab.bench.CheckLatency "$rounds"
