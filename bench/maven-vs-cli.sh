#!/usr/bin/env bash
# The Maven goal of issue 11 (docs/benchmarks.md, "The Maven plugin against the command line"): nems:check on a
# module with 1,000 recordings should add no more than the command line's time for the same files plus 1 s.
# Prints one Markdown table and the verdict.
#
#   bench/maven-vs-cli.sh
#   BENCH_RUNS=3 MVN_RUN=mvn bench/maven-vs-cli.sh
#   BENCH_SIZE=20 BENCH_BASELINE_TREE=/tmp/old bench/maven-vs-cli.sh   # the speed issue's row, beside an earlier tree
#
# Environment: BENCH_RUNS (runs per command, median shown; default 5), BENCH_SIZE (recordings; default 1000),
# MVN (the build of this project; default mvn -o), MVN_RUN (the Maven the measured builds use; default ./mvnw,
# as README does; it must be 3.9 or later, for maven.repo.local.tail), BENCH_BASELINE_TREE (a checkout of an earlier
# commit in which ./mvnw package -pl nems-maven-plugin -am has run: its plugin is installed into a second private
# repository, bench/target/maven-vs-cli/m2-baseline, and its builds are timed in the same rounds as this tree's).
#
# The plugin is installed into a private local repository, bench/target/maven-vs-cli/m2, layered over
# ~/.m2/repository (read only, through maven.repo.local.tail), so nothing is downloaded and ~/.m2 gains nothing.
set -euo pipefail
shopt -s inherit_errexit  # a failed run inside $(median ...) stops the script too

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${BENCH_RUNS:-5}"
size="${BENCH_SIZE:-1000}"
mvn_cmd="${MVN:-mvn -o}"
mvn_run="${MVN_RUN:-./mvnw}"
case "$mvn_run" in ./*) mvn_run="$root/${mvn_run#./}" ;; esac
work="$root/bench/target/maven-vs-cli"
head_repo="$work/m2"
tail_repo="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
project="$work/project"
mkdir -p "$work"

version="$($mvn_run -v 2>/dev/null | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -1)"
case "$version" in
  3.9.*|[4-9].*) ;;
  *) echo "maven-vs-cli: $mvn_run is Maven ${version:-of unknown version}; maven.repo.local.tail needs 3.9 or" \
       "later (try MVN_RUN=./mvnw)" >&2; exit 2 ;;
esac

# What ~/.m2 holds of this project before the run, to show afterwards that the script added nothing.
ours_in_user_repo() {
  { find "$tail_repo/org/nemsrules" -type f -printf '%P %s %T@\n' 2>/dev/null || true; } | sort | md5sum | cut -d' ' -f1
}
user_repo_before="$(ours_in_user_repo)"

echo "building (tests skipped)..." >&2
$mvn_cmd -q -B package -pl nems-cli,nems-maven-plugin,bench -am -DskipTests -Dinvoker.skip=true >&2
$mvn_cmd -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$work/classpath" >&2
cp="$root/bench/target/classes:$(cat "$work/classpath")"
jar="$root/nems-cli/target/nems-check.jar"
project_version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)"

repo_opts=(-Dmaven.repo.local="$head_repo" -Dmaven.repo.local.tail="$tail_repo")

echo "installing the plugin into $head_repo..." >&2
rm -rf "$head_repo/org/nemsrules"
mkdir -p "$work/install"
install_file() {
  (cd "$work/install" && $mvn_run -o -q -B "${repo_opts[@]}" \
    org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file "$@" >&2)
}
install_file -Dfile="$root/pom.xml" -DpomFile="$root/pom.xml" -Dpackaging=pom
# With the pom that mvn install and a release publish: the shaded jar carries the library, and this pom lists none of
# its dependencies. (The module's own pom.xml would have Maven resolve them all and add them to the plugin's realm.)
install_file -Dfile="$root/nems-maven-plugin/target/nems-maven-plugin-$project_version.jar" \
  -DpomFile="$root/nems-maven-plugin/dependency-reduced-pom.xml"

baseline_tree="${BENCH_BASELINE_TREE:-}"
if [ -n "$baseline_tree" ]; then
  baseline_jar="$baseline_tree/nems-maven-plugin/target/nems-maven-plugin-$project_version.jar"
  baseline_pom="$baseline_tree/nems-maven-plugin/dependency-reduced-pom.xml"
  [ -f "$baseline_jar" ] && [ -f "$baseline_pom" ] || {
    echo "maven-vs-cli: no plugin jar and dependency-reduced pom in $baseline_tree/nems-maven-plugin; run" \
      "./mvnw package -pl nems-maven-plugin -am -DskipTests there" >&2; exit 2; }
  # The same coordinates (the plugin's descriptor names its version), in a repository of its own.
  baseline_repo_opts=(-Dmaven.repo.local="$work/m2-baseline" -Dmaven.repo.local.tail="$tail_repo")
  rm -rf "$work/m2-baseline/org/nemsrules"
  (cd "$work/install" && $mvn_run -o -q -B "${baseline_repo_opts[@]}" \
    org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$baseline_tree/pom.xml" -DpomFile="$baseline_tree/pom.xml" -Dpackaging=pom >&2)
  (cd "$work/install" && $mvn_run -o -q -B "${baseline_repo_opts[@]}" \
    org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
    -Dfile="$baseline_jar" -DpomFile="$baseline_pom" >&2)
fi

corpus="$root/bench/target/run/corpus-$size"
if [ ! -d "$corpus" ]; then
  java -cp "$cp" org.nemsrules.bench.CorpusGenerator "$corpus" "$size" >&2
fi

# The module a user would have: the plugin bound to verify with its default reports (sarif, junit) and console
# output; failOnSeverity never, since the corpus holds findings on purpose and the build must still pass.
mkdir -p "$project"
cat > "$project/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.nemsrules.bench</groupId>
  <artifactId>maven-vs-cli</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.nemsrules</groupId>
        <artifactId>nems-maven-plugin</artifactId>
        <version>$project_version</version>
        <configuration>
          <sourceDirectories>
            <sourceDirectory>$corpus</sourceDirectory>
          </sourceDirectories>
          <includes>
            <include>**/*.http</include>
          </includes>
          <failOnSeverity>never</failOnSeverity>
        </configuration>
        <executions>
          <execution>
            <goals>
              <goal>check</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF

