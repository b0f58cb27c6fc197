"""The plan JSON that Warden writes (the golden files the Swift render tests keep current) is valid
against schemas/plan.schema.json, and the schema rejects what it should."""
import copy
import json
import os

import jsonschema
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "Tests", "RenderTests", "Golden")

with open(os.path.join(ROOT, "schemas", "plan.schema.json")) as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def golden_plans():
    return sorted(name for name in os.listdir(GOLDEN) if name.endswith(".json"))


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", golden_plans())
def test_rendered_plans_match_the_schema(name):
    with open(os.path.join(GOLDEN, name)) as f:
        plan = json.load(f)
    errors = [e.message for e in VALIDATOR.iter_errors(plan)]
    assert errors == []


def test_golden_plans_exist():
    assert golden_plans() == ["drift.json", "mixed.json", "no-changes.json", "structured.json"]


@pytest.mark.parametrize("mutate", [
    lambda p: p.update(formatVersion=2),
    lambda p: p["changes"][0].update(action="replace"),
    lambda p: p["changes"][0].pop("calls"),
    lambda p: p["desiredFile"].update(sha256="xyz"),
    lambda p: p["changes"][0]["attributes"][0]["change"].update(kind="other"),
    lambda p: p.update(extra=True),
])
def test_schema_rejects_broken_plans(mutate):
    with open(os.path.join(GOLDEN, "mixed.json")) as f:
        plan = json.load(f)
    broken = copy.deepcopy(plan)
    mutate(broken)
    assert list(VALIDATOR.iter_errors(broken)) != []
