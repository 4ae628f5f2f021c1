#!/usr/bin/env bash
# liangxin-gen diff and new end to end: exit codes, the three formats, --base, and the new
# model's spec linting clean. Usage: review-cli.sh PATH/TO/liangxin-gen
set -euo pipefail
gen="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$root/specs" "$work/old"
cp -r "$root/specs" "$work/new"
sed -i 's/    maxLength: 4096/    maxLength: 2048/' "$work/new/models/z-image.yaml"

# No change: exit 0 with every threshold, verdict none.
out=$("$gen" diff "$work/old" "$work/old" --fail-on any) || fail "identical specs exit $?"
grep -qx "no changes" <<< "$out" || fail "identical specs: $out"

# A tightened limit: found, major, and --fail-on decides the exit code.
set +e
"$gen" diff "$work/old" "$work/new" --fail-on breaking > "$work/human.txt"; code=$?
set -e
[ "$code" -eq 1 ] || fail "--fail-on breaking exit $code"
grep -q "\[major\] input.prompt: maxLength 4096 → 2048 (source compatible, wire tightened)" "$work/human.txt" ||
  fail "human report: $(cat "$work/human.txt")"
grep -q "→ /input/prompt: must be at most 2048 characters (got 4096)" "$work/human.txt" || fail "no example issue"
"$gen" diff "$work/old" "$work/new" --fail-on none > /dev/null || fail "--fail-on none must exit 0"

"$gen" diff "$work/old" "$work/new" --format json > "$work/report.json"
python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["schemaVersion"] == 1 and report["bump"] == "major", report
change = report["changes"][0]
assert list(change) == ["kind", "model", "path", "detail", "source", "wire", "bump", "old", "new", "question",
                        "example", "exampleIssues"], list(change)
assert (change["kind"], change["model"], change["path"], change["wire"]) == ("maxLengthChanged", "z-image", "input.prompt", "tightened")
assert change["new"]["line"] == 21 and change["exampleIssues"] == ["/input/prompt: must be at most 2048 characters (got 4096)"]
PY
"$gen" diff "$work/old" "$work/new" --format markdown | grep -q "^## Spec changes: major version bump$" || fail "markdown"

# Against a git revision, from a folder inside the checkout: the working tree has no change.
(cd "$root/Sources" && "$gen" diff --base HEAD --fail-on any > /dev/null 2>&1) || fail "diff --base HEAD"

# --base on a history holding a spec file over the 4 MiB limit: refused with its location,
# exit 2, and never read whole.
repo="$work/repo"
mkdir "$repo" && cp -r "$root/specs" "$repo/specs"
head -c 5000000 /dev/zero | tr '\0' 'a' > "$repo/specs/models/huge.yaml"
git -C "$repo" init -q && git -C "$repo" add -A && git -C "$repo" -c user.name=t -c user.email=t@t commit -qm huge
rm "$repo/specs/models/huge.yaml"  # the working tree is clean; only the revision holds it
set +e
msg=$(cd "$repo" && "$gen" diff --base HEAD 2>&1); code=$?
set -e
[ "$code" -eq 2 ] || fail "a huge spec at --base: exit $code"
grep -q "^HEAD:specs/models/huge.yaml:1:1: error: the file is larger than 4194304 bytes, the limit for a spec file$" <<< "$msg" ||
  fail "a huge spec at --base: $msg"

# A hostile old spec (a prompt of at least a billion characters): the oracle leaves it alone
# instead of allocating a gigabyte.
cp -r "$root/specs" "$work/huge-limits"
sed -i 's/    minLength: 1$/    minLength: 1000000000/; s/    maxLength: 4096$/    maxLength: 2000000000/' "$work/huge-limits/models/z-image.yaml"
if command -v /usr/bin/time > /dev/null 2>&1; then
  /usr/bin/time -f "%M" -o "$work/peak.txt" "$gen" diff "$work/huge-limits" "$root/specs" > /dev/null
  [ "$(tail -1 "$work/peak.txt")" -lt 262144 ] || fail "diff from a hostile spec used $(tail -1 "$work/peak.txt") KB"
fi

# new: a skeleton and a copy lint clean; an existing file and a bad id are refused.
"$gen" new flux-3 --specs "$work/new" > /dev/null
"$gen" new seedream-v6 --from seedream-v4-5 --specs "$work/new" > /dev/null
"$gen" lint "$work/new" | tail -1 | grep -q "0 errors" || fail "new specs do not lint clean"
set +e
msg=$("$gen" new flux-3 --specs "$work/new" 2>&1); code=$?
set -e
[ "$code" -eq 1 ] && [ "$msg" = "error: $work/new/models/flux-3.yaml already exists" ] || fail "existing file: $code $msg"
echo "ok: diff (formats, --fail-on, --base) and new"