# Prints the wall time, in seconds, of one run of the command; fails when it exits above $max_status.
max_status=0
measure_once() {
  local status=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e" -o "$work/time.out" "$@" >"$work/last.log" 2>&1 || status=$?
    [ "$status" -le "$max_status" ] || { echo "maven-vs-cli: '$*' exited $status; see $work/last.log" >&2; return 1; }
    # GNU time puts "Command exited with non-zero status N" first when the command fails.
    tail -1 "$work/time.out" | awk '{ printf "%.2f\n", $1 }'
  else
    local start end
    start=$(date +%s%N)
    "$@" >"$work/last.log" 2>&1 || status=$?
    end=$(date +%s%N)
    [ "$status" -le "$max_status" ] || { echo "maven-vs-cli: '$*' exited $status; see $work/last.log" >&2; return 1; }
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", (e - s) / 1e9 }'
  fi
}

# Prints the median wall time over $runs runs.
median() {
  local i
  : > "$work/runs.out"
  for i in $(seq "$runs"); do
    measure_once "$@" >> "$work/runs.out"
  done
  sort -g "$work/runs.out" | sed -n "$(( (runs + 1) / 2 ))p"
}

mvn_in_project=(env -C "$project" $mvn_run -o -B "${repo_opts[@]}")
cli=(java -XX:+UseSerialGC -Xshare:auto -jar "$jar")
reports="$work/cli-reports"
mkdir -p "$reports"

# One run first, unmeasured: it checks that the build passes and that the plugin found every recording.
"${mvn_in_project[@]}" verify > "$work/check.log" 2>&1 || { echo "maven-vs-cli: the Maven build failed; see $work/check.log" >&2; exit 1; }
summary="$(sed -n '/NEMS check: [0-9]/{s/.*NEMS check: //p;q;}' "$work/check.log")"
[ -f "$project/target/nems-reports/nems-check.sarif" ] || { echo "maven-vs-cli: no SARIF report; see $work/check.log" >&2; exit 1; }

