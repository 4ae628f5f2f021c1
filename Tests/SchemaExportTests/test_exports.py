"""The exported JSON Schemas and OpenAPI document, checked with real validators.

Run by .ci/run with pytest: the OpenAPI document through openapi-spec-validator, every JSON
Schema against the draft 2020-12 metaschema, and the createTask schema on payloads whose
verdicts the Swift validators also give (tests in Tests/LiangXinTests).
"""

import json
import pathlib

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_FOLDERS = [ROOT / "Generated" / "schemas", ROOT / "Tests" / "TortureGenerated" / "schemas"]


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def all_schema_files():
    return sorted(p for folder in SCHEMA_FOLDERS for p in folder.rglob("*.schema.json"))


def test_the_openapi_documents_are_valid_openapi_3_1():
    for folder in SCHEMA_FOLDERS:
        document = load(folder / "openapi.json")
        assert document["openapi"] == "3.1.0"
        validate_openapi(document)


@pytest.mark.parametrize("path", all_schema_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_json_schema_is_valid_draft_2020_12(path):
    schema = load(path)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_there_is_a_schema_per_model_and_one_for_the_body():
    names = sorted(p.name for p in (ROOT / "Generated" / "schemas" / "models").glob("*.schema.json"))
    assert len(names) == 9
    assert (ROOT / "Generated" / "schemas" / "createTask.schema.json").exists()


CREATE_TASK = load(ROOT / "Generated" / "schemas" / "createTask.schema.json")
VALIDATOR = jsonschema.Draft202012Validator(CREATE_TASK)
IMAGES = [f"https://x.example/{i}.png" for i in range(5)]

VERDICTS = [
    ({"model": "z-image", "input": {"prompt": "A cafe", "image_size": "square_hd", "seed": 7}}, True),
    ({"model": "z-image", "input": {"prompt": ""}}, False),
    ({"model": "z-image", "input": {"prompt": "x", "seed": "4"}}, False),
    ({"model": "z-image", "input": {"prompt": "x", "seed": 4.5}}, False),
    ({"model": "z-image", "input": {"prompt": "x", "seed": 4294967296}}, False),
    ({"model": "z-image", "input": {"prompt": "x", "colour": "red"}}, False),
    ({"model": "z-imag", "input": {"prompt": "x"}}, False),
    ({"model": "z-image"}, False),
    ({"model": "seedream-v4-5", "input": {"prompt": "x", "aspect_ratio": "16:9"}}, True),
    ({"model": "seedream-v4-5", "input": {"prompt": "x", "aspect_ratio": "17:9"}}, False),
    ({"model": "flux-2-pro", "input": {"prompt": "x", "width": 512}}, False),
    ({"model": "flux-2-pro", "input": {"prompt": "x", "width": 512, "height": 512}}, True),
    ({"model": "flux-2-pro", "input": {"prompt": "x", "reference_images": IMAGES[:3], "input_image": IMAGES[4]}}, True),
    ({"model": "flux-2-pro", "input": {"prompt": "x", "reference_images": IMAGES[:3], "input_image": IMAGES[3], "input_image_4": IMAGES[4]}}, False),
    ({"model": "nano-banana-pro", "input": {"prompt": "a fox", "image_input": IMAGES[:2], "reference_images": IMAGES[:1]}}, True),
    ({"model": "nano-banana-pro", "input": {"prompt": "a fox", "image_input": IMAGES[:2], "reference_images": IMAGES[:2]}}, False),
    ({"model": "nano-banana-pro", "input": {"prompt": "a fox", "reference_images": ["https://x.example/a.gif"]}}, False),
    ({"model": "nano-banana-pro", "input": {"prompt": "a fox", "reference_images": ["data:image/webp;base64,AAAA"]}}, True),
    ({"model": "z-image", "callBackUrl": "http://x.example/cb", "input": {"prompt": "x"}}, False),
    ({"model": "z-image", "callBackUrl": "https://x.example/cb", "input": {"prompt": "x"}}, True),
]


@pytest.mark.parametrize("payload,valid", VERDICTS, ids=[str(i) for i in range(len(VERDICTS))])
def test_the_create_task_schema_gives_the_validators_verdicts(payload, valid):
    assert VALIDATOR.is_valid(payload) == valid, list(VALIDATOR.iter_errors(payload))
