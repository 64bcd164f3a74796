#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker (KRaft mode) from Maven Central jars, for local
# development and tests. Run with no arguments for usage.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

readonly TOPICS=(integration-events discovery-events connection-events directory-events)
readonly TOPIC_PARTITIONS=3

readonly KAFKA_HOST=127.0.0.1
readonly BROKER_PORT="${ORGBRIDGE_KAFKA_PORT:-9092}"
readonly CONTROLLER_PORT="${ORGBRIDGE_KAFKA_CONTROLLER_PORT:-$((BROKER_PORT + 1))}"
readonly BOOTSTRAP="${KAFKA_HOST}:${BROKER_PORT}"
readonly START_TIMEOUT="${ORGBRIDGE_KAFKA_START_TIMEOUT:-90}"
readonly STOP_TIMEOUT="${ORGBRIDGE_KAFKA_STOP_TIMEOUT:-30}"

readonly KAFKA_POM="${ORGBRIDGE_ROOT}/deploy/kafka/pom.xml"
readonly CONFIG_TEMPLATE="${ORGBRIDGE_ROOT}/deploy/kafka/server.properties"
readonly KAFKA_DIR="${ORGBRIDGE_STATE_DIR}/kafka"
readonly DATA_DIR="${KAFKA_DIR}/data"
readonly CONFIG_FILE="${KAFKA_DIR}/server.properties"
readonly CLASSPATH_FILE="${KAFKA_DIR}/classpath.txt"
readonly PID_FILE="${KAFKA_DIR}/kafka.pid"
readonly LOG_FILE="${KAFKA_DIR}/kafka.log"

usage() {
    cat <<EOF
Usage: $(basename "$0") COMMAND

Commands:
  start          start the broker in the background and wait until it serves requests
  stop           stop the broker (SIGTERM, then SIGKILL after ${STOP_TIMEOUT} s)
  status         print whether the broker runs; exit 0 if it does, 3 if not
  create-topics  create ${TOPICS[*]}
                 with ${TOPIC_PARTITIONS} partitions each, unless they exist
  list-topics    print the broker's topics
  classpath      print the broker's classpath, for running Kafka's command-line tools

Environment:
  ORGBRIDGE_STATE_DIR              state directory (default <repo>/.run); the broker
                                   keeps data, log and pid file in its kafka/ folder
  ORGBRIDGE_KAFKA_PORT             broker port on 127.0.0.1 (default 9092)
  ORGBRIDGE_KAFKA_CONTROLLER_PORT  controller port on 127.0.0.1 (default broker port + 1)
  ORGBRIDGE_KAFKA_START_TIMEOUT    seconds to wait for the broker to start (default 90)
  ORGBRIDGE_KAFKA_STOP_TIMEOUT     seconds to wait for the broker to stop (default 30)
EOF
}

# Writes the broker classpath to CLASSPATH_FILE, resolving it with Maven when the file is
# missing, older than the POM, or names a jar that is no longer in the local repository.
resolve_classpath() {
    local jar
    if [[ -s "${CLASSPATH_FILE}" && "${CLASSPATH_FILE}" -nt "${KAFKA_POM}" ]]; then
        local complete=1
        while IFS= read -r -d ':' jar; do
            [[ -f "${jar}" ]] || complete=0
        done < <(tr -d '\n' <"${CLASSPATH_FILE}" && printf ':')
        if ((complete)); then
            return 0
        fi
    fi

    command -v mvn >/dev/null 2>&1 || die "mvn not found: install Apache Maven 3.8 or later"
    log_info "resolving the Kafka classpath from ${KAFKA_POM}"
    mkdir -p "${KAFKA_DIR}"
    local tmp="${CLASSPATH_FILE}.tmp"
    # Maven's output goes to stderr because callers capture this function's stdout.
    mvn -B -q -Dstyle.color=never -f "${KAFKA_POM}" dependency:build-classpath \
        -Dmdep.outputFile="${tmp}" >&2 \
        || die "resolving the Kafka jars with Maven failed (see its output above)"
    mv "${tmp}" "${CLASSPATH_FILE}"
}

