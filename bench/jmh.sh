#!/usr/bin/env bash
# Steady-state (warm) cost per recording with JMH, issue 11 (docs/benchmarks.md, "Warm cost per recording with
# JMH"): the default path at 1 and 2 threads, deep validation and the hand-rolled HAPI route, each in its own
# forked JVM after warm-up iterations; and what a client adapter adds to the validator (AdapterBenchmark, issue
# 22). Prints one Markdown table and the ratios the issue sets goals for.
#
#   bench/jmh.sh                                  # every benchmark, about 6 minutes on 2 cores
#   bench/jmh.sh DefaultPath -p recordings=ALL    # a regex, then any JMH options (java -cp … org.openjdk.jmh.Main -h)
#
# Environment: MVN (default: mvn -o). Raw results: bench/target/jmh.json.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn_cmd="${MVN:-mvn -o}"
work="$root/bench/target"
regex="${1:-org\.nemsrules\.bench\.jmh\.}"
if [ "$#" -gt 0 ]; then shift; fi

echo "building (tests skipped)..." >&2
rm -f "$work/jmh.classpath"
# The class path comes from the same reactor build, so it names this checkout's nems-rules/target jar; a separate
# "mvn -pl bench dependency:build-classpath" would name whatever nems-rules jar is in ~/.m2 instead.
# (The relative outputFile is per module: bench's lands in bench/target.)
$mvn_cmd -q -B package dependency:build-classpath -pl nems-cli,bench -am -DskipTests -Dinvoker.skip=true \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/jmh.classpath >&2
# The annotation processor wrote META-INF/BenchmarkList into target/classes: JMH runs from the plain class path.
cp="$work/classes:$(cat "$work/jmh.classpath")"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "running JMH (regex $regex; load average $load_before)..." >&2
java -cp "$cp" org.openjdk.jmh.Main "$regex" "$@" -rf json -rff "$work/jmh.json" >&2

echo
echo "Run ending $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1); load average (1, 5, 15 min) $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo
java -cp "$cp" org.nemsrules.bench.jmh.JmhSummary "$work/jmh.json"