echo "timed runs ($runs each)..." >&2
# The build without and with the check, alternated, so that the machine's drift falls on both alike; what the check
# adds is the median of the differences within each pair.
: > "$work/pairs.out"
for i in $(seq "$runs"); do
  a=$(measure_once "${mvn_in_project[@]}" -q verify -Dnems.skip=true)
  b=$(measure_once "${mvn_in_project[@]}" -q verify)
  b0=0
  if [ -n "$baseline_tree" ]; then
    b0=$(measure_once env -C "$project" $mvn_run -o -B "${baseline_repo_opts[@]}" -q verify)
  fi
  echo "$a $b $b0" >> "$work/pairs.out"
done
middle=$(( (runs + 1) / 2 ))
skipped_s=$(awk '{ print $1 }' "$work/pairs.out" | sort -g | sed -n "${middle}p")
checked_s=$(awk '{ print $2 }' "$work/pairs.out" | sort -g | sed -n "${middle}p")
added_s=$(awk '{ printf "%.2f\n", $2 - $1 }' "$work/pairs.out" | sort -g | sed -n "${middle}p")
baseline_checked_s=$(awk '{ print $3 }' "$work/pairs.out" | sort -g | sed -n "${middle}p")
baseline_added_s=$(awk '{ printf "%.2f\n", $3 - $1 }' "$work/pairs.out" | sort -g | sed -n "${middle}p")
max_status=1  # the command line's answer when it finds errors, as it does here
cli_sarif_s=$(median "${cli[@]}" --format sarif -o "$reports/nems-check.sarif" "$corpus")
cli_junit_s=$(median "${cli[@]}" --format junit -o "$reports/TEST-nems-check.xml" "$corpus")
script_s=$(median bin/nems-check --format sarif -o "$reports/nems-check.sarif" "$corpus")

user_repo_after="$(ours_in_user_repo)"

calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
both_s=$(calc "$cli_sarif_s + $cli_junit_s")
limit_s=$(calc "$cli_sarif_s + 1")
verdict=$(awk -v a="$added_s" -v l="$limit_s" 'BEGIN { print (a <= l ? "met" : "NOT met") }')

echo
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)," \
  "Maven $version ($mvn_run); median of $runs; $size recordings in $(basename "$corpus")${summary:+ ($summary)}"
echo
echo "| run | wall time |"
echo "|---|---|"
echo "| a. \`mvn -o -q verify -Dnems.skip=true\` (Maven alone) | ${skipped_s} s |"
echo "| b. \`mvn -o -q verify\` (nems:check, reports sarif and junit) | ${checked_s} s |"
echo "| b − a: what the check adds to the build (median of the $runs pairs' differences) | ${added_s} s |"
if [ -n "$baseline_tree" ]; then
  echo "| b₀. the same with the plugin of $(basename "$baseline_tree") | ${baseline_checked_s} s |"
  echo "| b₀ − a: what that plugin's check adds | ${baseline_added_s} s |"
fi
echo "| c. \`java -XX:+UseSerialGC -Xshare:auto -jar nems-check.jar --format sarif -o …\` | ${cli_sarif_s} s |"
echo "| c′. the same with \`--format junit\` (the CLI writes one format a run) | ${cli_junit_s} s |"
echo "| \`bin/nems-check --format sarif -o …\` | ${script_s} s |"
echo
echo "Goal of issue 11: b − a = ${added_s} s ≤ c + 1 s = ${limit_s} s: $verdict" \
  "(against both CLI runs, c + c′ + 1 s = $(calc "$both_s + 1") s)"
if [ "$size" = 20 ]; then
  echo "Goal of the speed issue, second round: b − a = ${added_s} s ≤ 0.6 s:" \
    "$(awk -v a="$added_s" 'BEGIN { print (a <= 0.6 ? "met" : "NOT met") }')"
fi
if [ "$user_repo_before" = "$user_repo_after" ]; then
  echo "~/.m2: no org/nemsrules file added or changed."
else
  echo "~/.m2: org/nemsrules files changed during the run (another build may have installed them)." >&2
fi
