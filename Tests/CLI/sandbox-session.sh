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

expect_usage_error() {
  local expected=$1
  shift
  set +e
  output=$("$sandbox" "$@" 2>&1)
  code=$?
  set -e
  [ "$code" -eq 2 ] || { echo "expected exit 2 for $*, got $code"; exit 1; }
  echo "$output" | grep -qF "$expected" || { echo "expected '$expected' for $*, got: $output"; exit 1; }
}
expect_usage_error "error: give at least one --api-key" --port 0
expect_usage_error "error: --error-rate must be between 0 and 1 (got 2.0)" --api-key k --error-rate 2
expect_usage_error "error: --error-rate, --throttle-rate and --drop-rate must add up to at most 1" \
  --api-key k --error-rate 0.6 --drop-rate 0.6
echo "ok: flag errors exit 2 with their message"
