#!/usr/bin/env bash
# The speed benchmark of issue 11 (docs/benchmarks.md): nems-check cold and warm, side by side with the
# hand-rolled FhirContext + FhirInstanceValidator route on the same recordings. Prints one Markdown table.
#
#   bench/run.sh                      # corpora of 1,000 and 10,000 recordings
#   BENCH_SIZES="1000 10000 100000" bench/run.sh
#
# Environment: BENCH_SIZES (corpus sizes), BENCH_RUNS (cold runs per command, median shown; default 5),
# BENCH_SAMPLE (recordings in the deep and hand-rolled warm measurements; default 200), MVN (default: mvn -o
# when offline use works, else ./mvnw).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes="${BENCH_SIZES:-1000 10000}"
runs="${BENCH_RUNS:-5}"
sample="${BENCH_SAMPLE:-200}"
mvn_cmd="${MVN:-mvn -o}"
work="$root/bench/target/run"
mkdir -p "$work"

echo "building (tests skipped)..." >&2
rm -f "$root/bench/target/run.classpath"
# One reactor build, so the class path names this checkout's nems-rules (nems-rules/target/classes);
# "mvn -pl bench dependency:build-classpath" alone would name whatever nems-rules jar is in ~/.m2.
$mvn_cmd -q -B package dependency:build-classpath -pl nems-cli,bench -am -DskipTests -Dinvoker.skip=true \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/run.classpath >&2
cp "$root/bench/target/run.classpath" "$work/classpath"
cp="$root/bench/target/classes:$(cat "$work/classpath")"
jar="$root/nems-cli/target/nems-check.jar"

for n in $sizes; do
  if [ ! -d "$work/corpus-$n" ]; then
    java -cp "$cp" org.nemsrules.bench.CorpusGenerator "$work/corpus-$n" "$n" >&2
  fi
done
first_size="${sizes%% *}"
largest="${sizes##* }"
one="$work/corpus-$first_size/r000000-none-xml-explicit.http"

# Prints "seconds peak-RSS-MB" for one run of the command.
measure_once() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M" -o "$work/time.out" "$@" >/dev/null 2>&1 || true
    # The last line: GNU time puts "Command exited with non-zero status N" before it when the command exits 1.
    tail -1 "$work/time.out" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }'
  else
    # Without GNU time: poll the process's high-water mark in /proc while it runs.
    local start end pid hwm=0 v
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 & pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      sleep 0.05
    done
    wait "$pid" || true
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" -v h="$hwm" 'BEGIN { printf "%.2f %.0f\n", (e - s) / 1e9, h / 1024 }'
  fi
}

# Prints "median-seconds median-RSS-MB" over $runs runs.
measure_cold() {
  local i
  : > "$work/cold.out"
  for i in $(seq "$runs"); do
    measure_once "$@" >> "$work/cold.out"
  done
  local mid=$(( (runs + 1) / 2 ))
  echo "$(cut -d' ' -f1 "$work/cold.out" | sort -g | sed -n "${mid}p") $(cut -d' ' -f2 "$work/cold.out" | sort -g | sed -n "${mid}p")"
}

# The value of key=... in a line of key=value pairs.
field() { tr ' ' '\n' <<<"$1" | sed -n "s|^$2=||p"; }

echo "cold runs ($runs each)..." >&2
# As a user starts it: bin/nems-check, which maps the class data sharing archive the build made beside the jar.
launch=(env NEMS_CHECK_JAR="$jar" "$root/bin/nems-check")
read -r cold_default_s cold_default_mb < <(measure_cold "${launch[@]}" "$one")
read -r cold_nocds_s cold_nocds_mb < <(measure_cold java -XX:+UseSerialGC -jar "$jar" "$one")
read -r cold_deep_s cold_deep_mb < <(measure_cold "${launch[@]}" --deep "$one")
read -r cold_hand_s cold_hand_mb < <(measure_cold java -cp "$cp" org.nemsrules.bench.HandRolledBaseline "$one")

echo "warm runs..." >&2
declare -A warm
for n in $sizes; do
  for t in 1 2; do
    warm[$n,$t]=$(java -cp "$cp" org.nemsrules.bench.WarmThroughput "$work/corpus-$n" --threads "$t")
  done
