#!/usr/bin/env bash
# Live benchmark against the peer (not a test): ecs-triage and ecs-doctor (Python, pinned below) diagnose the same
# service of the same incident in the emulator, paired and alternating, through the fault proxy at 0 ms and 60 ms
# added per call (60 ms is what a real endpoint costs from a laptop). Three incidents (bench/live-scenario.py):
# a missing log group, an image tag ECR lacks, tasks failing the ALB's health checks.
# Per run: wall, CPU (user+sys) and peak RSS from /usr/bin/time, API calls (the proxy's count, retries included) and
# sequential rounds (the longest chain of calls each starting after the one before it ended, from the proxy's log
# of when each request came and went: the critical path in calls). Prints the medians, ecs-triage / ecs-doctor
# ratios, and the cause each tool named first.
# Usage: bench/live-vs-peer.sh [N]   (N paired runs per incident and latency, default 5)
#   PEER_PYTHON=/path/to/python3.12   a Python >= 3.12 for the peer's venv (default: python3.12/3.13 on PATH, else pyenv's)
#   TRIAGE=/path/to/launcher           the ecs-triage to run (default bin/ecs-triage)
#   JAVA_HOME=/path/to/jdk             the Java it runs on (default: java on PATH), e.g. a Java 24+ for its AOT cache
#   HTTPS=1                            also runs both at 60 ms over HTTPS ("60s"), as a real endpoint is: the proxy serves
#                                      TLS with a fresh RSA-2048 certificate that each tool trusts beside its usual
#                                      roots (ecs-triage: a copy of its JDK's cacerts; the peer: botocore's bundle)
set -euo pipefail
ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${1:-5}
PEER=ecs-doctor==0.5.0
PEER_VENV=$ROOT/bench/.venv-peer
TRIAGE=${TRIAGE:-$ROOT/bin/ecs-triage}
R=ap-northeast-1
LATENCIES=(0 60)
[[ ${HTTPS:-0} == 1 ]] && LATENCIES+=(60s)  # 60 ms over TLS

# --- the peer: its own venv from a Python >= 3.12 ---
if [[ -z ${PEER_PYTHON:-} ]]; then
    for p in python3.13 python3.12 "$HOME"/.pyenv/versions/3.13*/bin/python "$HOME"/.pyenv/versions/3.12*/bin/python; do
        if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            PEER_PYTHON=$("$p" -c 'import sys; print(sys.executable)'); break
        fi
    done
fi
[[ -n ${PEER_PYTHON:-} ]] || { echo "bench: no Python >= 3.12 found; set PEER_PYTHON" >&2; exit 2; }
if [[ ! -x $PEER_VENV/bin/ecs-doctor ]] || [[ $("$PEER_VENV/bin/ecs-doctor" --version 2>/dev/null) != *"${PEER#*==}"* ]]; then
    rm -rf "$PEER_VENV"
    "$PEER_PYTHON" -m venv "$PEER_VENV"
    "$PEER_VENV/bin/pip" install -q --disable-pip-version-check "$PEER" >&2
fi
echo "peer: $("$PEER_VENV/bin/ecs-doctor" --version 2>&1 | tail -1) in $PEER_VENV, Python $("$PEER_VENV/bin/python" -c \
    'import sys; print(sys.version.split()[0], "from", sys.base_prefix)')"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java  # as the launcher finds it: JAVA_HOME, else PATH
echo "ecs-triage: $TRIAGE on $("$JAVA" -version 2>&1 | head -1) ($(command -v "$JAVA"))"

