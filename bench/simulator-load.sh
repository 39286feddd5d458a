#!/usr/bin/env bash
# The simulator under load (docs/benchmarks.md, "nems-check serve under load"): requests per second and the
# median and 99th percentile latency of a create, at 1 and 8 clients (each a connection kept alive, sending creates
# one after another, every one a valid create with criteria of its own), then the peak resident set of the serve
# process. The server is the real command, bin/nems-check serve --port 0; the clients are SimulatorLoad in a JVM of
# their own.
#
#   bench/simulator-load.sh
#   BENCH_SECONDS=30 BENCH_CLIENTS="1 8 32" bench/simulator-load.sh
#
# Environment: BENCH_SECONDS (measured seconds per client count; default 10), BENCH_WARMUP (seconds of the same
# load first, not measured; default 5), BENCH_CLIENTS (default "1 8"), MVN (default: mvn -o).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${BENCH_SECONDS:-10}"
warmup="${BENCH_WARMUP:-5}"
clients="${BENCH_CLIENTS:-1 8}"
mvn_cmd="${MVN:-mvn -o}"
work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (tests skipped)..." >&2
$mvn_cmd -q -B package dependency:build-classpath -pl nems-cli,bench -am -DskipTests -Dinvoker.skip=true \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run.classpath >&2
cp="$root/bench/target/classes:$(cat "$root/bench/target/run.classpath")"

"$root/bin/nems-check" serve --port 0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/out" ] && break
  sleep 0.05
done
base="$(head -n 1 "$work/out")"
[ -n "$base" ] || { echo "serve did not start: $(cat "$work/err")" >&2; exit 1; }
echo "simulator at $base (pid $pid)" >&2

for n in $clients; do
  java -cp "$cp" org.nemsrules.bench.SimulatorLoad "$base" "$n" "$seconds" "$warmup"
done
echo "peak resident set of the serve process: $(awk '/VmHWM/ {print $2, $3}' "/proc/$pid/status")"
echo "requests answered: $(($(wc -l <"$work/out") - 1))"
