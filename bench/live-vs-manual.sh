#!/usr/bin/env bash
# Live benchmark (not a test): one incident in the emulator (moto, from the project venv), diagnosed two ways:
#   ecs-triage   bin/ecs-triage diagnose --stack vendor0919 (one process, parallel read-only calls)
#   manual       the seeds' checklist as sequential aws CLI commands (seed 003 §6, seed 000 troubleshooting),
#                with the aws CLI from the same venv, one command per task/ENI as the seeds write them
# Reports the median wall time of N runs each, and the API calls each made (counted from moto's request log),
# as ratios. The emulator answers in about a millisecond, so this measures the client side: process start-up
# and round trips one after the other. Usage: bench/live-vs-manual.sh [N]   (default 3)
set -euo pipefail
ROOT=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${1:-3}
TARGET_RATIO=5
PY=$(bash scripts/moto-venv.sh)
BIN=$(dirname "$PY")
PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
LOG=$(mktemp)
"$BIN/moto_server" -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 &
MOTO=$!
trap 'kill $MOTO 2>/dev/null; rm -f "$LOG"' EXIT
EP=http://127.0.0.1:$PORT
for _ in $(seq 100); do curl -sf "$EP/moto-api/data.json" >/dev/null && break; sleep 0.2; done
eval "$("$PY" bench/live-scenario.py "$EP")"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=ap-northeast-1 AWS_ENDPOINT_URL=$EP
R=ap-northeast-1
AWS="$BIN/aws"

now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }
requests() { grep -c '"[A-Z]* [^ ]* HTTP' "$LOG" || true; }
median() { local -a v; mapfile -t v < <(sort -n); echo "${v[${#v[@]} / 2]}"; }
ratio() { printf '%d.%d' $(($1 / $2)) $((($1 * 10 / $2) % 10)); }

manual() { # the checklist, one command after the other, as a person pastes it
    local q=(--region $R --output json)
    $AWS cloudformation describe-stack-events --stack-name "$STACK" "${q[@]}" >/dev/null
    $AWS ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" "${q[@]}" >/dev/null
    $AWS ecs list-tasks --cluster "$CLUSTER" --service-name "$SERVICE" "${q[@]}" >/dev/null
    local tasks
    tasks=$($AWS ecs list-tasks --cluster "$CLUSTER" --service-name "$SERVICE" --desired-status STOPPED "${q[@]}" --query 'taskArns[]' --output text)
    for t in $tasks; do
        eni=$($AWS ecs describe-tasks --cluster "$CLUSTER" --tasks "$t" --region $R --query "tasks[0].attachments[0].details[?name=='networkInterfaceId'].value" --output text)
        # moto gives tasks of a CloudFormation task definition no ENI; on AWS this call always runs (conservative here)
        [[ -z $eni || $eni == None ]] || $AWS ec2 describe-network-interfaces --network-interface-ids "$eni" --region $R --query 'NetworkInterfaces[0].Association.PublicIp' --output text >/dev/null
    done
    # `aws logs tail` (CLI v2) as CLI v1 has it
    $AWS logs filter-log-events --log-group-name "$LOG_GROUP" "${q[@]}" >/dev/null 2>&1 || true
    $AWS elbv2 describe-target-health --target-group-arn "$TG_ARN" "${q[@]}" >/dev/null
    $AWS elbv2 describe-listeners --load-balancer-arn "$ALB_ARN" "${q[@]}" >/dev/null
}

triage() {
    bin/ecs-triage diagnose --stack "$STACK" --region $R --endpoint-url "$EP" >/dev/null || [[ $? == 1 ]]
}

echo "warming up (builds the jar and its AppCDS archive if needed)..." >&2
triage; manual
declare -a T_TIMES M_TIMES
for ((i = 0; i < N; i++)); do
    a=$(requests); s=$(now_ms); triage; T_TIMES+=($(($(now_ms) - s))); T_CALLS=$(($(requests) - a))
    a=$(requests); s=$(now_ms); manual; M_TIMES+=($(($(now_ms) - s))); M_CALLS=$(($(requests) - a))
done
T=$(printf '%s\n' "${T_TIMES[@]}" | median)
M=$(printf '%s\n' "${M_TIMES[@]}" | median)
bin/ecs-triage diagnose --stack "$STACK" --region $R --endpoint-url "$EP" | head -4 >&2 || true
printf '%-12s %10s %10s\n' "" "wall ms" "API calls"
printf '%-12s %10s %10s\n' "ecs-triage" "$T" "$T_CALLS" "manual" "$M" "$M_CALLS"
echo "speed-up (manual / ecs-triage wall time): $(ratio "$M" "$T")x (target >= ${TARGET_RATIO}x)"
echo "API calls (ecs-triage / manual): $(ratio "$T_CALLS" "$M_CALLS")x, calls per second: ecs-triage $((T_CALLS * 1000 / T)), manual $((M_CALLS * 1000 / M))"
