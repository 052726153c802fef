#!/usr/bin/env bash
# AVRS recommender speed: JMH latency of one top-10 request over 10,000 videos, and implicit-ALS
# training on a synthetic 25M-rating log in an 8 GB heap. Results go to bench/results/recommend-*.json.
# Usage: bench/run-recommend-bench.sh [jmh|scale|all]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
what="${1:-all}"
. "$root/tools/jdk.sh"; avrs_find_jdk
"$root/mvnw" -B -q -f "$root/pom.xml" -pl avrs-bench -am package -DskipTests
cp="$root/avrs-bench/target/classes:$root/avrs-bench/target/lib/*"
mkdir -p "$root/bench/results"
if [ "$what" = jmh ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'org.avrs.bench.recommend.TopKBenchmark' \
    -rf json -rff "$root/bench/results/recommend-topk-jmh.json"
fi
if [ "$what" = scale ] || [ "$what" = all ]; then
  "$JAVA_HOME/bin/java" -Xmx8g -cp "$cp" org.avrs.bench.recommend.ScaleRun "$root/bench/results"
fi
