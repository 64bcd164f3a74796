#!/usr/bin/env bash
# Checks the AWS simulator against an independent client, the AWS CLI, using the bundled example
# organization (deploy/fixtures/example-corp.json).
#
# Usage:
#   cli-check.sh                                   start target/aws-simulator-*-standalone.jar on a free port
#   SIM_ENDPOINT=http://127.0.0.1:PORT cli-check.sh   check a simulator that is already running
#
# Needs: aws (AWS CLI v1 or v2), python3, curl, and java for the standalone mode.
set -euo pipefail

module_dir="$(cd "$(dirname "$0")/../../.." && pwd)"
fixture="$module_dir/../deploy/fixtures/example-corp.json"
simulator_pid=""
work_dir=""

cleanup() {
    if [[ -n "$simulator_pid" ]]; then
        kill "$simulator_pid" 2>/dev/null || true
        wait "$simulator_pid" 2>/dev/null || true
    fi
    if [[ -n "$work_dir" ]]; then
        rm -rf "$work_dir"
    fi
}
trap cleanup EXIT

start_simulator() {
    local jar port
    jar="$(ls "$module_dir"/target/aws-simulator-*-standalone.jar 2>/dev/null | head -n 1 || true)"
    if [[ -z "$jar" ]]; then
        echo "cli-check: no standalone jar in $module_dir/target; run 'mvn -pl aws-simulator package' first" >&2
        exit 2
    fi
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    java -jar "$jar" --port "$port" --fixture "$fixture" >"$module_dir/target/cli-check-simulator.log" 2>&1 &
    simulator_pid=$!
    SIM_ENDPOINT="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do
        if curl -fsS "$SIM_ENDPOINT/_sim/health" >/dev/null 2>&1; then
            return
        fi
        sleep 0.2
    done
    echo "cli-check: simulator did not answer on $SIM_ENDPOINT within 20 s; see target/cli-check-simulator.log" >&2
    exit 1
}

if [[ -z "${SIM_ENDPOINT:-}" ]]; then
    start_simulator
fi

# Isolate the CLI from any local AWS configuration: fixed keys and region, no profile files, no IMDS.
export AWS_ACCESS_KEY_ID=AKIAEXAMPLEDISCOVER1
export AWS_SECRET_ACCESS_KEY=exampleSecretKeyForDiscovery0000000000001
export AWS_DEFAULT_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true
export AWS_CONFIG_FILE=/dev/null
export AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_PAGER=""
unset AWS_SESSION_TOKEN AWS_PROFILE AWS_DEFAULT_PROFILE

work_dir="$(mktemp -d)"
checks="$work_dir/checks.tsv"
: >"$checks"
failed_commands=0

sim_aws() {
    aws --endpoint-url "$SIM_ENDPOINT" --output json "$@"
}

# check NAME PYTHON_EXPRESSION JSON: queues a check of the expression, with the parsed JSON bound to
# `out`. All queued checks run in one Python process at the end, because each start costs time.
check() {
    local name="$1" expression="$2" json="$3" file
    file="$work_dir/$(wc -l <"$checks").json"
    printf '%s' "$json" >"$file"
    printf '%s\t%s\t%s\n' "$name" "$expression" "$file" >>"$checks"
}

# expect_failure NAME ERROR_CODE COMMAND...: the command must fail and name the error code.
expect_failure() {
    local name="$1" code="$2" output
    shift 2
    if output="$("$@" 2>&1)"; then
        echo "FAILED - $name: command succeeded" >&2
        failed_commands=$((failed_commands + 1))
    elif [[ "$output" == *"($code)"* ]]; then
        echo "ok - $name"
    else
        echo "FAILED - $name: expected $code, got: $output" >&2
        failed_commands=$((failed_commands + 1))
    fi
}

accounts_json="$(sim_aws organizations list-accounts)"
check "list-accounts returns every fixture account" \
    'len(out["Accounts"]) == len(accounts(fixture["root"])) == 44' "$accounts_json"