kafka_classpath() {
    resolve_classpath
    cat "${CLASSPATH_FILE}"
}

# Runs a Kafka command-line tool class with a small, fast-starting JVM. With TOOL_TIMEOUT
# set, the tool is killed after that many seconds.
run_tool() {
    local main_class="$1"
    shift
    local java classpath
    java="$(java_bin)"
    classpath="$(kafka_classpath)"
    local -a limit=()
    if [[ -n "${TOOL_TIMEOUT:-}" ]]; then
        limit=(timeout "${TOOL_TIMEOUT}")
    fi
    "${limit[@]}" "${java}" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp "${classpath}" "${main_class}" "$@"
}

# Prints the broker's pid when the pid file names a live Kafka process.
running_pid() {
    local pid
    [[ -f "${PID_FILE}" ]] || return 1
    pid="$(<"${PID_FILE}")"
    [[ "${pid}" =~ ^[0-9]+$ ]] || return 1
    # The pid check guards against a stale pid file whose number the system has reused.
    if [[ -r "/proc/${pid}/cmdline" ]] && tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -q 'kafka\.Kafka'; then
        printf '%s\n' "${pid}"
        return 0
    fi
    return 1
}

print_log_tail() {
    if [[ -f "${LOG_FILE}" ]]; then
        log_error "last 40 lines of ${LOG_FILE}:"
        tail -n 40 "${LOG_FILE}" >&2
    fi
}

render_config() {
    sed -e "s|@BROKER_PORT@|${BROKER_PORT}|g" \
        -e "s|@CONTROLLER_PORT@|${CONTROLLER_PORT}|g" \
        -e "s|@DATA_DIR@|${DATA_DIR}|g" \
        "${CONFIG_TEMPLATE}" >"${CONFIG_FILE}"
}

# Formats the storage directory on first start only, so that a restart keeps topics and offsets.
format_storage_once() {
    if [[ -f "${DATA_DIR}/meta.properties" ]]; then
        return 0
    fi
    local cluster_id
    cluster_id="$(run_tool kafka.tools.StorageTool random-uuid)"
    log_info "formatting ${DATA_DIR} for new cluster ${cluster_id}"
    # controller.quorum.voters sets a static quorum, so format takes -t and not --standalone.
    if ! run_tool kafka.tools.StorageTool format -t "${cluster_id}" -c "${CONFIG_FILE}" >>"${LOG_FILE}" 2>&1; then
        print_log_tail
        die "formatting the Kafka storage in ${DATA_DIR} failed"
    fi
}

# Returns 0 when the broker returns its topic list within 20 seconds.
broker_responds() {
    TOOL_TIMEOUT=20 run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "${BOOTSTRAP}" --list \
        >/dev/null 2>&1
}

kill_broker() {
    local pid="$1"
    kill -TERM "${pid}" 2>/dev/null || return 0
    local deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "${pid}" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            log_warn "broker pid ${pid} still running ${STOP_TIMEOUT} s after SIGTERM; sending SIGKILL"
            kill -KILL "${pid}" 2>/dev/null || true
            break
        fi
        sleep 0.5
    done
    rm -f "${PID_FILE}"
}

start_failed() {
    local pid="$1" reason="$2"
    print_log_tail
    if kill -0 "${pid}" 2>/dev/null; then
        kill_broker "${pid}"
    fi
    rm -f "${PID_FILE}"
    die "${reason}"
}

