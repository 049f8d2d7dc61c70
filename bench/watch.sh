#!/usr/bin/env bash
# Watch benchmark (not a timed test): runs LiveWatchIT against moto (from the project venv) N times and prints,
# from the BENCH line each run writes: the time from the first stopped task to the printed root cause (the poll
# interval there is 2 s, so it is at most one interval plus one full collection and diagnosis), and the API calls
# per minute of watching (overall, and of the quiet polls alone at the default 10 s interval).
# Usage: bench/watch.sh [N]   (default 1)
set -euo pipefail
ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${1:-1}
for i in $(seq "$N"); do
  mvn -B -q test -Dtest=LiveWatchIT -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || { echo "run $i failed" >&2; exit 1; }
  grep '^BENCH' target/surefire-reports/io.ecstriage.live.LiveWatchIT-output.txt
done
