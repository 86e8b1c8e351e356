#!/usr/bin/env bash
# How fast docklab starts, and with how much memory: each command RUNS times (default 15) through
# bin/docklab as installed (the Java of target/docklab.launch with its start-up archive: an AOT
# cache on Java 24+, a class-data sharing archive before), without the archive (DOCKLAB_CDS=off),
# on the `java` of PATH without launch file and archive (JAVA=java), and as a bare `java -jar`
# without the launcher's flags. Prints the median, min and max wall time, the median CPU time
# (user + sys), the median and max peak RSS, and the ratios. The archive is made
# (bin/docklab-archive) when it is missing or stale.
#
#   bench/startup.sh                 all cases
#   RUNS=31 bench/startup.sh         more runs
#
# The REPL's own figure, "start to first prompt", is read from a pseudo-terminal by
# io.docklab.bench.FirstPrompt (see measure_first_prompt), for `docklab start LESSON` and for the
# catalogue's prompt (docklab alone). The machine's load is printed before and after: on a busy
# machine the figures are the machine's, not docklab's.
set -euo pipefail

repo=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
launcher=$repo/bin/docklab
jar=$(readlink -f "$repo/target/docklab.jar")
runs=${RUNS:-15}
LESSON=${LESSON:-get-started-part2}
time_bin=/usr/bin/time
[ -x $time_bin ] || { echo "bench: $time_bin is missing (apt-get install time)" >&2; exit 1; }
[ -f "$jar" ] || { echo "bench: $jar is missing; run mvn -B package" >&2; exit 1; }
[ -f "$repo/target/test-classes/io/docklab/bench/FirstPrompt.class" ] ||
  { echo "bench: the bench classes are missing; run mvn -B package -DskipTests" >&2; exit 1; }

measured=$(mktemp)
trap 'rm -f "$measured"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# median, min, max of the numbers on stdin, one a line
stats() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d\n", m, v[1], v[NR]}'; }

# measure LABEL COMMAND...: runs COMMAND $runs times (after one warm-up), prints a row, and keeps
# the median time in median_ms[LABEL]
declare -A median_ms
measure() {
  local label=$1
  shift
  local times=() rss=() cpu=() start
  "$@" >/dev/null 2>&1 || { echo "bench: '$*' failed" >&2; exit 1; }
  for _ in $(seq "$runs"); do
    start=$(now_ms)
    $time_bin -f '%M %U %S' -o "$measured" "$@" >/dev/null 2>&1
    times+=($(($(now_ms) - start)))
    rss+=("$(tail -1 "$measured" | cut -d' ' -f1)")
    cpu+=("$(tail -1 "$measured" | awk '{printf "%d", ($2 + $3) * 1000}')")
  done
  read -r median min max < <(printf '%s\n' "${times[@]}" | stats)
  read -r rss_median _ rss_max < <(printf '%s\n' "${rss[@]}" | stats)
  median_ms[$label]=$median
  read -r cpu_median _ _ < <(printf '%s\n' "${cpu[@]}" | stats)
  printf '%-36s %7d %7d %7d %7d %8.1f %8.1f\n' "$label" "$median" "$min" "$max" "$cpu_median" \
    "$(awk "BEGIN {print $rss_median / 1024}")" "$(awk "BEGIN {print $rss_max / 1024}")"
}

ratio() { printf '%-36s %7.2fx\n' "$1" "$(awk "BEGIN {print ${median_ms[$2]} / ${median_ms[$3]}}")"; }

# measure_first_prompt LABEL [NAME=VALUE...]: start to first prompt of `docklab $ARGUMENTS`
# (default: start $LESSON), read from a pseudo-terminal by one Java process
# (io.docklab.bench.FirstPrompt): the moment JLine enables bracketed paste (ESC[?2004h) as its line
# reader starts. Nothing polls a screen meanwhile, so the figure is docklab's own; tmux is for the
# tests that read screens.
measure_first_prompt() {
  local label=$1 median min max cpu
  shift
  read -r median min max cpu < <(java -Dpty4j.tmpdir="$repo/target" \
    -cp "$repo/target/test-classes:$jar" io.docklab.bench.FirstPrompt "$runs" "$@" -- \
    "$launcher" ${ARGUMENTS:---lang en start $LESSON} | head -1)
  median_ms[$label]=$median
  printf '%-36s %7d %7d %7d %7d %8s %8s\n' "$label" "$median" "$min" "$max" "$cpu" - -
}

"$repo/bin/docklab-archive"
launch_java=$(sed -n 's/^java=//p' "${jar%.jar}.launch" 2>/dev/null)
echo "launcher's java: $("${launch_java:-java}" -version 2>&1 | head -1) (${launch_java:-PATH})"
echo "PATH's java: $(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each"
printf '%-36s %7s %7s %7s %7s %8s %8s\n' case "wall" "wall" "wall" "cpu" "RSS MB" "RSS MB"
printf '%-36s %7s %7s %7s %7s %8s %8s\n' "" median min max median median max
measure "list (launcher, archive)" "$launcher" list
measure "list (launcher, no archive)" env DOCKLAB_CDS=off "$launcher" list
measure "list (JAVA=java)" env JAVA=java "$launcher" list
measure "list (bare java -jar)" java -jar "$jar" list
measure "--version (launcher, archive)" "$launcher" --version
measure "--version (launcher, no archive)" env DOCKLAB_CDS=off "$launcher" --version
measure "--version (bare java -jar)" java -jar "$jar" --version
measure "cds-training (launcher, archive)" "$launcher" cds-training
measure "cds-training (launcher, no archive)" env DOCKLAB_CDS=off "$launcher" cds-training
measure_first_prompt "first prompt (archive)" DOCKLAB_CDS=on
measure_first_prompt "first prompt (no archive)" DOCKLAB_CDS=off
measure_first_prompt "first prompt (JAVA=java)" JAVA=java
# docklab alone: the catalogue (every lesson parsed) to its "lesson>" prompt.
ARGUMENTS=--lang=en measure_first_prompt "catalogue prompt (archive)" DOCKLAB_CDS=on
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
ratio "list: no archive / archive" "list (launcher, no archive)" "list (launcher, archive)"
ratio "list: bare / launcher+archive" "list (bare java -jar)" "list (launcher, archive)"
ratio "--version: no archive / archive" "--version (launcher, no archive)" "--version (launcher, archive)"
ratio "training: no archive / archive" "cds-training (launcher, no archive)" "cds-training (launcher, archive)"
if [ -n "${median_ms[first prompt (archive)]:-}" ]; then
  ratio "first prompt: no archive / archive" "first prompt (no archive)" "first prompt (archive)"
  ratio "first prompt: JAVA=java / launcher" "first prompt (JAVA=java)" "first prompt (archive)"
fi
