#!/usr/bin/env bash
# Runs the README's sandbox curl session, as written, against a freshly started
# liangxin-sandbox, and checks what it prints; then checks the sandbox's flag validation.
# Usage: sandbox-session.sh PATH/TO/liangxin-sandbox
set -euo pipefail
sandbox=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$sandbox" --specs "$root/specs" --port 8080 --api-key demo-key --step-ms 500 > "$work/sandbox.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null http://127.0.0.1:8080/sandbox/stats && break
  sleep 0.1
done

python3 - "$root/README.md" > "$work/session.sh" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
match = re.search(r"<!-- sandbox-session -->\n```sh\n(.*?)```\n<!-- /sandbox-session -->", text, re.S)
if not match:
    sys.exit("README.md has no sandbox session block")
print(match.group(1))
PY

(cd "$work" && bash -euo pipefail session.sh) > "$work/out.txt"
cat "$work/out.txt"
check() { grep -Eq "$1" "$work/out.txt" || { echo "missing from the session's output: $1"; exit 1; }; }
check '^task_z-image_[0-9]{13}$'
check '"state":"waiting"'
check '"state":"success".*"resultJson":"\{\\"resultUrls\\":\[\\"http://127.0.0.1:8080/sandbox/results/task_z-image_[0-9]{13}/1.png\\"\]\}"'
check '^\{"code":400,"msg":"input.prompt is required","data":null\}$'
check '^\{"error":\{"message":"invalid token","type":"new_api_error","code":""\}\}$'
check '^\{"code":404,"msg":"task not found","data":null\}$'
decoded=$(python3 -c "import sys; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); print(im.format, *im.size)" "$work/result.png")
[ "$decoded" = "PNG 1024 576" ] || { echo "result.png decoded as '$decoded', expected 'PNG 1024 576'"; exit 1; }
echo "ok: the README session works as written; result.png is a PNG of 1024×576"

# One log line a request, the key never in it.
logged() { grep -Eq "$1" "$work/sandbox.log" || { echo "missing from the request log: $1"; cat "$work/sandbox.log"; exit 1; }; }
logged '^POST /api/v1/jobs/createTask 200 task=task_z-image_[0-9]{13} key=redacted [0-9]+ ms$'
logged '^GET /api/v1/jobs/recordInfo 200 task=task_z-image_[0-9]{13} key=redacted [0-9]+ ms$'
logged '^GET /api/v1/jobs/recordInfo 404 task=task_z-image_1 key=redacted [0-9]+ ms$'
logged '^POST /api/v1/jobs/createTask 401 task=- key=redacted [0-9]+ ms$'
if grep -q "demo-key" "$work/sandbox.log"; then echo "the request log shows the key"; exit 1; fi
echo "ok: one request log line a request, without the key"

# A second sandbox on the same port.
set +e
busy=$("$sandbox" --specs "$root/specs" --port 8080 --api-key demo-key 2>&1)
code=$?
set -e
[ "$code" -eq 1 ] || { echo "expected exit 1 on a busy port, got $code: $busy"; exit 1; }
grep -qx "error: port 8080 is in use; pick another with --port" <<< "$busy" ||
  { echo "expected the busy-port message, got: $busy"; exit 1; }
echo "ok: a busy port is named, with the flag that picks another"

expect_usage_error() {
  local expected=$1
  shift
  set +e
  output=$("$sandbox" "$@" 2>&1)
  code=$?
  set -e
  [ "$code" -eq 2 ] || { echo "expected exit 2 for $*, got $code"; exit 1; }
  grep -qF "$expected" <<< "$output" || { echo "expected '$expected' for $*, got: $output"; exit 1; }
}
expect_usage_error "error: give at least one --api-key" --port 0
expect_usage_error "error: --step-ms must be positive (got 0)" --api-key k --step-ms 0
expect_usage_error "error: --port must be 0...65535 (got 70000)" --api-key k --port 70000
expect_usage_error "error: --latency-ms must not be negative (got -1)" --api-key k --latency-ms=-1
expect_usage_error "error: --error-rate must be between 0 and 1 (got 2.0)" --api-key k --error-rate 2
expect_usage_error "error: --error-rate, --throttle-rate and --drop-rate must add up to at most 1" \
  --api-key k --error-rate 0.6 --drop-rate 0.6
echo "ok: flag errors exit 2 with their message"
