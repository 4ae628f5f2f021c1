"""Python baselines for liangxin-bench validate, on the same corpus and the exported createTask
schema, one line a measurement:

- parse only: json.loads, orjson.loads, and pysimdjson (a reused parser; the fastest parse a
  Python user can get);
- orjson + jsonschema-rs (formats on): verdict only (is_valid), and every error (iter_errors);
- python-jsonschema and fastjsonschema.

With a third argument, liangxin-gen validate's JSON report (--format json) on the same corpus,
it checks that jsonschema-rs and fastjsonschema give the same verdict on every payload and
prints the disagreements. Rates include Python's loop.
"""

import importlib
import json
import sys
import time

corpus_path, schema_path = sys.argv[1], sys.argv[2]
report_path = sys.argv[3] if len(sys.argv) > 3 else None
with open(corpus_path, "rb") as handle:
    lines = [line for line in handle.read().split(b"\n") if line.strip()]
with open(schema_path, encoding="utf-8") as handle:
    schema = json.load(handle)


def optional(module, label):
    """The module, or None (said on the output) when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        print(f"python {label}: not installed")
        return None


def rate(count, seconds):
    return f"{count / seconds:,.0f} payloads/s"


def timed(label, body):
    """Runs body over every line and prints its rate; returns what it returned and the seconds."""
    start = time.perf_counter()
    result = body()
    seconds = time.perf_counter() - start
    print(f"{label}: {rate(len(lines), seconds)}")
    return result, seconds


def parse_all(loads):
    values = []
    for line in lines:
        try:
            values.append(loads(line))
        except ValueError:
            values.append(None)
    return values


parsed, parse_seconds = timed("python json.loads (parse only)", lambda: parse_all(json.loads))

orjson = optional("orjson", "orjson")
if orjson:
    parsed_orjson, orjson_seconds = timed("python orjson.loads (parse only)", lambda: parse_all(orjson.loads))

simdjson = optional("simdjson", "pysimdjson")
if simdjson:
    parser = simdjson.Parser()

    def simd_parse_all():
        count = 0
        for line in lines:
            try:
                parser.parse(line)
                count += 1
            except ValueError:
                pass
        return count

    timed("python pysimdjson (parse only, reused parser)", simd_parse_all)

verdicts = {}
jsonschema_rs = optional("jsonschema_rs", "jsonschema-rs")
if jsonschema_rs and orjson:
    validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)

    def verdict_only():
        return [value is not None and validator.is_valid(value) for value in parsed_orjson]

    def every_error():
        return [value is not None and not any(True for _ in validator.iter_errors(value)) for value in parsed_orjson]

    start = time.perf_counter()
    verdicts["jsonschema-rs"] = verdict_only()
    seconds = time.perf_counter() - start
    print(f"python orjson + jsonschema-rs, verdict only: {rate(len(lines), seconds + orjson_seconds)} end to end")
    start = time.perf_counter()
    every_error()
    seconds = time.perf_counter() - start
    print(f"python orjson + jsonschema-rs, every error: {rate(len(lines), seconds + orjson_seconds)} end to end")

import jsonschema  # noqa: E402

sample = parsed[:20000]
python_validator = jsonschema.Draft202012Validator(schema)
start = time.perf_counter()
invalid = sum(0 if value is not None and python_validator.is_valid(value) else 1 for value in sample)
seconds = time.perf_counter() - start
per_payload = seconds / len(sample)
print(f"python jsonschema (first {len(sample)}): end to end {1 / (per_payload + parse_seconds / len(lines)):,.0f} payloads/s; {invalid} invalid")

fastjsonschema = optional("fastjsonschema", "fastjsonschema")
if fastjsonschema:
    check = fastjsonschema.compile(schema)

    def fast_verdicts():
        result = []
        for value in parsed:
            try:
                check(value)
                result.append(value is not None)
            except fastjsonschema.JsonSchemaException:
                result.append(False)
        return result

    start = time.perf_counter()
    verdicts["fastjsonschema"] = fast_verdicts()
    seconds = time.perf_counter() - start
    print(f"python fastjsonschema: end to end {rate(len(lines), seconds + parse_seconds)}")

if report_path:
    with open(report_path, encoding="utf-8") as handle:
        ours = [json.loads(line)["valid"] for line in handle if line.startswith("{")]
    if len(ours) != len(lines):
        print(f"verdicts: the report has {len(ours)} payloads, the corpus {len(lines)}")
        sys.exit(1)
    for name, theirs in verdicts.items():
        differing = [index + 1 for index, (a, b) in enumerate(zip(ours, theirs)) if a != b]
        shown = ", ".join(str(number) for number in differing[:10])
        print(f"verdicts, liangxin-gen against {name}: {len(differing)} of {len(lines)} differ" + (f" (lines {shown})" if differing else ""))
