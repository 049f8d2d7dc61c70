#!/usr/bin/env bash
# Creates (once) the project-local venv .venv/ with the pinned moto server and aws CLI; prints its python.
# Called by the integration-test harness (MotoServer) and by .ci/run; safe to run concurrently.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
req="$root/scripts/moto-requirements.txt"
stamp="$venv/.requirements.sha256"
want=$(sha256sum "$req" | cut -d' ' -f1)
exec 9>"$root/.venv.lock"
flock 9
if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    python=${PYTHON:-$(command -v python3.11 || command -v python3)}
    echo "moto-venv: creating $venv with $($python --version 2>&1)" >&2
    rm -rf "$venv"
    "$python" -m venv "$venv"
    find_links=()
    [[ -d /opt/wheels ]] && find_links=(--find-links /opt/wheels)
    "$venv/bin/python" -m pip install -q --disable-pip-version-check "${find_links[@]}" -r "$req" >&2
    echo "$want" >"$stamp"
fi
echo "$venv/bin/python"
