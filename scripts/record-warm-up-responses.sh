#!/usr/bin/env bash
# Re-records src/main/resources/io/ecstriage/cli/warm-up-responses.json: live diagnoses of the bench's
# incidents (bench/live-scenario.py in moto), through a recording proxy. The launcher's AppCDS training run
# replays it (WarmUpCommand). Run it after changing what the collectors read; commit the result.
set -euo pipefail
ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=$(bash scripts/moto-venv.sh)
BIN=$(dirname "$PY")
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
MOTO_PORT=$(free_port)
PROXY_PORT=$(free_port)
OUT=src/main/resources/io/ecstriage/cli/warm-up-responses.json
"$BIN/moto_server" -H 127.0.0.1 -p "$MOTO_PORT" >/dev/null 2>&1 &
MOTO=$!
PARTS=$(mktemp -d)
trap 'kill $MOTO ${PROXY:-} 2>/dev/null || true; rm -rf "$PARTS"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/data.json" >/dev/null && break; sleep 0.2; done
eval "$("$PY" bench/live-scenario.py "http://127.0.0.1:$MOTO_PORT")"
mkdir -p "$(dirname "$OUT")"
# Three incidents, so the archive also holds what a load balancer, an image and a log stream bring (ELBv2, ECR,
# Logs and IAM response models): the stack (a Fargate service, no load balancer), the failing health checks, the missing tag.
record() { # part-file diagnose-arguments...
    local part=$1
    shift
    "$PY" scripts/record-warm-up-responses.py "http://127.0.0.1:$MOTO_PORT" "$PROXY_PORT" "$part" "$@" &
    PROXY=$!
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PROXY_PORT") 2>/dev/null && break; sleep 0.1; done
    AWS_ACCESS_KEY_ID=warmup AWS_SECRET_ACCESS_KEY=warmup bin/ecs-triage diagnose "$@" --region ap-northeast-1 \
        --endpoint-url "http://127.0.0.1:$PROXY_PORT" >/dev/null || [[ $? == 1 ]]
    kill -TERM "$PROXY"
    wait "$PROXY" || true
}
record "$PARTS/1.json" --stack "$STACK"
set -- $INCIDENTS  # cluster/service of the missing log group, the missing image tag, the failing health checks
record "$PARTS/2.json" --cluster "${3%/*}" --service "${3#*/}"
record "$PARTS/3.json" --cluster "${2%/*}" --service "${2#*/}"
"$PY" - "$OUT" "$PARTS"/1.json "$PARTS"/2.json "$PARTS"/3.json <<'EOF2'
import json, sys
replays = [json.load(open(p)) for p in sys.argv[2:]]
with open(sys.argv[1], "w") as f:
    json.dump({"region": "ap-northeast-1", "replays": replays}, f, indent=1)
    f.write("\n")
print(f"recorded {sum(len(r['responses']) for r in replays)} answers of {len(replays)} diagnoses to {sys.argv[1]}")
EOF2