cmd_start() {
    local pid
    if pid="$(running_pid)"; then
        log_info "Kafka is already running (pid ${pid}, bootstrap ${BOOTSTRAP})"
        return 0
    fi
    rm -f "${PID_FILE}"

    local port
    for port in "${BROKER_PORT}" "${CONTROLLER_PORT}"; do
        if port_open "${KAFKA_HOST}" "${port}"; then
            die "port ${KAFKA_HOST}:${port} is in use by a process not started from ${KAFKA_DIR}:" \
                "stop it, or set ORGBRIDGE_KAFKA_PORT and ORGBRIDGE_KAFKA_CONTROLLER_PORT to free ports"
        fi
    done

    local started_at=${SECONDS}
    local java classpath
    java="$(java_bin)"
    classpath="$(kafka_classpath)"
    mkdir -p "${DATA_DIR}"
    if [[ -f "${LOG_FILE}" ]]; then
        mv -f "${LOG_FILE}" "${LOG_FILE}.1"
    fi
    render_config
    format_storage_once

    log_info "starting Kafka on ${BOOTSTRAP} (controller port ${CONTROLLER_PORT}, log ${LOG_FILE})"
    # setsid puts the broker in its own session, so Ctrl-C in the calling terminal does not
    # reach it. The inner shell writes its own pid, which exec hands on to the JVM.
    # shellcheck disable=SC2016 # $$, $1 and $@ belong to the inner shell.
    setsid bash -c 'echo "$$" >"$1"; shift; exec "$@"' _ "${PID_FILE}" \
        "${java}" -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
        -Dorg.slf4j.simpleLogger.showDateTime=true \
        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS" \
        -cp "${classpath}" kafka.Kafka "${CONFIG_FILE}" \
        >>"${LOG_FILE}" 2>&1 </dev/null &

    local attempts=0
    until [[ -s "${PID_FILE}" ]]; do
        ((attempts += 1))
        ((attempts <= 50)) || die "timed out waiting for the broker to write its pid file ${PID_FILE}"
        sleep 0.1
    done
    pid="$(<"${PID_FILE}")"

    local remaining=$((START_TIMEOUT - (SECONDS - started_at)))
    if ! wait_for_port "${KAFKA_HOST}" "${BROKER_PORT}" "${remaining}" "${pid}"; then
        if kill -0 "${pid}" 2>/dev/null; then
            start_failed "${pid}" "timed out after ${START_TIMEOUT} s waiting for Kafka to listen on ${BOOTSTRAP}"
        fi
        start_failed "${pid}" "Kafka exited during start-up (pid ${pid})"
    fi

    local deadline=$((started_at + START_TIMEOUT))
    until broker_responds; do
        if ! kill -0 "${pid}" 2>/dev/null; then
            start_failed "${pid}" "Kafka exited during start-up (pid ${pid})"
        fi
        if ((SECONDS >= deadline)); then
            start_failed "${pid}" "timed out after ${START_TIMEOUT} s waiting for Kafka on ${BOOTSTRAP} to list topics"
        fi
        sleep 1
    done
    log_info "Kafka is ready on ${BOOTSTRAP} (pid ${pid}, started in $((SECONDS - started_at)) s)"
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then
        log_info "Kafka is not running"
        rm -f "${PID_FILE}"
        return 0
    fi
    log_info "stopping Kafka (pid ${pid})"
    kill_broker "${pid}"
    log_info "Kafka stopped"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        if port_open "${KAFKA_HOST}" "${BROKER_PORT}"; then
            echo "Kafka is running: pid ${pid}, bootstrap ${BOOTSTRAP}, state ${KAFKA_DIR}"
        else
            echo "Kafka is running (pid ${pid}) but ${BOOTSTRAP} does not accept connections; see ${LOG_FILE}"
        fi
        return 0
    fi
    echo "Kafka is not running (state ${KAFKA_DIR})"
    return 3
}

require_running() {
    running_pid >/dev/null || die "Kafka is not running: start it with $0 start"
}

cmd_create_topics() {
    require_running
    local topic
    for topic in "${TOPICS[@]}"; do
        run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "${BOOTSTRAP}" \
            --create --if-not-exists --topic "${topic}" \
            --partitions "${TOPIC_PARTITIONS}" --replication-factor 1 >/dev/null \
            || die "creating topic ${topic} on ${BOOTSTRAP} failed"
        log_info "topic ${topic} exists"
    done
}

cmd_list_topics() {
    run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "${BOOTSTRAP}" --list
}

main() {
    case "${1:-}" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        create-topics) cmd_create_topics ;;
        list-topics) cmd_list_topics ;;
        classpath) kafka_classpath ;;
        -h | --help | help)
            usage
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
