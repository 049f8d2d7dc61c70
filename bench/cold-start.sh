#!/usr/bin/env bash
# Cold-start benchmark (not a test): wall time of one fresh JVM per run of
#   bin/ecs-triage diagnose --fixture F --format json
# for every fixtures/scenarios/*/snapshot.json, against `java -version`, in three launcher modes:
#   appcds    the launcher as shipped (AppCDS archive, C1 only, serial GC)
#   no-cds    ECS_TRIAGE_CDS=off: no AppCDS archive (the JDK's own base archive still applies)
#   jvm-jit   the archive, but the JVM's default JIT and GC (C2 + G1), to show what the flags buy
# Runs are interleaved (run i of every mode, then run i+1) so that load from elsewhere hits all modes alike.
# The OS file cache is warm: "cold" means a new JVM each run. Timing is bash and date +%s%N only.
# Usage: bench/cold-start.sh [N]   (N runs per fixture and mode, default 5; ECS_TRIAGE_LAUNCHER=PATH times another launcher)
set -euo pipefail

ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${1:-5}
LAUNCHER=${ECS_TRIAGE_LAUNCHER:-$ROOT/bin/ecs-triage}  # another launcher: an unpacked release archive's bin/ecs-triage
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
MODES=(appcds no-cds jvm-jit)
TARGET_RATIO=10

shopt -s nullglob
FIXTURES=(fixtures/scenarios/*/snapshot.json)
((${#FIXTURES[@]} > 0)) || { echo "no fixtures/scenarios/*/snapshot.json" >&2; exit 2; }

now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }

median() { # integers on stdin -> median (mean of the two middle values for an even count)
    local -a v
    mapfile -t v < <(sort -n)
    local n=${#v[@]}
    if ((n == 0)); then echo "-"; elif ((n % 2)); then echo "${v[n / 2]}"; else echo $(((v[n / 2 - 1] + v[n / 2]) / 2)); fi
}

minimum() { sort -n | head -1; }

loadavg() { [[ -r /proc/loadavg ]] && cut -d' ' -f1-3 /proc/loadavg || echo "?"; }

ratio() { # a b -> a/b with one decimal
    local a=$1 b=$2
    ((b > 0)) || { echo "-"; return; }
    printf '%d.%d' $((a / b)) $(((a * 10 / b) % 10))
}

OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT

run_mode() { # mode fixture -> prints elapsed ms; stops the benchmark unless the run printed a report
    local mode=$1 fixture=$2 start end rc=0
    start=$(now_ms)
    case $mode in
        appcds) "$LAUNCHER" diagnose --fixture "$fixture" --format json >"$OUT" 2>&1 || rc=$? ;;
        no-cds) ECS_TRIAGE_CDS=off "$LAUNCHER" diagnose --fixture "$fixture" --format json >"$OUT" 2>&1 || rc=$? ;;
        jvm-jit) ECS_TRIAGE_JAVA_OPTS="-XX:TieredStopAtLevel=4 -XX:+UseG1GC -XX:+UsePerfData" \
            "$LAUNCHER" diagnose --fixture "$fixture" --format json >"$OUT" 2>&1 || rc=$? ;;
    esac
    end=$(now_ms)
    # exit 1 is also what a JVM that cannot start returns: a report on stdout tells the two apart
    if ((rc != 0 && rc != 1)) || ! grep -q '"schemaVersion"' "$OUT"; then
        echo "bench: $mode run on $fixture exited $rc without a report:" >&2
        head -5 "$OUT" >&2
        exit 1
    fi
    echo $((end - start))
}

echo "load average before: $(loadavg) (other work on the machine inflates every number below)"
echo "warm-up: build if needed and create the AppCDS archive" >&2
start=$(now_ms)
rc=0
"$LAUNCHER" diagnose --fixture "${FIXTURES[0]}" --format json >/dev/null || rc=$?
((rc == 0 || rc == 1)) || { echo "bench: warm-up exited $rc" >&2; exit 1; }
echo "warm-up took $(($(now_ms) - start)) ms" >&2

declare -A ALL=()
JV=()
printf '%-48s %9s %9s %9s   (median ms of %d runs)\n' "fixture" "${MODES[@]}" "$N"
for f in "${FIXTURES[@]}"; do
    declare -A TIMES=()
    for ((i = 1; i <= N; i++)); do
        for m in "${MODES[@]}"; do
            t=$(run_mode "$m" "$f")
            TIMES[$m]+="$t "
            ALL[$m]+="$t "
        done
        start=$(now_ms)
        "$JAVA" -version >/dev/null 2>&1
        JV+=($(($(now_ms) - start)))
    done
    name=${f#fixtures/scenarios/}
    printf '%-48s' "${name%/snapshot.json}"
    for m in "${MODES[@]}"; do printf ' %9s' "$(tr ' ' '\n' <<<"${TIMES[$m]}" | grep . | median)"; done
    printf '\n'
    unset TIMES
done

jv=$(printf '%s\n' "${JV[@]}" | median)
echo
printf '%-32s median %5s ms, min %5s ms (%d runs)\n' "java -version" "$jv" "$(printf '%s\n' "${JV[@]}" | minimum)" "${#JV[@]}"
for m in "${MODES[@]}"; do
    med=$(tr ' ' '\n' <<<"${ALL[$m]}" | grep . | median)
    min=$(tr ' ' '\n' <<<"${ALL[$m]}" | grep . | minimum)
    verdict="over the ${TARGET_RATIO}x target"
    ((med <= TARGET_RATIO * jv)) && verdict="within the ${TARGET_RATIO}x target"
    printf '%-32s median %5s ms, min %5s ms: median %sx java -version, %s\n' "all fixtures, $m" "$med" "$min" \
        "$(ratio "$med" "$jv")" "$verdict"
done
echo "load average after: $(loadavg)"
