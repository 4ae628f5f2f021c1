"""Conformance: every keyword of the spec language, judged by `liangxin-gen validate` and by
its own exported JSON Schema (jsonschema-rs, formats asserted), against the verdicts of the
JSON-Schema-Test-Suite (cases in conformance_cases.py).

The tool and its export must agree on every case; both must agree with JSON Schema except
where specs/README.md says why. `liangxin-gen` is LIANGXIN_GEN or .build/debug/liangxin-gen.
"""

import json
import os
import pathlib
import shutil
import subprocess

import jsonschema_rs
import pytest

from conformance_cases import GROUPS

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATOR = os.environ.get("LIANGXIN_GEN", str(ROOT / ".build" / "debug" / "liangxin-gen"))
README = (ROOT / "specs" / "README.md").read_text(encoding="utf-8")

MODEL = """id: {id}
title: Conformance {index}
summary: {summary}
sources:
  - label: JSON-Schema-Test-Suite
    url: https://github.com/json-schema-org/JSON-Schema-Test-Suite
evidence:
  level: high
input:
  {fields}
"""


def case(test):
    """(data, JSON Schema's verdict, README section or None, LiangXinKit's verdict)."""
    data, suite = test[0], test[1]
    return (data, suite, test[2], test[3]) if len(test) == 4 else (data, suite, None, suite)


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    """Every case's body and the two verdicts: the tool's and the exported schema's."""
    folder = tmp_path_factory.mktemp("conformance")
    specs = folder / "specs"
    (specs / "models").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "api.yaml", specs / "api.yaml")
    bodies = []
    for index, group in enumerate(GROUPS):
        model = f"c-{index:02d}"
        text = MODEL.format(
            id=model, index=index, summary=json.dumps("The keyword " + group["keyword"] + "."), fields=group["fields"])
        (specs / "models" / f"{model}.yaml").write_text(text, encoding="utf-8")
        for test in group["tests"]:
            data = case(test)[0]
            bodies.append({"model": model, "input": data if group.get("whole") else {"value": data}})
    lint = subprocess.run([GENERATOR, "lint", str(specs)], capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    payloads = folder / "bodies.jsonl"
    payloads.write_text("".join(json.dumps(b, ensure_ascii=False) + "\n" for b in bodies), encoding="utf-8")
    run = subprocess.run(
        [GENERATOR, "validate", "--specs", str(specs), "--format", "json", str(payloads)],
        capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    reports = [json.loads(line) for line in run.stdout.split("\n") if line]
    assert len(reports) == len(bodies)
    export = subprocess.run(
        [GENERATOR, "export", "jsonschema", "--specs", str(specs), "--output", str(folder / "out")],
        capture_output=True, text=True)
    assert export.returncode == 0, export.stderr
    schema = json.loads((folder / "out" / "schemas" / "createTask.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    result = {}
    position = 0
    for index, group in enumerate(GROUPS):
        for test in group["tests"]:
            body = bodies[position]
            result[(index, position)] = (body, reports[position]["valid"], validator.is_valid(body))
            position += 1
    return result


@pytest.mark.parametrize("index", range(len(GROUPS)), ids=[g["keyword"] for g in GROUPS])
def test_the_tool_and_its_export_agree_with_json_schema(verdicts, index):
    group = GROUPS[index]
    problems = []
    for (group_index, _), (body, tool, exported) in verdicts.items():
        if group_index != index:
            continue
        value = body["input"] if group.get("whole") else body["input"]["value"]
        test = next(case(t) for t in group["tests"] if case(t)[0] == value and type(case(t)[0]) is type(value))
        _, suite, section, ours = test
        if tool != exported:
            problems.append(f"{value!r}: liangxin-gen says {tool}, its exported schema says {exported}")
        if tool != ours:
            problems.append(f"{value!r}: liangxin-gen says {tool}, expected {ours} (JSON Schema: {suite})")
        if section is not None:
            assert section in README, f"specs/README.md has no section '{section}' explaining {value!r}"
    assert not problems, "\n".join(problems)


def test_every_difference_from_json_schema_is_explained():
    sections = {case(t)[2] for g in GROUPS for t in g["tests"] if case(t)[2] is not None}
    assert sections, "no deliberate difference is listed"
    for section in sections:
        assert section in README, section
