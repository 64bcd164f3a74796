#!/usr/bin/env bash
# Prepares the local PostgreSQL server for orgbridge: installs and starts it on Debian when
# it is missing, then creates the application role and one database per service.
# Run with no arguments for usage.
set -euo pipefail

# shellcheck source=deploy/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

readonly PG_HOST="${ORGBRIDGE_PG_HOST:-127.0.0.1}"
readonly PG_PORT="${ORGBRIDGE_PG_PORT:-5432}"
readonly START_TIMEOUT="${ORGBRIDGE_PG_START_TIMEOUT:-60}"

# Development-only credentials of the application role.
readonly APP_ROLE=orgbridge
readonly APP_PASSWORD=orgbridge

readonly SERVICES=(integration discovery connection permission)
DATABASES=()
TEST_DATABASES=()
for service in "${SERVICES[@]}"; do
    DATABASES+=("orgbridge_${service}")
    TEST_DATABASES+=("orgbridge_${service}_test")
done
readonly DATABASES TEST_DATABASES

usage() {
    cat <<EOF
Usage: $(basename "$0") COMMAND

Commands:
  ensure          start PostgreSQL on ${PG_HOST}:${PG_PORT} (installing the Debian package
                  postgresql if no server is installed), then create the role ${APP_ROLE}
                  (password ${APP_PASSWORD}, LOGIN, CREATEDB) and these databases owned by it,
                  unless they exist:
                    ${DATABASES[*]}
                    ${TEST_DATABASES[*]}
  reset-test-dbs  drop and recreate the *_test databases, closing their open connections

Environment:
  ORGBRIDGE_PG_HOST           server address (default 127.0.0.1)
  ORGBRIDGE_PG_PORT           server port (default 5432)
  ORGBRIDGE_PG_START_TIMEOUT  seconds to wait for the server to accept connections (default 60)
EOF
}

server_ready() {
    pg_isready -q -h "${PG_HOST}" -p "${PG_PORT}" -t 2
}

# Returns 0 when a PostgreSQL server binary from Debian's packages is installed.
server_installed() {
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

# Prints "VERSION NAME STATUS" of the Debian cluster configured for PG_PORT, if any.
find_cluster() {
    pg_lsclusters --no-header | awk -v port="${PG_PORT}" '$3 == port { print $1, $2, $4; exit }'
}

create_cluster() {
    local version
    version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
    [[ -n "${version}" ]] || die "no PostgreSQL server found under /usr/lib/postgresql"
    log_info "creating PostgreSQL ${version} cluster main on port ${PG_PORT}"
    as_root pg_createcluster --port "${PG_PORT}" "${version}" main
}

start_cluster() {
    local version="$1" name="$2"
    log_info "starting PostgreSQL cluster ${version}/${name}"
    if [[ -d /run/systemd/system ]]; then
        # Under systemd, pg_ctlcluster hands the start to the postgresql@ unit.
        as_root pg_ctlcluster "${version}" "${name}" start
    else
        # Without systemd (containers, CI machines) pg_ctlcluster starts the server itself.
        as_root pg_ctlcluster --skip-systemctl-redirect "${version}" "${name}" start
    fi
}

ensure_server() {
    if command -v pg_isready >/dev/null 2>&1 && server_ready; then
        log_info "PostgreSQL accepts connections on ${PG_HOST}:${PG_PORT}"
        return 0
    fi

    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! server_installed; then
        apt_install postgresql
    fi

    local cluster version name status
    cluster="$(find_cluster)"
    if [[ -z "${cluster}" ]]; then
        if [[ -n "$(pg_lsclusters --no-header)" ]]; then
            pg_lsclusters >&2
            die "no PostgreSQL cluster is configured for port ${PG_PORT}:" \
                "set ORGBRIDGE_PG_PORT to the port of one listed above"
        fi
        create_cluster
        cluster="$(find_cluster)"
    fi
    read -r version name status <<<"${cluster}"

    if [[ "${status}" == online* ]]; then
        log_info "PostgreSQL cluster ${version}/${name} is already running"
    else
        start_cluster "${version}" "${name}"
    fi

    local deadline=$((SECONDS + START_TIMEOUT))
    until server_ready; do
        if ((SECONDS >= deadline)); then
            tail -n 20 "/var/log/postgresql/postgresql-${version}-${name}.log" >&2 2>/dev/null || true
            die "timed out after ${START_TIMEOUT} s waiting for PostgreSQL on ${PG_HOST}:${PG_PORT}:" \
                "check listen_addresses in /etc/postgresql/${version}/${name}/postgresql.conf"
        fi
        sleep 1
    done
    log_info "PostgreSQL accepts connections on ${PG_HOST}:${PG_PORT}"
}

# How psql_super reaches the server as the postgres superuser: "tcp" (password-less login
# over TCP, as with trust auth), "runuser" or "sudo" (peer auth over the Unix socket).
SUPERUSER_ACCESS=""

choose_superuser_access() {
    if psql -X -w -q -h "${PG_HOST}" -p "${PG_PORT}" -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
        SUPERUSER_ACCESS=tcp
    elif [[ "${EUID}" -eq 0 ]] && command -v runuser >/dev/null 2>&1; then
        SUPERUSER_ACCESS=runuser
    elif command -v sudo >/dev/null 2>&1; then
        SUPERUSER_ACCESS=sudo
    else
        die "cannot log in to PostgreSQL as postgres: TCP login needs a password, and peer login needs root or sudo"
    fi
}

# Runs psql as the postgres superuser on the postgres database; stops at the first SQL error.
psql_super() {
    [[ -n "${SUPERUSER_ACCESS}" ]] || choose_superuser_access
    local -a options=(-X -w -q -v ON_ERROR_STOP=1 -d postgres)
    case "${SUPERUSER_ACCESS}" in
        tcp)
            psql "${options[@]}" -h "${PG_HOST}" -p "${PG_PORT}" -U postgres "$@"
            ;;
        runuser)
            # The working directory moves to / because the postgres user may not read the current one.
            (cd / && runuser -u postgres -- psql "${options[@]}" -p "${PG_PORT}" "$@")
            ;;
        sudo)
            (cd / && sudo -u postgres psql "${options[@]}" -p "${PG_PORT}" "$@")
            ;;
    esac
}

