"""Python baselines for liangxin-bench: json.loads, jsonschema and fastjsonschema on the same
corpus and the exported createTask schema. Prints one line per measurement."""

import json
import sys
import time

corpus_path, schema_path = sys.argv[1], sys.argv[2]
with open(corpus_path, "rb") as handle:
    lines = [line for line in handle.read().split(b"\n") if line.strip()]
with open(schema_path, encoding="utf-8") as handle:
    schema = json.load(handle)


def rate(count, seconds):
    return f"{count / seconds:,.0f} payloads/s"


start = time.perf_counter()
parsed = []
for line in lines:
    try:
        parsed.append(json.loads(line))
    except ValueError:
        pass
parse_seconds = time.perf_counter() - start
print(f"python json.loads: {rate(len(lines), parse_seconds)}")

import jsonschema  # noqa: E402

validator = jsonschema.Draft202012Validator(schema)
sample = parsed[:20000]
start = time.perf_counter()
invalid = sum(0 if validator.is_valid(payload) else 1 for payload in sample)
seconds = time.perf_counter() - start
per_payload = seconds / len(sample)
print(f"python jsonschema (validate parsed): {rate(len(sample), seconds)}; end to end {1 / (per_payload + parse_seconds / len(lines)):,.0f} payloads/s; {invalid} of {len(sample)} invalid")

try:
    import fastjsonschema
except ImportError:
    print("python fastjsonschema: not installed")
    sys.exit(0)
check = fastjsonschema.compile(schema)
start = time.perf_counter()
invalid = 0
for payload in parsed:
    try:
        check(payload)
    except fastjsonschema.JsonSchemaException:
        invalid += 1
seconds = time.perf_counter() - start
per_payload = seconds / len(parsed)
print(f"python fastjsonschema (validate parsed): {rate(len(parsed), seconds)}; end to end {1 / (per_payload + parse_seconds / len(lines)):,.0f} payloads/s; {invalid} of {len(parsed)} invalid")