# --- the emulator with the incidents, and the fault proxy (test classes: it needs only the JDK) ---
PY=$(bash scripts/moto-venv.sh)
BIN=$(dirname "$PY")
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
TMP=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"' EXIT
"$BIN/moto_server" -H 127.0.0.1 -p "$PORT" >"$TMP/moto.log" 2>&1 &
PIDS+=($!)
MOTO=http://127.0.0.1:$PORT
for _ in $(seq 100); do curl -sf "$MOTO/moto-api/data.json" >/dev/null && break; sleep 0.2; done
eval "$("$PY" bench/live-scenario.py "$MOTO")"
[[ -f target/test-classes/io/ecstriage/live/FaultProxy.class ]] || mvn -B -q -o test-compile >&2
TLS_TRIAGE=() TLS_PEER=()
if [[ ${HTTPS:-0} == 1 ]]; then
    keytool -genkeypair -alias proxy -keyalg RSA -keysize 2048 -validity 2 -dname CN=127.0.0.1 -ext SAN=ip:127.0.0.1 \
        -keystore "$TMP/proxy.p12" -storetype PKCS12 -storepass bench-only -keypass bench-only >/dev/null 2>&1
    keytool -exportcert -rfc -alias proxy -keystore "$TMP/proxy.p12" -storepass bench-only >"$TMP/proxy.pem" 2>/dev/null
    cacerts=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")/lib/security/cacerts
    cp "$cacerts" "$TMP/cacerts" && chmod u+w "$TMP/cacerts"
    keytool -importcert -noprompt -alias bench-proxy -file "$TMP/proxy.pem" -keystore "$TMP/cacerts" -storepass changeit >/dev/null 2>&1
    peer_roots=$("$PEER_VENV/bin/python" -c 'from botocore.httpsession import get_cert_path; print(get_cert_path(True))')
    cat "$peer_roots" "$TMP/proxy.pem" >"$TMP/ca-bundle.pem"
    TLS_TRIAGE=("ECS_TRIAGE_JAVA_OPTS=-Djavax.net.ssl.trustStore=$TMP/cacerts")
    TLS_PEER=("AWS_CA_BUNDLE=$TMP/ca-bundle.pem")
    echo "https: the proxy's certificate trusted beside $cacerts ($(keytool -list -keystore "$cacerts" -storepass changeit 2>/dev/null |
        grep -c trustedCertEntry) roots) and $peer_roots"
fi
declare -A PROXY=()
for ms in "${LATENCIES[@]}"; do
    p=$(free_port) tls=() scheme=http
    [[ $ms == *s ]] && tls=(--tls "$TMP/proxy.p12" bench-only) scheme=https
    java -XX:+UseSerialGC -cp target/test-classes io.ecstriage.live.FaultProxy --target "$MOTO" --port "$p" --latency-ms "${ms%s}" \
        ${tls[@]+"${tls[@]}"} >"$TMP/proxy-$ms.log" 2>&1 &
    PIDS+=($!)
    PROXY[$ms]=$scheme://127.0.0.1:$p
    for _ in $(seq 100); do curl -sfk "${PROXY[$ms]}/fault-proxy/calls" >/dev/null && break; sleep 0.1; done
done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=$R
unset AWS_PROFILE AWS_ENDPOINT_URL

run() { # tool latency cluster service -> appends "tool ms incident wall cpu rss calls rounds" to $TMP/runs
    local tool=$1 ms=$2 cluster=$3 service=$4 ep=${PROXY[$2]} rc=0 trust_triage=() trust_peer=()
    [[ $ms == *s ]] && trust_triage=("${TLS_TRIAGE[@]}") trust_peer=("${TLS_PEER[@]}")
    curl -sfk -X POST "$ep/fault-proxy/reset" >/dev/null
    case $tool in
        ecs-triage) env ${trust_triage[@]+"${trust_triage[@]}"} /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$TRIAGE" diagnose \
            --cluster "$cluster" --service "$service" --region $R --endpoint-url "$ep" >"$TMP/out-$tool" 2>"$TMP/err-$tool" || rc=$? ;;
        ecs-doctor) env ${trust_peer[@]+"${trust_peer[@]}"} AWS_ENDPOINT_URL="$ep" /usr/bin/time -f '%e %U %S %M' -o "$TMP/time" \
            "$PEER_VENV/bin/ecs-doctor" diagnose --cluster "$cluster" --service "$service" --region $R >"$TMP/out-$tool" \
            2>"$TMP/err-$tool" || rc=$? ;;
    esac
    if ((rc > 1)); then echo "bench: $tool on $service exited $rc:" >&2; tail -5 "$TMP/err-$tool" >&2; exit 1; fi
    curl -sfk "$ep/fault-proxy/log" >"$TMP/log"
    read -r wall user sys rss < <(tail -1 "$TMP/time")  # a non-zero exit adds a line before the figures
    "$PY" - "$TMP/log" "$tool" "$ms" "$service" "$wall" "$user" "$sys" "$rss" >>"$TMP/runs" <<'EOF'
