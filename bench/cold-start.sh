#!/usr/bin/env bash
# The cold-start rows of the second speed round (docs/benchmarks.md, "Cold start, third round"): bin/nems-check
# started cold, each run beside a JVM that prints "hi" from a class data sharing archive of its own, the commands
# alternated so that whatever else the machine does falls on all of them alike. Prints one Markdown table.
#
#   bench/cold-start.sh                 # uses nems-cli/target/nems-check.jar as built (./mvnw -pl nems-cli -am package)
#   BENCH_RUNS=21 bench/cold-start.sh
#
#   BENCH_BASELINE_JAR=/elsewhere/nems-cli/target/nems-check.jar bench/cold-start.sh   # before and after, alternated
#
# Environment: BENCH_RUNS (runs of each command, the median shown; default 11), NEMS_CHECK_JAR (another jar),
# BENCH_BASELINE_JAR (a jar built from an earlier tree, with its archives beside it, measured in the same runs, and
# started by that tree's own bin/nems-check when the jar is in a tree's nems-cli/target: the launcher is part of what
# is measured).
# The 10,000 recordings are bench/run.sh's corpus when it exists (bench/target/run/corpus-10000), else 10,000 copies
# of the sample recordings.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${BENCH_RUNS:-11}"
jar="${NEMS_CHECK_JAR:-$root/nems-cli/target/nems-check.jar}"
[ -f "$jar" ] || { echo "cold-start.sh: no $jar; build it first: ./mvnw -B -pl nems-cli -am package -DskipTests" >&2; exit 2; }
work="$root/bench/target/cold-start"
rm -rf "$work"
mkdir -p "$work/hello" "$work/copies-2000" "$work/recordings-10000"
one="$root/sample-payloads/valid/create-explicit.http"
config="$root/sample-payloads/nems-rules.yaml"

# Hello, with an archive of its own, started with the launcher's options.
cat > "$work/hello/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
EOF
javac -d "$work/hello/classes" "$work/hello/Hello.java"
# Class data sharing archives classes from jars only.
jar --create --file "$work/hello/hello.jar" -C "$work/hello/classes" Hello.class
hello_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr)
java "${hello_opts[@]}" -XX:ArchiveClassesAtExit="$work/hello/hello.jsa" -cp "$work/hello/hello.jar" Hello >/dev/null
hello=(java "${hello_opts[@]}" -XX:SharedArchiveFile="$work/hello/hello.jsa" -cp "$work/hello/hello.jar" Hello)

for i in $(seq -w 1 2000); do cp "$one" "$work/copies-2000/c$i.http"; done
if [ -d "$root/bench/target/run/corpus-10000" ]; then
  recordings="$root/bench/target/run/corpus-10000"
else
  samples=("$root"/sample-payloads/valid/*.http "$root"/sample-payloads/invalid/*.http)
  for i in $(seq 0 9999); do
    cp "${samples[$((i % ${#samples[@]}))]}" "$work/recordings-10000/r$(printf %05d "$i").http"
  done
  recordings="$work/recordings-10000"
fi

names=(hello)
commands=("${hello[*]}")
add_jar() { # prefix jar launcher
  local check=(env NEMS_CHECK_JAR="$2" "$3" --config "$config")
  names+=("$1one" "$1deep" "$1copies" "$1recordings")
  commands+=(
    "${check[*]} $one"
    "${check[*]} --deep $one"
    "${check[*]} --format json $work/copies-2000"
    "${check[*]} --format json $recordings"
  )
}
add_jar "" "$jar" "$root/bin/nems-check"
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  baseline_launcher="$(cd "$(dirname "$BENCH_BASELINE_JAR")" && pwd)/../../bin/nems-check"
  [ -f "$baseline_launcher" ] || baseline_launcher="$root/bin/nems-check"
  add_jar "before-" "$BENCH_BASELINE_JAR" "$baseline_launcher"
fi

# One run of every command, in turn, $runs times; each line "name seconds peak-MB".
: > "$work/times"
for run in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    # shellcheck disable=SC2086 # each command is a list of words
    /usr/bin/time -f "%e %M" -o "$work/time.out" ${commands[$i]} >/dev/null 2>&1 || true
    echo "${names[$i]} $(tail -1 "$work/time.out")" >> "$work/times"
  done
  echo "run $run of $runs" >&2
done

median() { # name column
  awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$work/times" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

h=$(median hello 2)
row() { # label name column unit
  local now before=""
  now=$(median "$2" "$3")
  if [ "$4" = MB ]; then now=$(awk -v k="$now" 'BEGIN { printf "%.0f", k / 1024 }'); fi
  if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
    before=$(median "before-$2" "$3")
    if [ "$4" = MB ]; then before=$(awk -v k="$before" 'BEGIN { printf "%.0f", k / 1024 }'); fi
    if [ "$4" = s ]; then before="$before s ($(ratio "$before" "$h")× hello)"; else before="$before MB"; fi
    before=" $before |"
  fi
  if [ "$4" = s ]; then now="$now s ($(ratio "$now" "$h")× hello)"; else now="$now MB"; fi
  echo "| $1 |$before $now |"
}
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) processors, $(java -version 2>&1 | head -1); median of $runs alternated runs"
echo
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  echo "| measurement | before | after |"
  echo "|---|---|---|"
  echo "| JVM \"hello\" with its own class data sharing archive | $h s | $h s |"
else
  echo "| measurement | figure |"
  echo "|---|---|"
  echo "| JVM \"hello\" with its own class data sharing archive | $h s |"
fi
row "cold, one valid create, \`bin/nems-check one.http\`" one 2 s
row "cold, one file, peak RSS" one 3 MB
row "cold, 2,000 copies of one valid create (\`--format json\`)" copies 2 s
row "cold, 10,000 recordings (\`--format json\`)" recordings 2 s
row "\`--deep\`, cold, one file" deep 2 s
echo
echo "10,000 recordings against 2,000 copies: $(ratio "$(median recordings 2)" "$(median copies 2)")×"