done
# The largest corpus again, in a heap of 256 MB: once in process with the report held, once through the command
# line writing SARIF (a writer that holds the whole report).
small_heap=$(java -Xmx256m -cp "$cp" org.nemsrules.bench.WarmThroughput "$work/corpus-$largest" --warm-up 0 --passes 1)
read -r cli_large_s cli_large_mb < <(measure_once java -Xmx256m -XX:+UseSerialGC -jar "$jar" \
  --format sarif -o "$work/large.sarif" "$work/corpus-$largest")
cli_large_ok=$([ -s "$work/large.sarif" ] && echo "report written" || echo "NO REPORT")
rm -f "$work/large.sarif"
deep_line=$(java -cp "$cp" org.nemsrules.bench.WarmThroughput "$work/corpus-$first_size" --deep --limit "$sample" --passes 1)
hand_line=$(java -cp "$cp" org.nemsrules.bench.HandRolledBaseline --warm "$work/corpus-$first_size" "$sample")
hand_ms=$(field "$hand_line" "ms/recording")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

echo
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1); cold: median of $runs; one file: $(basename "$one")"
echo
echo "| measurement | nems-check | nems-check --deep | hand-rolled HAPI |"
echo "|---|---|---|---|"
echo "| cold, one file: wall time | ${cold_default_s} s | ${cold_deep_s} s | ${cold_hand_s} s |"
echo "| cold, one file: peak RSS | ${cold_default_mb} MB | ${cold_deep_mb} MB | ${cold_hand_mb} MB |"
echo "| cold, one file, without the class data sharing archive (java -jar) | ${cold_nocds_s} s, ${cold_nocds_mb} MB | | |"
echo "| warm, 1 thread, ms/recording (nems-check: all $first_size; --deep and hand-rolled: first $sample) | $(field "${warm[$first_size,1]}" "ms/recording") | $(field "$deep_line" "ms/recording") | $hand_ms |"
for n in $sizes; do
  echo "| warm, $n recordings, 1 thread: recordings/s (ms each) | $(field "${warm[$n,1]}" "recordings/s") ($(field "${warm[$n,1]}" "ms/recording")) | | |"
  echo "| warm, $n recordings, 2 threads: recordings/s (× 1 thread) | $(field "${warm[$n,2]}" "recordings/s") (× $(ratio "$(field "${warm[$n,2]}" "recordings/s")" "$(field "${warm[$n,1]}" "recordings/s")")) | | |"
done
echo "| heap in use after GC, report of $largest recordings held | $(field "${warm[$largest,1]}" "heapMB") MB | | |"
echo "| $largest recordings with -Xmx256m: in process (one pass, JIT cold) | $(field "$small_heap" "seconds") s, heap after GC $(field "$small_heap" "heapMB") MB | | |"
echo "| $largest recordings with -Xmx256m: java -jar … --format sarif | ${cli_large_s} s, peak RSS ${cli_large_mb} MB, $cli_large_ok | | |"
echo
echo "Goals of issue 11:"
echo "- cold default / hand-rolled cold = $(ratio "$cold_default_s" "$cold_hand_s") (goal ≤ 0.2), ${cold_default_s} s (goal ≤ 1.2 s), ${cold_default_mb} MB (goal ≤ 200 MB)"
echo "- warm per thread: hand-rolled ms / nems-check ms = $(ratio "$hand_ms" "$(field "${warm[$first_size,1]}" "ms/recording")") (goal ≥ 20)"
if [ "$largest" != "$first_size" ]; then
  smaller=$(tr ' ' '\n' <<<"$sizes" | tail -2 | head -1)
  echo "- linearity: time for $largest / time for $smaller = $(ratio "$(field "${warm[$largest,1]}" "seconds")" "$(field "${warm[$smaller,1]}" "seconds")") (goal: $(( largest / smaller )) ± 15 %)"
fi
echo "- cold default without the archive: ${cold_nocds_s} s; with it / without = $(ratio "$cold_default_s" "$cold_nocds_s")"
echo "- 2 threads / 1 thread on $largest = $(ratio "$(field "${warm[$largest,2]}" "recordings/s")" "$(field "${warm[$largest,1]}" "recordings/s")") (goal ≥ 1.7)"
echo "- --deep / hand-rolled per recording = $(ratio "$(field "$deep_line" "ms/recording")" "$hand_ms") (goal ≤ 1.2)"
