#!/usr/bin/env bash
# The simulator's start (docs/benchmarks.md, "nems-check serve: time to the first answer"): milliseconds from
# starting bin/nems-check serve --port 0 to the first request it answers. Goal: within 1.5 s of start.
# Prints one line per run, then the median.
#
#   bench/serve-first-answer.sh
#   BENCH_RUNS=10 bench/serve-first-answer.sh
#
# Environment: BENCH_RUNS (runs; default 5), NEMS_CHECK (the command; default bin/nems-check of this checkout, which
# maps the class data sharing archive beside the jar as every run of it does). Needs curl.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${BENCH_RUNS:-5}"
cmd="${NEMS_CHECK:-$root/bin/nems-check}"
work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Builds the jar first if bin/nems-check would (a fresh clone), so that no run measures a build.
"$cmd" --version >/dev/null

results=()
for i in $(seq 1 "$runs"); do
  out="$work/out-$i"
  : >"$out"
  start=$(date +%s%N)
  # bin/nems-check execs java: $! is the JVM itself.
  "$cmd" serve --port 0 >"$out" 2>"$work/err-$i" &
  pid=$!
  answered=""
  # Any HTTP answer counts (an unknown id gets 404 NO_RECORD_FOUND): curl prints 000 while nothing answers.
  for _ in $(seq 1 3000); do
    base="$(head -n 1 "$out")"
    if [ -n "$base" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' \
        "$base/Subscription/00000000000000000000000000000000" || true)" != "000" ]; then
      answered=$(date +%s%N)
      break
    fi
    sleep 0.005
  done
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
  if [ -z "$answered" ]; then
    echo "run $i: no answer within about 15 s; stderr:" >&2
    cat "$work/err-$i" >&2
    exit 1
  fi
  ms=$(( (answered - start) / 1000000 ))
  results+=("$ms")
  echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
echo "median of $runs: ${median} ms (goal: 1500 ms)"