check "accounts carry State and no Status" \
    'all("State" in a and "Status" not in a for a in out["Accounts"])' "$accounts_json"
check "account ids match the fixture order" \
    '[a["Id"] for a in out["Accounts"]] == [a["id"] for a in accounts(fixture["root"])]' "$accounts_json"

roots_json="$(sim_aws organizations list-roots)"
check "list-roots returns the single root" \
    'len(out["Roots"]) == 1 and out["Roots"][0]["Id"] == fixture["root"]["id"]' "$roots_json"

units_json="$(sim_aws organizations list-organizational-units-for-parent --parent-id r-ex4m)"
check "list-organizational-units-for-parent returns the top-level OUs" \
    '[u["Name"] for u in out["OrganizationalUnits"]] == [u["name"] for u in fixture["root"]["organizationalUnits"]]' \
    "$units_json"

organization_json="$(sim_aws organizations describe-organization)"
check "describe-organization returns the organization" \
    'out["Organization"]["Id"] == fixture["organization"]["id"] and out["Organization"]["MasterAccountId"] == "111111111111"' \
    "$organization_json"

identity_json="$(sim_aws sts get-caller-identity)"
check "sts get-caller-identity names the access key's user" \
    'out["Account"] == "111111111111" and out["Arn"] == "arn:aws:iam::111111111111:user/AKIAEXAMPLEDISCOVER1"' \
    "$identity_json"

session_json="$(sim_aws sts assume-role \
    --role-arn arn:aws:iam::200000001111:role/pipes_readonly \
    --role-session-name cli-check \
    --external-id o_examplecorp:k3y4ex4m)"
check "sts assume-role issues session credentials" \
    'out["Credentials"]["AccessKeyId"].startswith("ASIA") and out["AssumedRoleUser"]["Arn"] == "arn:aws:sts::200000001111:assumed-role/pipes_readonly/cli-check"' \
    "$session_json"

mapfile -t session < <(python3 -c '
import json, sys
credentials = json.loads(sys.argv[1])["Credentials"]
print(credentials["AccessKeyId"]); print(credentials["SecretAccessKey"]); print(credentials["SessionToken"])
' "$session_json")
session_identity_json="$(AWS_ACCESS_KEY_ID="${session[0]}" AWS_SECRET_ACCESS_KEY="${session[1]}" \
    AWS_SESSION_TOKEN="${session[2]}" sim_aws sts get-caller-identity)"
check "session credentials sign requests" \
    'out["Arn"] == "arn:aws:sts::200000001111:assumed-role/pipes_readonly/cli-check"' "$session_identity_json"

expect_failure "sts assume-role with a wrong external id is denied" AccessDenied \
    sim_aws sts assume-role --role-arn arn:aws:iam::200000001111:role/pipes_readonly \
    --role-session-name cli-check --external-id wrong-id
expect_failure "a wrong secret fails the signature check" SignatureDoesNotMatch \
    env AWS_SECRET_ACCESS_KEY=wrong-secret aws --endpoint-url "$SIM_ENDPOINT" sts get-caller-identity

FIXTURE="$fixture" FAILED_COMMANDS="$failed_commands" ENDPOINT="$SIM_ENDPOINT" python3 - "$checks" <<'PYTHON'
import json, os, sys

fixture = json.load(open(os.environ["FIXTURE"]))

def accounts(parent):
    found = list(parent["accounts"])
    for unit in parent["organizationalUnits"]:
        found += accounts(unit)
    return found

passed, failed = 0, int(os.environ["FAILED_COMMANDS"])
for line in open(sys.argv[1]):
    name, expression, path = line.rstrip("\n").split("\t")
    out = json.load(open(path))
    if eval(expression):
        print("ok - " + name)
        passed += 1
    else:
        print("FAILED - %s: %s\n  output: %s" % (name, expression, json.dumps(out)), file=sys.stderr)
        failed += 1
print("cli-check: %d output checks passed, %d checks failed against %s" % (passed, failed, os.environ["ENDPOINT"]))
sys.exit(1 if failed else 0)
PYTHON
