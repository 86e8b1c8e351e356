#!/usr/bin/env bash
# How validate's time grows with a lesson's size: generates valid lessons of 1, 2, 4 and 8 MB, in
# YAML (many steps, many checks) and in Markdown (many ## steps with check blocks), times
# `bin/docklab validate FILE` on each RUNS times (default 3) and prints the median wall and CPU
# time against the size, and the growth ratio from 1 MB to 8 MB (goal: at most 10, which linear
# parsing meets with room; quadratic parsing would give about 64). The machine's load is printed
# first: on a busy machine wall times are longer and noisy; CPU times much less so, and the goal
# is judged on them.
#
#   bench/validate.sh            all sizes, both formats
#   RUNS=5 bench/validate.sh     more runs
set -euo pipefail

repo=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
launcher=$repo/bin/docklab
runs=${RUNS:-3}
[ -f "$repo/target/docklab.jar" ] || { echo "bench: target/docklab.jar is missing; run mvn -B package" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{v[NR]=$1} END {print NR % 2 ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }

# generate FORMAT MEGABYTES FILE: a valid lesson of about that size
generate() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
fmt, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
target = mb * 1024 * 1024
out = []
size = 0
def add(text):
    global size
    out.append(text)
    size += len(text.encode())
if fmt == "yaml":
    add("id: bench\nlanguages: [en]\ntitle: Bench\nsummary: A large lesson\nestimatedMinutes: 5\nsteps:\n")
    i = 0
    while size < target:
        add(f"""  - id: step-{i}
    title: Step {i}
    text: |
      Run the container number {i} and look at its page.
    actions:
      - kind: command
        run: docker run -d --name app-{i} -p 4000:80 nginx
    checks:
      - kind: container
        name: app-{i}
        state: running
      - kind: http
        url: http://localhost:4000/
        body: {{contains: Welcome}}
        within: 30s
      - kind: file
        path: notes/step-{i}.txt
        content: {{matches: "done [0-9]+"}}
""")
        i += 1
else:
    add("---\nid: bench\nlanguages: [en]\ntitle: Bench\nsummary: A large lesson\nestimatedMinutes: 5\n---\n\nA large lesson.\n\n")
    i = 0
    while size < target:
        add(f"""## Step {i} {{#step-{i}}}

Run the container number {i} and look at its page.

```sh command
docker run -d --name app-{i} -p 4000:80 nginx
```

```yaml check
- kind: container
  name: app-{i}
  state: running
- kind: http
  url: http://localhost:4000/
  body: Welcome
  within: 30s
```

""")
        i += 1
open(path, "w").write("".join(out))
PY
}

# time_validate FILE: "WALL CPU", the median wall time and the median CPU time (user + sys) of
# validate, in ms (validate must find no error). CPU time says the same on a busy machine.
time_validate() {
  local file=$1 walls=() cpus=() i
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$launcher" validate "$file" >/dev/null 2>"$work/err" \
      || { cat "$work/err" >&2; exit 1; }
    read -r wall user sys <"$work/time"
    walls+=($(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}'))
    cpus+=($(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}'))
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
echo "machine: $(nproc) cores, load average:$(uptime | sed 's/.*load average[s]*://')"
echo "runs per file: $runs (median); times include the JVM's start"
printf '%-7s %3s %10s %10s %10s\n' format MB bytes "wall ms" "cpu ms"
for format in yaml md; do
  declare -A wall=() cpu=()
  for mb in 1 2 4 8; do
    file=$work/bench-$mb.$format
    generate "$format" "$mb" "$file"
    read -r wall[$mb] cpu[$mb] < <(time_validate "$file")
    printf '%-7s %3s %10s %10s %10s\n' "$format" "$mb" "$(stat -c %s "$file")" "${wall[$mb]}" "${cpu[$mb]}"
  done
  awk -v w1="${wall[1]}" -v w8="${wall[8]}" -v c1="${cpu[1]}" -v c8="${cpu[8]}" -v f="$format" 'BEGIN {
    w = w8 / w1; c = c8 / c1
    printf "%-7s growth 1 MB -> 8 MB: wall %.1f, cpu %.1f (goal: at most 10) %s\n", f, w, c,
      (c <= 10 ? "ok" : "TOO SLOW")
  }'
  unset wall cpu
done
