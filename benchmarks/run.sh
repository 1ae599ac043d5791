#!/usr/bin/env bash
# Builds the benchmarks module and runs every benchmark of issue 11 once; writes benchmarks/RESULTS.md.
# Usage: benchmarks/run.sh [-Dstripe.shared.dir=/path/to/stripe/files] [-Dbench.quick=true] [JMH include regex]
# Takes about 15 minutes on 2 cores. Needs Stripe's reference files (default ../shared/stripe).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
props=()
args=()
for arg in "$@"; do
  case "$arg" in
    -D*) props+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
exec java -Xmx2g "${props[@]}" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.stripeslice.benchmarks.Main "${args[@]}"
