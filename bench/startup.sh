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
# The REPL's own figure, "start to first prompt", is measured by first_prompt below once
# `docklab start` exists: it opens the lesson in a tmux pane and waits for PROMPT_MARKER. The
# catalogue's prompt ("lesson>", docklab alone) is measured the same way.
set -euo pipefail

repo=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
launcher=$repo/bin/docklab
jar=$(readlink -f "$repo/target/docklab.jar")
runs=${RUNS:-15}
# What the REPL shows when it waits for the learner; set by the REPL (issue 5).
PROMPT_MARKER=${PROMPT_MARKER:-docklab[}
LESSON=${LESSON:-get-started-part2}
time_bin=/usr/bin/time
[ -x $time_bin ] || { echo "bench: $time_bin is missing (apt-get install time)" >&2; exit 1; }
[ -f "$jar" ] || { echo "bench: $jar is missing; run mvn -B package" >&2; exit 1; }

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

# first_prompt: start to first prompt of `docklab $arguments` in a 100x30 tmux pane, in ms,
# and the peak RSS of its JVM in KB one second later (the engine connected in the background by
# then). Polls the pane every 10 ms for $PROMPT_MARKER; gives up after 20 s.
first_prompt() {
  local session=docklab-bench-$$ start elapsed pane java rss
  start=$(now_ms)
  # The variables go on the command: a tmux server that is already running would not pass ours.
  tmux new-session -d -s "$session" -x 100 -y 30 "env $assignments $launcher $arguments; sleep 30"
  while ! tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$PROMPT_MARKER"; do
    elapsed=$(($(now_ms) - start))
    if [ "$elapsed" -gt 20000 ]; then
      tmux kill-session -t "$session" 2>/dev/null
      echo "bench: no '$PROMPT_MARKER' within 20 s" >&2
      return 1
    fi
    sleep 0.01
  done
  elapsed=$(($(now_ms) - start))
  sleep 1
  pane=$(tmux display-message -p -t "$session" '#{pane_pid}')
  java=$(pgrep -P "$pane" java | head -1)
  rss=$(awk '/^VmHWM/ {print $2}' "/proc/$java/status" 2>/dev/null)
  tmux kill-session -t "$session" 2>/dev/null
  echo "$elapsed ${rss:-0}"
}

measure_first_prompt() {
  local label=$1 times=() rss=() elapsed peak
  shift
  for _ in $(seq "$runs"); do
    read -r elapsed peak < <(bash -c "$(declare -f now_ms first_prompt); assignments='$*' launcher='$launcher' arguments='${ARGUMENTS:-start $LESSON}' PROMPT_MARKER='${MARKER:-$PROMPT_MARKER}' first_prompt")
    times+=("$elapsed")
    rss+=("$peak")
  done
  read -r median min max < <(printf '%s\n' "${times[@]}" | stats)
  read -r rss_median _ rss_max < <(printf '%s\n' "${rss[@]}" | stats)
  median_ms[$label]=$median
  printf '%-36s %7d %7d %7d %7s %8.1f %8.1f\n' "$label" "$median" "$min" "$max" - \
    "$(awk "BEGIN {print $rss_median / 1024}")" "$(awk "BEGIN {print $rss_max / 1024}")"
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
if "$launcher" --help 2>/dev/null | grep -qE '^ +start( |$)'; then
  measure_first_prompt "first prompt (archive)" DOCKLAB_CDS=on
  measure_first_prompt "first prompt (no archive)" DOCKLAB_CDS=off
  measure_first_prompt "first prompt (JAVA=java)" JAVA=java
  # docklab alone: the catalogue (every lesson parsed) to its "lesson>" prompt.
  ARGUMENTS=--lang=en MARKER='lesson>' measure_first_prompt "catalogue prompt (archive)" DOCKLAB_CDS=on
fi
echo
ratio "list: no archive / archive" "list (launcher, no archive)" "list (launcher, archive)"
ratio "list: bare / launcher+archive" "list (bare java -jar)" "list (launcher, archive)"
ratio "--version: no archive / archive" "--version (launcher, no archive)" "--version (launcher, archive)"
ratio "training: no archive / archive" "cds-training (launcher, no archive)" "cds-training (launcher, archive)"
if [ -n "${median_ms[first prompt (archive)]:-}" ]; then
  ratio "first prompt: no archive / archive" "first prompt (no archive)" "first prompt (archive)"
  ratio "first prompt: JAVA=java / launcher" "first prompt (JAVA=java)" "first prompt (archive)"
fi