import json, sys
log, tool, ms, service, wall, user, sys_, rss = sys.argv[1:]
calls = json.load(open(log))
rounds, end = 0, -1  # the most calls that ran one after the other: greedy by earliest end
for _, s, e in sorted(calls, key=lambda c: c[2]):
    if s >= end:
        rounds, end = rounds + 1, e
print(tool, ms, service, wall, round(float(user) + float(sys_), 2), int(rss) // 1024, len(calls), rounds)
EOF
}

echo "warming up both tools (builds the jar and its start-up archive if needed)..." >&2
set -- $INCIDENTS
run ecs-triage 0 "${1%/*}" "${1#*/}"; run ecs-doctor 0 "${1%/*}" "${1#*/}"
: >"$TMP/runs"
for ms in "${LATENCIES[@]}"; do
    for incident in $INCIDENTS; do
        for ((i = 0; i < N; i++)); do
            if ((i % 2 == 0)); then order=(ecs-triage ecs-doctor); else order=(ecs-doctor ecs-triage); fi
            for tool in "${order[@]}"; do run "$tool" "$ms" "${incident%/*}" "${incident#*/}"; done
        done
    done
done

# what each named first (the proxy without latency: the answers are the same)
for incident in $INCIDENTS; do
    c=${incident%/*} s=${incident#*/}
    t=$("$TRIAGE" diagnose --cluster "$c" --service "$s" --region $R --endpoint-url "${PROXY[0]}" --format json 2>/dev/null |
        "$PY" -c 'import json,sys; f=json.load(sys.stdin)["findings"]; print(", ".join(x["ruleId"] for x in f[:2]) or "nothing")' || true)
    d=$(AWS_ENDPOINT_URL=${PROXY[0]} "$PEER_VENV/bin/ecs-doctor" diagnose --cluster "$c" --service "$s" --region $R --json 2>/dev/null |
        "$PY" -c 'import json,sys; print(json.load(sys.stdin)["root_cause"]["cause"])' || true)
    echo "cause $s ecs-triage: $t | ecs-doctor: $d" >>"$TMP/causes"
done

"$PY" - "$TMP/runs" "$N" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
cols = ["wall s", "CPU s", "RSS MiB", "calls", "rounds"]
def med(tool, ms, service=None):
    sel = [r for r in rows if r[0] == tool and r[1] == ms and (service is None or r[2] == service)]
    return [statistics.median(float(r[i]) for r in sel) for i in range(3, 8)]
print(f"\nmedians of {sys.argv[2]} paired runs per incident")
print(f"{'latency':>10} {'incident':<20} {'tool':<11}" + "".join(f"{c:>9}" for c in cols))
def order(ms):  # 0, 60, then 60s (60 ms over HTTPS)
    return (int(ms.rstrip("s")), ms.endswith("s"))
def label(ms):
    return ms.rstrip("s") + (" ms tls" if ms.endswith("s") else " ms")
for ms in sorted({r[1] for r in rows}, key=order):
    for service in dict.fromkeys(r[2] for r in rows):
        for tool in ("ecs-triage", "ecs-doctor"):
            print(f"{label(ms):>10} {service:<20} {tool:<11}" + "".join(f"{v:9.2f}" for v in med(tool, ms, service)))
print("\nratios ecs-triage / ecs-doctor (medians over all incidents; goals at 60 ms: wall <= 0.5, CPU <= 1.0, RSS <= 1.5)")
print(f"{'latency':>10}" + "".join(f"{c:>9}" for c in cols))
for ms in sorted({r[1] for r in rows}, key=order):
    t, d = med("ecs-triage", ms), med("ecs-doctor", ms)
    print(f"{label(ms):>10}" + "".join(f"{a / b:9.2f}" if b else f"{'-':>9}" for a, b in zip(t, d)))
EOF
echo
cat "$TMP/causes"
