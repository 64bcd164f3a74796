#!/usr/bin/env bash
# Runs the whole suite on this machine against the sample AWS organization and prints what it
# imported. It starts PostgreSQL (installing it where missing) and Kafka, builds the services, and
# starts the AWS simulator on 127.0.0.1:9599 and the four services. It then creates an org, a
# workspace and an integration, and prints the connection tree and the workspace's connections.
# Last, it changes the organization (renames an OU, moves an account, creates one, closes one) and
# prints both again.
#
# Usage: deploy/bin/demo.sh [--keep-running]
#   --keep-running   leave the simulator and services up until Ctrl+C, to explore the APIs
#   ORGBRIDGE_SKIP_BUILD=1 reuses the last build.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

readonly BIN_DIR="${ORGBRIDGE_ROOT}/deploy/bin"

export ORGBRIDGE_PG_HOST="${ORGBRIDGE_PG_HOST:-127.0.0.1}"
export ORGBRIDGE_PG_PORT="${ORGBRIDGE_PG_PORT:-5432}"
export ORGBRIDGE_KAFKA_PORT="${ORGBRIDGE_KAFKA_PORT:-9092}"
export ORGBRIDGE_KAFKA_BOOTSTRAP="127.0.0.1:${ORGBRIDGE_KAFKA_PORT}"
export AWS_EC2_METADATA_DISABLED=true

main() {
    bash "${BIN_DIR}/postgres.sh" ensure
    bash "${BIN_DIR}/kafka.sh" start
    bash "${BIN_DIR}/kafka.sh" create-topics

    cd "${ORGBRIDGE_ROOT}"
    if [[ "${ORGBRIDGE_SKIP_BUILD:-0}" != 1 ]]; then
        log_info "building the suite (mvn install -DskipTests)"
        mvn -B -q install -DskipTests
    fi
    local classpath_file="${ORGBRIDGE_STATE_DIR}/demo-classpath.txt"
    mvn -B -q -pl e2e-tests dependency:build-classpath -Dmdep.includeScope=runtime \
        "-Dmdep.outputFile=${classpath_file}"
    local classpath
    classpath="e2e-tests/target/classes:$(cat "${classpath_file}")"

    log_info "starting the demo; service logs go to ${ORGBRIDGE_STATE_DIR}/demo-logs"
    "$(java_bin)" -cp "${classpath}" \
        "-Dorgbridge.repo.root=${ORGBRIDGE_ROOT}" \
        io.orgbridge.e2e.DemoMain "$@"
}

main "$@"
