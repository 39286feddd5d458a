#!/usr/bin/env bash
# The cold-start rows of the second speed round (docs/benchmarks.md, "Cold start, third round"): bin/nems-check
# started cold, each run beside a JVM that prints "hi" from a class data sharing archive of its own, the commands
# alternated so that whatever else the machine does falls on all of them alike. Prints one Markdown table.
#
#   bench/cold-start.sh                 # uses nems-cli/target/nems-check.jar as built (./mvnw -pl nems-cli -am package)
#   BENCH_RUNS=21 bench/cold-start.sh
#
# Environment: BENCH_RUNS (runs of each command, the median shown; default 11), NEMS_CHECK_JAR (another jar).
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
javac -d "$work/hello" "$work/hello/Hello.java"
hello_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr)
java "${hello_opts[@]}" -XX:ArchiveClassesAtExit="$work/hello/hello.jsa" -cp "$work/hello" Hello >/dev/null
hello=(java "${hello_opts[@]}" -XX:SharedArchiveFile="$work/hello/hello.jsa" -cp "$work/hello" Hello)

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

check=(env NEMS_CHECK_JAR="$jar" "$root/bin/nems-check" --config "$config")
names=(hello one deep copies recordings)
commands=(
  "${hello[*]}"
  "${check[*]} $one"
  "${check[*]} --deep $one"
  "${check[*]} --format json $work/copies-2000"
  "${check[*]} --format json $recordings"
)

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
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) processors, $(java -version 2>&1 | head -1); median of $runs alternated runs"
echo
echo "| measurement | figure | × hello |"
echo "|---|---|---|"
echo "| JVM \"hello\" with its own class data sharing archive | $h s | 1 |"
echo "| cold, one valid create, \`bin/nems-check one.http\` | $(median one 2) s | $(ratio "$(median one 2)" "$h") |"
echo "| cold, one file, peak RSS | $(awk -v k="$(median one 3)" 'BEGIN { printf "%.0f", k / 1024 }') MB | |"
echo "| cold, 2,000 copies of one valid create (\`--format json\`) | $(median copies 2) s | $(ratio "$(median copies 2)" "$h") |"
echo "| cold, 10,000 recordings (\`--format json\`) | $(median recordings 2) s | $(ratio "$(median recordings 2)" "$h") |"
echo "| 10,000 against 2,000 | $(ratio "$(median recordings 2)" "$(median copies 2)")× | |"
echo "| \`--deep\`, cold, one file | $(median deep 2) s | $(ratio "$(median deep 2)" "$h") |"
