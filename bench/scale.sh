#!/usr/bin/env bash
# Time and heap of a diagnosis at 1x, 10x and 100x a synthetic account (5, 50, 500 failing services; 100x is
# about 50 MB, near the 64 MiB input limit), against a plain Jackson parse of the same file.
# Goals (issue 13): 100x costs <= 120x the time of 1x, and <= 3x the parse. Wall time and, steadier on a shared
# machine, process CPU time. A last line compares fresh processes at 100x, as a user meets them: a JVM that only
# parses the file against `bin/ecs-triage diagnose` of it (the median of three each). Usage: bench/scale.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/bench-scale}
mkdir -p "$out"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
for n in 5 50 500; do
  [ -f "$out/account-$n.json" ] || python3 bench/gen_account.py "$n" "$out/account-$n.json"
done
# the JVM flags bin/ecs-triage gives a diagnosis of each file (its JIT, collector and heap sized for the input)
eval "$(sed -n '/^JIT_FLAGS=(/p; /^heap_for_input() {/,/^}/p' bin/ecs-triage)"
for n in 5 50 500; do
  HEAP_FLAGS=()
  heap_for_input --fixture "$out/account-$n.json"
  java "${JIT_FLAGS[@]}" ${HEAP_FLAGS[@]+"${HEAP_FLAGS[@]}"} -cp "$cp" io.ecstriage.bench.ScaleBenchmark "$out/account-$n.json"
done | tee "$out/results.tsv"
python3 - "$out/results.tsv" <<'PY'
import math, re, sys
rows = [re.findall(r"([\d.]+) s", l) for l in open(sys.argv[1])]
t = [float(r[1]) for r in rows]
p = [float(r[0]) for r in rows]
print(f"100x / 1x time: {t[2] / t[0]:.1f} (goal <= 120); 100x / parse: {t[2] / p[2]:.2f} (goal <= 3)")
print(f"growth exponent 10x->100x: {math.log(t[2] / t[1], 10):.2f}; 1x->100x: {math.log(t[2] / t[0], 100):.2f}")
c = [float(r[3]) for r in rows]
pc = [float(r[2]) for r in rows]
print(f"process CPU time (steadier under load): 100x / 1x: {c[2] / c[0]:.1f}; 100x / parse: {c[2] / pc[2]:.2f}; "
      f"exponent 1x->100x: {math.log(c[2] / c[0], 100):.2f}")
PY
# fresh processes at 100x: a JVM that parses the file once, against the launcher diagnosing it (JVM start in both)
f=$out/account-500.json
HEAP_FLAGS=()
heap_for_input --fixture "$f"
rm -f "$out/cold-parse.txt" "$out/cold-diagnose.txt"
for i in 1 2 3; do
    /usr/bin/time -f %e -a -o "$out/cold-parse.txt" java "${JIT_FLAGS[@]}" ${HEAP_FLAGS[@]+"${HEAP_FLAGS[@]}"} -cp "$cp" \
        io.ecstriage.bench.ParseOnce "$f"
    /usr/bin/time -f %e -a -o "$out/cold-diagnose.txt" bin/ecs-triage diagnose --fixture "$f" --format json >/dev/null || true
done
python3 - "$out/cold-parse.txt" "$out/cold-diagnose.txt" <<'PY'
import statistics, sys
p, d = (statistics.median(float(l) for l in open(f) if l.strip() and l[0].isdigit()) for f in sys.argv[1:3])
print(f"fresh processes at 100x: parse {p:.2f} s, diagnose {d:.2f} s, ratio {d / p:.2f}")
PY
rm -f "$out/cold-parse.txt" "$out/cold-diagnose.txt"