# Prints the single value that a query returns, or nothing for no row.
query_value() {
    psql_super -tA -c "$1"
}

ensure_role() {
    local attributes="LOGIN CREATEDB PASSWORD '${APP_PASSWORD}'"
    if [[ -n "$(query_value "SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}'")" ]]; then
        # Resetting the attributes repairs a role that someone changed by hand.
        psql_super -c "ALTER ROLE ${APP_ROLE} WITH ${attributes}"
        log_info "role ${APP_ROLE} exists"
    else
        psql_super -c "CREATE ROLE ${APP_ROLE} WITH ${attributes}"
        log_info "created role ${APP_ROLE}"
    fi
}

ensure_database() {
    local database="$1" owner
    owner="$(query_value "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '${database}'")"
    if [[ -z "${owner}" ]]; then
        psql_super -c "CREATE DATABASE ${database} OWNER ${APP_ROLE} ENCODING 'UTF8' TEMPLATE template0"
        log_info "created database ${database}"
    elif [[ "${owner}" != "${APP_ROLE}" ]]; then
        psql_super -c "ALTER DATABASE ${database} OWNER TO ${APP_ROLE}"
        log_info "database ${database} exists; changed its owner from ${owner} to ${APP_ROLE}"
    else
        log_info "database ${database} exists"
    fi
}

# Fails unless the application role can log in over TCP with its password, as the services do.
check_app_login() {
    if ! PGPASSWORD="${APP_PASSWORD}" psql -X -w -q -h "${PG_HOST}" -p "${PG_PORT}" -U "${APP_ROLE}" \
        -d "${DATABASES[0]}" -tAc 'SELECT 1' >/dev/null; then
        die "role ${APP_ROLE} cannot log in to ${PG_HOST}:${PG_PORT} with its password:" \
            "pg_hba.conf needs a host line for 127.0.0.1/32 with method scram-sha-256, md5 or trust"
    fi
}

cmd_ensure() {
    ensure_server
    ensure_role
    local database
    for database in "${DATABASES[@]}" "${TEST_DATABASES[@]}"; do
        ensure_database "${database}"
    done
    check_app_login
}

cmd_reset_test_dbs() {
    ensure_server
    ensure_role
    local database
    for database in "${TEST_DATABASES[@]}"; do
        # WITH (FORCE), PostgreSQL 13 or later, ends the sessions still connected to the database.
        psql_super -c "DROP DATABASE IF EXISTS ${database} WITH (FORCE)"
        psql_super -c "CREATE DATABASE ${database} OWNER ${APP_ROLE} ENCODING 'UTF8' TEMPLATE template0"
        log_info "recreated database ${database}"
    done
}

main() {
    case "${1:-}" in
        ensure) cmd_ensure ;;
        reset-test-dbs) cmd_reset_test_dbs ;;
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
