#!/bin/bash
# Instruction counts (valgrind's callgrind) of compiling generated models, which repeat within
# 0.05% where wall time on a shared machine drifts by ±10-20% within minutes.
#
# Run `.build/release/liangxin-bench compile --sizes 1000` first: it leaves the scratch package
# (generated models and a built runtime) that this script reads. Then:
#
#     bash Sources/liangxin-bench/compile-instructions.sh [scratch folder]
#
# It runs the two kinds of compiler job SwiftPM runs for the `LiangXin` target, with
# SwiftPM's debug flags, on a module of 10 models of each kind (90 for the nine specs):
#   - a batch job compiling 18 of them (object files, debug info, index store);
#   - the emit-module job (declarations and the .swiftmodule).
# and prints the instructions of each and an estimate per model. Compare generator changes
# by these figures; time only the whole build (`liangxin-bench compile`).
# A first run after the runtime changed also builds module caches: run twice, keep the second.
set -euo pipefail
scratch=${1:-${TMPDIR:-/tmp}/liangxin-compile-1000}
models="$scratch/Generated/LiangXin/Models"
build="$scratch/.build/x86_64-unknown-linux-gnu/debug"
[ -d "$models" ] && [ -d "$build/Modules" ] || {
    echo "error: no scratch package at $scratch; run liangxin-bench compile --sizes 1000 first" >&2
    exit 2
}
command -v valgrind > /dev/null || { echo "error: valgrind is not installed" >&2; exit 2; }
frontend=$(dirname "$(readlink -f "$(command -v swiftc)")")/swift-frontend
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" # whatever the compiler writes beside its named outputs stays in the scratch folder

# The module: a stand-in for the registry file, then 10 models of each kind. The kinds are the
# real models, the files that have synthetic copies named <Kind>S<n>.swift.
printf '@_exported import LiangXinRuntime\npublic enum LiangXinModels {}\n' > "$work/Registry.swift"
echo "$work/Registry.swift" > "$work/files"
kinds=$(find "$models/" -name '*S[0-9]*.swift' -exec basename {} .swift \; | sed 's/S[0-9]*$//' | sort -u)
for kind in $kinds; do
    find "$models/" -name "${kind}S[0-9]*.swift" | sort | sed -n 1,10p >> "$work/files"
done
expected=$((10 * $(echo "$kinds" | wc -w) + 1))
[ -n "$kinds" ] && [ "$(wc -l < "$work/files")" -eq "$expected" ] || {
    echo "error: $models does not hold 10 synthetic models of each kind" >&2
    exit 2
}
primaries=()
for file in $(awk 'NR % 5 == 2' "$work/files"); do
    primaries+=(-primary-file "$file" -o "$work/$(basename "$file").o")
done

common=(-target x86_64-unknown-linux-gnu -disable-objc-interop -I "$build/Modules" -enable-testing
    -g -debug-info-format=dwarf -dwarf-version=4 -module-cache-path "$build/ModuleCache"
    -swift-version 5 -Onone -D SWIFT_PACKAGE -D DEBUG -parse-as-library)

# The index store starts with the system modules indexed, as in a build after its first job.
echo 'import LiangXinRuntime' > "$work/warm.swift"
"$frontend" -frontend -c -primary-file "$work/warm.swift" "${common[@]}" -module-name Warm \
    -o "$work/warm.o" -index-store-path "$work/index" -index-system-modules

valgrind --tool=callgrind --callgrind-out-file="$work/batch.out" "$frontend" -frontend -c \
    -filelist "$work/files" "${primaries[@]}" "${common[@]}" -module-name LiangXin -empty-abi-descriptor \
    -enable-anonymous-context-mangled-names -Xcc -fPIC -Xcc -g \
    -index-store-path "$work/index" -index-system-modules 2> "$work/batch.err" &
valgrind --tool=callgrind --callgrind-out-file="$work/module.out" "$frontend" -frontend \
    -emit-module -experimental-skip-non-inlinable-function-bodies-without-types \
    -filelist "$work/files" "${common[@]}" -module-name LiangXin -emit-module-doc-path "$work/L.swiftdoc" \
    -emit-module-source-info-path "$work/L.swiftsourceinfo" -o "$work/L.swiftmodule" \
    2> "$work/module.err" &
wait
if grep -h "error:" "$work/batch.err" "$work/module.err"; then exit 1; fi
batch=$(awk '/^(summary|totals):/ {print $2; exit}' "$work/batch.out")
module=$(awk '/^(summary|totals):/ {print $2; exit}' "$work/module.out")
awk -v b="$batch" -v m="$module" -v p="$((${#primaries[@]} / 4))" -v n="$((expected - 1))" 'BEGIN {
    printf "batch job, %d models compiled among %d: %.3f G instructions\n", p, n, b / 1e9
    printf "emit-module job, %d models: %.3f G instructions\n", n, m / 1e9
    printf "per model (batch / %d + emit-module / %d): %.1f M instructions\n", p, n, (b / p + m / n) / 1e6
}'
