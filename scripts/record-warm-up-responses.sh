#!/usr/bin/env bash
# Re-records src/main/resources/io/ecstriage/cli/warm-up-responses.json: one live diagnosis of the bench's
# incident (bench/live-scenario.py in moto), through a recording proxy. The launcher's AppCDS training run
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
trap 'kill $MOTO ${PROXY:-} 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/data.json" >/dev/null && break; sleep 0.2; done
eval "$("$PY" bench/live-scenario.py "http://127.0.0.1:$MOTO_PORT")"
mkdir -p "$(dirname "$OUT")"
"$PY" scripts/record-warm-up-responses.py "http://127.0.0.1:$MOTO_PORT" "$PROXY_PORT" "$OUT" "$STACK" ap-northeast-1 &
PROXY=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PROXY_PORT") 2>/dev/null && break; sleep 0.1; done
AWS_ACCESS_KEY_ID=warmup AWS_SECRET_ACCESS_KEY=warmup bin/ecs-triage diagnose --stack "$STACK" --region ap-northeast-1 \
    --endpoint-url "http://127.0.0.1:$PROXY_PORT" >/dev/null || [[ $? == 1 ]]
kill -TERM "$PROXY"
wait "$PROXY" || true
echo "recorded $("$PY" -c "import json,sys; print(len(json.load(open(sys.argv[1]))['responses']))" "$OUT") operations to $OUT"
