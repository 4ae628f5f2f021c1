#!/usr/bin/env bash
# End-to-end checks of `liangxin-gen validate`: output text, exit codes, JSON format, stdin,
# folders, and hostile input (each bad payload reported, the run goes on, nothing crashes).
# Usage: Tests/CLI/validate-cli.sh path/to/liangxin-gen
set -u
gen=${1:?path to liangxin-gen}
gen="$(cd "$(dirname "$gen")" && pwd)/$(basename "$gen")"
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

same() { # name, exit code of the first run, of the second: one.txt and many.txt must match
  if cmp -s one.txt many.txt && [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL: $1 differs (exit $3, $2)"
  fi
}

check() { # name, expected exit code, expected stdout file, command...
  local name=$1 code=$2 expected=$3
  shift 3
  local actual
  actual=$("$@" 2>"$work/stderr")
  local status=$?
  if [ "$status" = "$code" ] && [ "$actual" = "$(cat "$expected")" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $status, expected $code)"
    diff <(cat "$expected") <(echo "$actual") | head -20
    head -5 "$work/stderr"
  fi
}

cd "$work"
mkdir -p payloads/nested
printf '%s\n' \
  '{"model":"z-image","input":{"prompt":"A cafe terrace"}}' \
  '{"model":"z-image","input":{"prompt":"","seed":"4"}}' \
  '' \
  '{"model":"z-image","input":{"prompt":"x","seed":4.5}}' \
  'not json' \
  '{"model":"z-imag","input":{"prompt":"x"}}' > payloads/a.jsonl
printf '{\n  "model": "flux-2-pro",\n  "input": {"prompt": "x", "width": 300}\n}\n' > payloads/nested/b.json
printf '{"model":"seedream-v4-5","input":{"prompt":"Dunes","aspect_ratio":"16:9"}}' > payloads/nested/c.json

cat > expected.txt <<'OUT'
payloads/a.jsonl:2: /input/seed: must be an integer (got a string)
payloads/a.jsonl:4: /input/seed: must be an integer (got 4.5)
payloads/a.jsonl:5:1: invalid JSON: unexpected character 'n'
payloads/a.jsonl:6: /model: is not a known model id; did you mean "z-image"?
payloads/nested/b.json: /input/height: must be given together with width
7 payloads, 2 valid, 5 invalid
OUT
check "folder, text report" 1 expected.txt "$gen" validate --specs "$root/specs" payloads

cat > expected.txt <<'OUT'
{"file":"payloads/nested/b.json","line":null,"model":"flux-2-pro","valid":false,"issues":[{"pointer":"/input/height","code":"together","message":"must be given together with width","limit":"width, height","actual":"width"}]}
{"file":"payloads/nested/c.json","line":null,"model":"seedream-v4-5","valid":true,"issues":[]}
OUT
check "json report" 1 expected.txt "$gen" validate --specs "$root/specs" --format json payloads/nested

printf '1 payload, 1 valid, 0 invalid\n' > expected.txt
check "all valid exits 0" 0 expected.txt "$gen" validate --specs "$root/specs" payloads/nested/c.json

printf '<stdin>: /input/height: must be given together with width\n1 payload, 0 valid, 1 invalid\n' > expected.txt
check "stdin, one document" 1 expected.txt sh -c "'$gen' validate --specs '$root/specs' - < payloads/nested/b.json"

printf '<stdin>:2: /seed: must be at least 0 (got -1)\n2 payloads, 1 valid, 1 invalid\n' > expected.txt
check "stdin lines, bare inputs" 1 expected.txt sh -c "printf '{\"prompt\":\"x\"}\n{\"prompt\":\"x\",\"seed\":-1}\n' | '$gen' validate --specs '$root/specs' --model z-image -"

: > expected.txt
check "unknown --model is a usage error" 2 expected.txt "$gen" validate --specs "$root/specs" --model z-imag payloads
check "no path is a usage error" 2 expected.txt "$gen" validate --specs "$root/specs"
check "bad flag is a usage error" 2 expected.txt "$gen" validate --bogus

printf '1 payload, 1 valid, 0 invalid\n' > expected.txt
check "missing path: others still checked, exit 2" 2 expected.txt "$gen" validate --specs "$root/specs" payloads/nested/c.json nowhere.json

# Hostile payloads, one per line: each gets its own error and the run goes on.
python3 - <<'PY' > hostile.jsonl
import sys
out = sys.stdout.buffer
out.write(b'{"model":"z-image","input":{"prompt":"ok"}}\n')
out.write(b'{"model":"z-image","input":{"prompt":"\xc3\x28"}}\n')
out.write(b'{"model":"z-image","model":"z-image","input":{"prompt":"x"}}\n')
out.write(b'{"model":"z-image","input":{"prompt":"x","seed":1e400}}\n')
out.write(b'{"model":"z-image","input":{"prompt":"x","seed":18446744073709551616}}\n')
out.write(b'{"model":"z-image","input":{"prompt":"x","seed":' + b'[' * 10000 + b']' * 10000 + b'}}\n')
out.write(b'\x00\x01\x02 binary\n')
out.write(b'{"model":"z-image","input":{"prompt":"last"}}\n')
PY
cat > expected.txt <<'OUT'
hostile.jsonl:2:39: invalid JSON: invalid UTF-8 in a string
hostile.jsonl:3:20: invalid JSON: duplicate key "model"
hostile.jsonl:4: /input/seed: must be an integer (got 1e400)
hostile.jsonl:5: /input/seed: must be an integer that fits in 64 bits (got 18446744073709551616)
hostile.jsonl:6:303: invalid JSON: nesting deeper than 256 levels
hostile.jsonl:7:1: invalid JSON: unexpected character 0x0
8 payloads, 2 valid, 6 invalid
OUT
check "hostile payloads" 1 expected.txt "$gen" validate --specs "$root/specs" hostile.jsonl

# One string equality: "1K" with U+212A KELVIN SIGN is not the enum value 1K (bytes differ).
printf '{"model":"nano-banana-pro","input":{"prompt":"xx","resolution":"1\xe2\x84\xaa"}}' > kelvin.json
printf 'kelvin.json: /input/resolution: must be one of 1K, 2K, 4K, low, medium, high (got "1\xe2\x84\xaa")\n1 payload, 0 valid, 1 invalid\n' > expected.txt
check "canonically equivalent is not equal" 1 expected.txt "$gen" validate --specs "$root/specs" kelvin.json

# Payloads over --max-payload-bytes are reported as too large, unread: a file, a line, a document.
printf '{"model":"z-image","input":{"prompt":"%s"}}' "$(head -c 200 /dev/zero | tr '\0' a)" > large.json
printf '{"model":"z-image","input":{"prompt":"ok"}}\n{"model":"z-image","input":{"prompt":"%s"}}\n' "$(head -c 200 /dev/zero | tr '\0' a)" > large.jsonl
cat > expected.txt <<'OUT'
large.json: /: the payload is larger than 100 bytes (--max-payload-bytes)
large.jsonl:2: /: the payload is larger than 100 bytes (--max-payload-bytes)
3 payloads, 1 valid, 2 invalid
OUT
check "payloads over --max-payload-bytes" 1 expected.txt "$gen" validate --specs "$root/specs" --max-payload-bytes 100 large.json large.jsonl
printf '<stdin>: /: the payload is larger than 100 bytes (--max-payload-bytes)\n1 payload, 0 valid, 1 invalid\n' > expected.txt
printf '{\n"model": "z-image",\n"input": {"prompt": "%s"}}\n' "$(head -c 200 /dev/zero | tr '\0' a)" > large-document.json
check "a standard-input document over --max-payload-bytes" 1 expected.txt sh -c "'$gen' validate --specs '$root/specs' --max-payload-bytes 100 - < large-document.json"
: > expected.txt
check "--max-payload-bytes must be positive" 2 expected.txt "$gen" validate --specs "$root/specs" --max-payload-bytes 0 large.json

# A 200 MB JSON Lines file is streamed: memory stays bounded.
python3 - <<'PY'
line = b'{"model":"z-image","input":{"prompt":"' + b'a cafe at night ' * 60 + b'","seed":7}}\n'
with open("big.jsonl", "wb") as handle:
    count = 200 * 1024 * 1024 // len(line) + 1
    handle.write(line * count)
PY
lines=$(wc -l < big.jsonl)
printf '%s payloads, %s valid, 0 invalid\n' "$lines" "$lines" > expected.txt
if command -v /usr/bin/time >/dev/null 2>&1; then
  check "200 MB of JSON Lines" 0 expected.txt /usr/bin/time -f "%M" -o peak.txt "$gen" validate --specs "$root/specs" big.jsonl
  peak_kb=$(tail -1 peak.txt | tr -dc '0-9')
  peak_kb=${peak_kb:-999999999}
  echo "200 MB JSONL ($(du -m big.jsonl | cut -f1) MB, $lines payloads): peak memory $((peak_kb / 1024)) MiB"
  if [ "$peak_kb" -lt 131072 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: peak memory ${peak_kb} KB"; fi
else
  check "200 MB of JSON Lines" 0 expected.txt "$gen" validate --specs "$root/specs" big.jsonl
fi

# --jobs: the same bytes and exit code for any number of workers, on valid, invalid, blank,
# broken and oversized lines across many batches.
python3 - <<'PY'
import json
with open("mixed.jsonl", "w") as f:
    for i in range(30000):
        if i % 7 == 0: f.write('{"model":"z-image","input":{"prompt":"","seed":-1}}\n')
        elif i % 11 == 0: f.write("not json\n")
        elif i % 13 == 0: f.write("   \n")
        elif i % 997 == 0: f.write('{"model":"z-image","input":{"prompt":"' + "x" * 3000 + '"}}\n')
        elif i % 9973 == 0: f.write('{"model":"z-image","input":{"prompt":"' + "y" * 700000 + '"}}\n')
        elif i % 17 == 0: f.write(json.dumps({"model": "z-image", "input": {"prompt": "crlf %d" % i}}) + "\r\n")
        else: f.write(json.dumps({"model": "z-image", "input": {"prompt": "a cafe %d" % i, "seed": i}}) + "\n")
PY
# The same lines with no limit that cuts them: the 700,000-byte lines are read across chunks.
for jobs in 2 3; do
  code1=0; code=0
  "$gen" validate --specs "$root/specs" --format json --jobs 1 mixed.jsonl > one.txt 2>&1 || code1=$?
  "$gen" validate --specs "$root/specs" --format json --jobs "$jobs" mixed.jsonl > many.txt 2>&1 || code=$?
  same "--jobs $jobs against --jobs 1, long lines kept" "$code1" "$code"
done
for format in text json; do
  "$gen" validate --specs "$root/specs" --format "$format" --jobs 1 --max-payload-bytes 2000 mixed.jsonl > one.txt 2>&1 || code1=$?
  for jobs in 2 3; do
    code=0
    "$gen" validate --specs "$root/specs" --format "$format" --jobs "$jobs" --max-payload-bytes 2000 mixed.jsonl > many.txt 2>&1 || code=$?
    same "--jobs $jobs ($format) against --jobs 1" "${code1:-0}" "$code"
  done
done

# The single-pass verifier settles valid payloads only: with the interpreter alone (the hidden
# --interpreter-only), every report is the same, byte for byte, with the same exit code.
for format in text json; do
  for input in mixed.jsonl hostile.jsonl kelvin.json payloads; do
    code1=0; code=0
    "$gen" validate --specs "$root/specs" --format "$format" --jobs 1 --max-payload-bytes 2000 "$input" > one.txt 2>&1 || code1=$?
    "$gen" validate --specs "$root/specs" --format "$format" --jobs 1 --max-payload-bytes 2000 --interpreter-only "$input" > many.txt 2>&1 || code=$?
    same "--interpreter-only on $input ($format)" "$code1" "$code"
  done
done

# --jobs on a named pipe (no slices to read in parallel): one job's bytes, as from the file.
mkfifo pipe.jsonl
"$gen" validate --specs "$root/specs" --format json --jobs 1 --max-payload-bytes 2000 mixed.jsonl > one.txt 2>&1 || code1=$?
cat mixed.jsonl > pipe.jsonl &
code=0
"$gen" validate --specs "$root/specs" --format json --jobs 2 --max-payload-bytes 2000 pipe.jsonl > many.txt 2>&1 || code=$?
wait
sed -i "s/pipe\.jsonl/mixed.jsonl/" many.txt
same "--jobs 2 on a named pipe against --jobs 1 on the file" "${code1:-0}" "$code"

# --jobs on files of random lines (blank, CRLF, too long, 700,000 bytes long, no final line
# break) whose lines cross the workers' 512 KiB slices anywhere: the same bytes as one job.
# Seed 5's file is 12 MB, more slices than two jobs may have in flight (8 each).
for seed in 1 2 3 4 5; do
  python3 - "$seed" <<'PY'
import random, sys
seed = int(sys.argv[1])
rng = random.Random(seed)
parts, size = [], 0
while size < (12_000_000 if seed == 5 else 2_000_000):
    k = rng.random()
    if k < 0.05: line = ""
    elif k < 0.08: line = "   "
    elif k < 0.1: line = '{"model":"z-image","input":{"prompt":"' + "z" * rng.randint(1500, 700000) + '"}}'
    else: line = '{"model":"z-image","input":{"prompt":"' + "a" * rng.randint(1, 1400) + '"%s}}' % (',"seed":-1' if rng.random() < 0.2 else "")
    end = "\r\n" if rng.random() < 0.1 else "\n"
    parts.append(line + end); size += len(line) + len(end)
data = "".join(parts)
open("random.jsonl", "w").write(data.rstrip("\n") if seed % 2 else data)
PY
  code1=0
  "$gen" validate --specs "$root/specs" --format json --jobs 1 --max-payload-bytes 1500 random.jsonl > one.txt 2>&1 || code1=$?
  for jobs in 2 3 8; do
    code=0
    "$gen" validate --specs "$root/specs" --format json --jobs "$jobs" --max-payload-bytes 1500 random.jsonl > many.txt 2>&1 || code=$?
    same "--jobs $jobs against --jobs 1 on random lines (seed $seed)" "$code1" "$code"
  done
done

# --jobs on a folder of .json files: the same output, errors and exit code (2: a broken link).
mkdir -p folder/sub
python3 - <<'PY'
import json
for i in range(300):
    with open("folder/" + ("sub/" if i % 3 == 0 else "") + "p%04d.json" % i, "w") as f:
        if i % 7 == 0: f.write('{"model":"z-image","input":{"prompt":"","seed":-1}}')
        elif i % 11 == 0: f.write("not json")
        elif i % 97 == 0: f.write('{"model":"z-image","input":{"prompt":"' + "x" * 3000 + '"}}')
        else: f.write(json.dumps({"model": "z-image", "input": {"prompt": "a cafe %d" % i}}))
PY
ln -s "$work/nowhere" folder/broken.json
code1=0
"$gen" validate --specs "$root/specs" --jobs 1 --max-payload-bytes 2000 folder > one.txt 2> one.err || code1=$?
for jobs in 2 3; do
  code=0
  "$gen" validate --specs "$root/specs" --jobs "$jobs" --max-payload-bytes 2000 folder > many.txt 2> many.err || code=$?
  if cmp -s one.txt many.txt && cmp -s one.err many.err && [ "$code" = "$code1" ] && [ "$code" = 2 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL: --jobs $jobs on a folder differs from --jobs 1 (exit $code, $code1)"
  fi
done

# Progress: silent when standard error is not a terminal, a redrawn line when it is.
if [ -s "$work/stderr" ]; then
  failed=$((failed + 1)); echo "FAIL: progress written to a standard error that is not a terminal"; head -3 "$work/stderr"
else
  passed=$((passed + 1))
fi
if command -v script >/dev/null 2>&1; then
  if script -qec "'$gen' validate --specs '$root/specs' big.jsonl" /dev/null | tr '\r' '\n' |
    grep -aEq '^.\[K[0-9,]+ payloads, [0-9,]+ a second$'; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL: no progress line on a terminal"
  fi
fi

echo "validate-cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
