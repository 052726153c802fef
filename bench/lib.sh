# Sourced first by every bench/run-*.sh: strict mode, the repository root as the working directory
# ($root), a JDK >= 21 in $JAVA_HOME (tools/jdk.sh), and $out = bench/results, created.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. tools/jdk.sh
avrs_find_jdk
out=bench/results
mkdir -p "$out"

# $shared: the real data folder, $AVRS_DATA or else the nearest shared/data above the repository
# (worktrees sit one or two levels deeper than the main checkout); empty when there is none.
shared=${AVRS_DATA:-}
if [ -z "$shared" ]; then
  for dir in "$root/.." "$root/../.." "$root/../../.."; do
    [ -d "$dir/shared/data" ] && { shared="$(cd "$dir/shared/data" && pwd)"; break; }
  done
fi
