# Sourced first by every bench/run-*.sh: strict mode, the repository root as the working directory
# ($root), a JDK >= 21 in $JAVA_HOME (tools/jdk.sh), and $out = bench/results, created.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. tools/jdk.sh
avrs_find_jdk
out=bench/results
mkdir -p "$out"
# Every JVM the benchmarks start (JMH forks included) resolves the Vector API, as ./avrs does, so that
# avrs-signal's SIMD paths run (org.avrs.signal.dsp.VectorLanes); -Davrs.vector=false measures without them.
export JDK_JAVA_OPTIONS="--add-modules jdk.incubator.vector${JDK_JAVA_OPTIONS:+ $JDK_JAVA_OPTIONS}"

# $shared: the real data folder, $AVRS_DATA or else the nearest shared/data above the repository
# (worktrees sit one or two levels deeper than the main checkout); empty when there is none.
shared=${AVRS_DATA:-}
if [ -z "$shared" ]; then
  for dir in "$root/.." "$root/../.." "$root/../../.."; do
    [ -d "$dir/shared/data" ] && { shared="$(cd "$dir/shared/data" && pwd)"; break; }
  done
fi

# Benchmarks against peers: the avrs-bench class path, the core that timed runs are pinned to, and the
# glibc malloc settings the NumPy/SciPy/PyTorch peers are run with as well as without.
cp="avrs-bench/target/classes:avrs-bench/target/lib/*"
core="${BENCH_CORE:-1}"
malloc=(MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824)

# Packages avrs-bench and the modules it needs, unless NO_BUILD=1.
bench_build() {
  if [ "${NO_BUILD:-0}" != 1 ]; then
    ./mvnw -B -q -pl avrs-bench -am package -DskipTests
  fi
}

# bench_env FILE MODULE…: starts FILE with the date, the CPU, the pinned core, the Java version and the
# Python peer's versions of the given modules (numpy, scipy, …).
bench_env() {
  local file=$1
  shift
  {
    echo "date: $(date -u +%FT%TZ)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) ($(nproc) cores visible), pinned to core $core"
    echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | grep -v -e '^NOTE: Picked up' -e '^WARNING: Using incubator' | head -1)"
    echo "python: $(/usr/bin/python3 -c 'import importlib, sys
print(sys.version.split()[0], *[m + " " + importlib.import_module(m).__version__ for m in sys.argv[1:]])' "$@")"
  } > "$file"
}

# bench_load FILE LABEL: appends "LABEL: load average …" to FILE.
bench_load() {
  echo "$2: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$1"
}
