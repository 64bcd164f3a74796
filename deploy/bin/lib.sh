# shellcheck shell=bash
# Shared helpers for the scripts in deploy/bin. Source this file; do not run it.
#
# Sets ORGBRIDGE_ROOT, the repository root, and ORGBRIDGE_STATE_DIR (default <repo>/.run),
# where the local servers keep data, logs and pid files.

if [[ -n "${ORGBRIDGE_LIB_LOADED:-}" ]]; then
    return 0
fi
ORGBRIDGE_LIB_LOADED=1

ORGBRIDGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ORGBRIDGE_STATE_DIR="${ORGBRIDGE_STATE_DIR:-${ORGBRIDGE_ROOT}/.run}"
export ORGBRIDGE_ROOT ORGBRIDGE_STATE_DIR

# Prefix for log lines: the name of the script that sourced this file.
ORGBRIDGE_LOG_NAME="$(basename "${BASH_SOURCE[1]:-$0}" .sh)"

log_info() {
    printf '%s [%s] %s\n' "$(date +%H:%M:%S)" "${ORGBRIDGE_LOG_NAME}" "$*" >&2
}

log_warn() {
    printf '%s [%s] WARNING: %s\n' "$(date +%H:%M:%S)" "${ORGBRIDGE_LOG_NAME}" "$*" >&2
}

log_error() {
    printf '%s [%s] ERROR: %s\n' "$(date +%H:%M:%S)" "${ORGBRIDGE_LOG_NAME}" "$*" >&2
}

die() {
    log_error "$*"
    exit 1
}

# Returns 0 when a TCP connection to HOST:PORT succeeds within 2 seconds.
port_open() {
    local host="$1" port="$2"
    # shellcheck disable=SC2016 # $1 and $2 belong to the inner shell.
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "${host}" "${port}" 2>/dev/null
}

# Waits until HOST:PORT accepts TCP connections. Returns 1 after TIMEOUT seconds.
# With a PID argument, also returns 1 as soon as that process has exited.
wait_for_port() {
    local host="$1" port="$2" timeout_seconds="$3" pid="${4:-}"
    local deadline=$((SECONDS + timeout_seconds))
    until port_open "${host}" "${port}"; do
        if [[ -n "${pid}" ]] && ! kill -0 "${pid}" 2>/dev/null; then
            return 1
        fi
        if ((SECONDS >= deadline)); then
            return 1
        fi
        sleep 0.5
    done
}

# Runs a command as root: directly when already root, else through sudo.
as_root() {
    if [[ "${EUID}" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root, but this user is not root and sudo is not installed"
    fi
}

# Installs Debian packages without prompts. Runs 'apt-get update' once per script run,
# because a fresh machine may have no package lists yet.
apt_install() {
    command -v apt-get >/dev/null 2>&1 \
        || die "apt-get not found: install $* with this system's package manager and rerun"
    if [[ -z "${ORGBRIDGE_APT_UPDATED:-}" ]]; then
        log_info "running apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        ORGBRIDGE_APT_UPDATED=1
    fi
    log_info "installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# Prints the path of JAVA_HOME's java when JAVA_HOME is set, else of the first java on PATH.
java_bin() {
    if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
        printf '%s\n' "${JAVA_HOME}/bin/java"
    else
        command -v java || die "java not found: install a JDK 17 or later, or set JAVA_HOME"
    fi
}
