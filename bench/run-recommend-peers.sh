#!/usr/bin/env bash
# AVRS recommenders vs Spark MLlib 4.2.0 and LibRec 2.0.0 on the fixed split ../shared/data/movielens/split-seed42.
# Each peer is its own small Maven project under bench/peers/<name>/ (never in the reactor: Spark is huge,
# LibRec is GPL-3.0 and must not be linked into AVRS). Peers run on Java 17 (Spark 4.2 supports 17/21),
# write their top-10 lists, predictions and fit times to $OUT; AVRS's avrs-bench then scores every output
# with AVRS's own evaluator and writes bench/results/recommend-movielens-split42.{md,json,html}.
#
# Usage: bench/run-recommend-peers.sh [SPLIT_DIR] [--skip-librec-itemknn]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
split="${1:-$root/../shared/data/movielens/split-seed42}"
[ -d "$split" ] || split="$root/../../shared/data/movielens/split-seed42"
[ -f "$split/train.csv" ] || { echo "no split at $split (train.csv, test.csv)" >&2; exit 2; }
librec_peers="bpr,wrmf,biasedmf,itemknn"
[ "${2:-}" = "--skip-librec-itemknn" ] && librec_peers="bpr,wrmf,biasedmf"
out="$root/bench/results/recommend-peers-raw"
mkdir -p "$out"
java17="${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64}"
[ -x "$java17/bin/java" ] || java17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"

echo "== building peers (Java at $java17)"
for p in spark librec; do
  JAVA_HOME="$java17" "$root/mvnw" -B -q -f "$root/bench/peers/$p/pom.xml" package -DskipTests
done
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
 -Dio.netty.tryReflectionSetAccessible=true"
echo "== Spark MLlib (local[2])"
# shellcheck disable=SC2086
"$java17/bin/java" -Xmx4g $opens -cp "$root/bench/peers/spark/target/spark-peer-1.jar:$root/bench/peers/spark/target/lib/*" \
  org.avrs.peers.spark.SparkAlsPeer "$split" "$out" 32 15 0.1 10 10
echo "== LibRec 2.0.0 ($librec_peers)"
"$java17/bin/java" -Xmx8g -cp "$root/bench/peers/librec/target/librec-peer-1.jar:$root/bench/peers/librec/target/lib/*" \
  org.avrs.peers.librec.LibRecPeer "$split" "$out" 10 "$librec_peers" 2> "$out/librec.log" \
  || echo "LibRec failed; see $out/librec.log" >&2

echo "== AVRS (avrs-bench)"
. "$root/tools/jdk.sh"; avrs_find_jdk
"$root/mvnw" -B -q -f "$root/pom.xml" -pl avrs-bench -am package -DskipTests
"$JAVA_HOME/bin/java" -Xmx4g -cp "$root/avrs-bench/target/classes:$root/avrs-bench/target/lib/*" \
  org.avrs.bench.recommend.PeerComparison "$split" "$out" "$root/bench/results" 2
