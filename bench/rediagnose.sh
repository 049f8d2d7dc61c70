#!/usr/bin/env bash
# Warm re-diagnosis after a paste in `ecs-triage doctor` (target: <= 50 ms). Builds the test classes if needed and
# runs io.ecstriage.repl.RediagnoseBenchmark with the JVM's default JIT (a doctor session is long-lived).
# Usage: bench/rediagnose.sh [ROUNDS] [WARMUP]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Ddrools.externaliseCanonicalModelLambda=false -Decstriage.projectDir="$PWD" \
    -cp "target/classes:target/test-classes:$(<target/test-classpath.txt)" io.ecstriage.repl.RediagnoseBenchmark "$@"
