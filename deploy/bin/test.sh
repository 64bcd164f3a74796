#!/usr/bin/env bash
# Builds orgbridge and runs all its tests, unit and integration, against a real PostgreSQL
# server and a real Kafka broker on 127.0.0.1.
#
# Usage: deploy/bin/test.sh [MAVEN_ARGUMENTS...]
#   Extra arguments go to 'mvn verify', for example -pl integration-service -am.
#   ORGBRIDGE_KEEP_KAFKA=1 leaves a broker that this script started running afterwards.
#   Exits with Maven's exit status.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

readonly BIN_DIR="${ORGBRIDGE_ROOT}/deploy/bin"

# The tests read these to find the servers. The ports follow the overrides of kafka.sh and postgres.sh.
export ORGBRIDGE_PG_HOST="${ORGBRIDGE_PG_HOST:-127.0.0.1}"
export ORGBRIDGE_PG_PORT="${ORGBRIDGE_PG_PORT:-5432}"
export ORGBRIDGE_KAFKA_PORT="${ORGBRIDGE_KAFKA_PORT:-9092}"
export ORGBRIDGE_KAFKA_BOOTSTRAP="127.0.0.1:${ORGBRIDGE_KAFKA_PORT}"
# Keeps the AWS SDK and CLI from querying the EC2 instance metadata service for credentials.
export AWS_EC2_METADATA_DISABLED=true

kafka_started_here=0

stop_kafka_on_exit() {
    if ((kafka_started_here == 0)); then
        return 0
    fi
    if [[ "${ORGBRIDGE_KEEP_KAFKA:-0}" == 1 ]]; then
        log_info "leaving Kafka running on ${ORGBRIDGE_KAFKA_BOOTSTRAP} (ORGBRIDGE_KEEP_KAFKA=1)"
        return 0
    fi
    bash "${BIN_DIR}/kafka.sh" stop || log_warn "stopping Kafka failed; stop it with ${BIN_DIR}/kafka.sh stop"
}

start_kafka() {
    if bash "${BIN_DIR}/kafka.sh" status >/dev/null; then
        log_info "using the Kafka broker that is already running on ${ORGBRIDGE_KAFKA_BOOTSTRAP}"
    else
        kafka_started_here=1
        bash "${BIN_DIR}/kafka.sh" start
    fi
    bash "${BIN_DIR}/kafka.sh" create-topics
}

# Only the tests that call the AWS CLI need it, so a failed install is a warning and not an error.
ensure_aws_cli() {
    if command -v aws >/dev/null 2>&1; then
        log_info "AWS CLI: $(aws --version 2>&1)"
        return 0
    fi
    if ! (apt_install awscli); then
        log_warn "installing the Debian package awscli failed; tests that call the AWS CLI may fail"
    fi
}

main() {
    trap stop_kafka_on_exit EXIT
    # SIGINT and SIGTERM end the script through exit with 128 + the signal number,
    # so the EXIT trap still stops Kafka.
    trap 'exit 130' INT
    trap 'exit 143' TERM

    bash "${BIN_DIR}/postgres.sh" ensure
    bash "${BIN_DIR}/postgres.sh" reset-test-dbs
    start_kafka
    ensure_aws_cli

    cd "${ORGBRIDGE_ROOT}"
    local -a mvn_command=(
        mvn -B verify
        -DskipITs=false
        "$@"
    )
    log_info "running: ${mvn_command[*]}"
    local status=0
    "${mvn_command[@]}" || status=$?
    log_info "mvn verify exited with status ${status}"
    return "${status}"
}

main "$@"
