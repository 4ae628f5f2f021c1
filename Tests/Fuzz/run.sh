#!/usr/bin/env bash
# Builds LiangXinKit's libFuzzer harnesses and runs each for a given time.
#
#   Tests/Fuzz/run.sh SECONDS [HARNESS ...]      (default: all four)
#
# Harnesses: FuzzSpecYAML, FuzzJSONParser, FuzzCreateTaskBody, FuzzPattern. Each starts from
# seeds written from specs/, the torture specs and the payload factory, with a dictionary of
# the specs' keys and enum values, and keeps its growing corpus in Tests/Fuzz/.corpus/.
# Leaks are checked after every input that allocated more than it freed (libFuzzer's check);
# the check at exit is off, because it counts the specs the harnesses load once and keep.
# Any crash, leak, timeout (an input slower than 10 s), memory blow-up (2 GiB) or
# disagreement fails the run; the reproducer is kept in Tests/Fuzz/findings/ and replayed with
#   Tests/Fuzz/.build/release/HARNESS Tests/Fuzz/findings/FILE
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: run.sh SECONDS [HARNESS ...]}
shift
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzSpecYAML FuzzJSONParser FuzzCreateTaskBody FuzzPattern)

# SwiftPM's --sanitize=fuzzer makes libFuzzer the entry point; -sanitize=fuzzer,address (one
# flag: swiftc keeps only the last -sanitize) instruments every target for coverage and ASan.
echo "== building the harnesses (release, -sanitize=fuzzer,address)"
swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -E "error|warning: unre|Compiling Fuzz|Build complete" || true
bin=$(swift build -c release --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --show-bin-path)
for harness in "${harnesses[@]}"; do
  [ -x "$bin/$harness" ] || { echo "error: $harness was not built"; exit 1; }
done

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 LIANGXIN_FUZZ_WRITE_SEEDS="$seeds" "$bin/FuzzCreateTaskBody" > /dev/null
mkdir -p findings .corpus

status=0
for harness in "${harnesses[@]}"; do
  echo "== $harness for $seconds s"
  mkdir -p ".corpus/$harness"
  dict=()
  [ -f "$seeds/$harness.dict" ] && dict=(-dict="$seeds/$harness.dict")
  max_len=4096
  [ "$harness" = FuzzSpecYAML ] && max_len=16384
  lsan=""
  [ "$harness" = FuzzCreateTaskBody ] && lsan="suppressions=$PWD/lsan-suppressions.txt"
  set +e
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1:leak_check_at_exit=0 LSAN_OPTIONS="$lsan" "$bin/$harness" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="findings/$harness-" "${dict[@]}" \
    ".corpus/$harness" "$seeds/$harness" > "findings/$harness.log" 2>&1
  code=$?
  set -e
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|DONE +cov: " "findings/$harness.log" | tail -4
  if [ "$code" -ne 0 ]; then
    echo "FAIL: $harness exited with $code; its log is Tests/Fuzz/findings/$harness.log:"
    grep -E "FUZZ FINDING|ERROR|SUMMARY|Test unit written" "findings/$harness.log" | head -20
    status=1
  else
    rm -f "findings/$harness.log"
  fi
done
exit $status
