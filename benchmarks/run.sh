#!/usr/bin/env bash
# Builds the benchmarks module and runs every benchmark of issues 11 and 17 once; writes benchmarks/RESULTS.md.
# Usage: benchmarks/run.sh [-Dstripe.shared.dir=/path/to/stripe/files] [-Dbench.quick=true]
#                          [-Dbench.results=/path/to/file.md] [JMH include regex]
# The JDK is $JAVA_HOME (else the `java` on the PATH). To record several JDKs in one RESULTS.md, list their homes in
# BENCH_JAVA_HOMES (e.g. BENCH_JAVA_HOMES="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64"):
# the benchmarks then run once per JDK, one after the other, and RESULTS.md holds each run's report in that order.
# Takes about 15 minutes per JDK on 2 cores. Needs Stripe's reference files (default ../shared/stripe).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
props=()
args=()
results=benchmarks/RESULTS.md
for arg in "$@"; do
  case "$arg" in
    -Dbench.results=*) results="${arg#-Dbench.results=}" ;;
    -D*) props+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
homes=(${BENCH_JAVA_HOMES:-${JAVA_HOME:-}})
if [ ${#homes[@]} -eq 0 ]; then
  java -Xmx2g "${props[@]}" -Dbench.results="$results" -cp "$classpath" dev.stripeslice.benchmarks.Main "${args[@]}"
  exit
fi
# The load tests of one JDK's run leave the 1-minute load average high; let it settle (at most 5 minutes) before
# the next run's first benchmarks, so that they start on an idle machine.
settle() {
  [ -r /proc/loadavg ] || return 0
  for _ in $(seq 60); do
    awk '{ exit !($1 < 2.0) }' /proc/loadavg 2>/dev/null && return
    sleep 5
  done
}
parts=()
for home in "${homes[@]}"; do
  settle
  part="benchmarks/target/results-$(basename "$home").md"
  "$home/bin/java" -Xmx2g "${props[@]}" -Dbench.results="$part" -cp "$classpath" \
    dev.stripeslice.benchmarks.Main "${args[@]}"
  parts+=("$part")
done
first=1
for part in "${parts[@]}"; do
  if [ $first -eq 0 ]; then printf '\n---\n\n'; fi
  cat "$part"
  first=0
done > "$results"
echo "Wrote $results"
