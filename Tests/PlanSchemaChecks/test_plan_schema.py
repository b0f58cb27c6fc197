"""The plan JSON that Warden writes is valid against schemas/plan.schema.json, and the schema rejects what
it should. The plans checked are the golden files the Swift tests keep current: hand-made plans that exercise
every kind of change (Tests/RenderTests/Golden) and the real plan and drift report of
examples/contact-center.yaml against the seeded emulator (Tests/IntegrationTests/Golden)."""
import copy
import json
import os

import jsonschema
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "Tests", "RenderTests", "Golden")
EXAMPLE_GOLDEN = os.path.join(ROOT, "Tests", "IntegrationTests", "Golden")

with open(os.path.join(ROOT, "schemas", "plan.schema.json")) as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def golden_plans():
    return sorted(
        os.path.join(directory, name)
        for directory in (GOLDEN, EXAMPLE_GOLDEN)
        for name in os.listdir(directory)
        if name.endswith(".json")
    )


def test_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", golden_plans(), ids=os.path.basename)
def test_rendered_plans_match_the_schema(path):
    with open(path) as f:
        plan = json.load(f)
    errors = [e.message for e in VALIDATOR.iter_errors(plan)]
    assert errors == []


def test_golden_plans_exist():
    assert [os.path.relpath(path, ROOT) for path in golden_plans()] == [
        "Tests/IntegrationTests/Golden/contact-center-drift.json",
        "Tests/IntegrationTests/Golden/contact-center.json",
        "Tests/RenderTests/Golden/drift.json",
        "Tests/RenderTests/Golden/inputs.json",
        "Tests/RenderTests/Golden/mixed.json",
        "Tests/RenderTests/Golden/no-changes.json",
        "Tests/RenderTests/Golden/structured.json",
    ]


def test_the_example_plan_covers_every_kind_and_action():
    with open(os.path.join(EXAMPLE_GOLDEN, "contact-center.json")) as f:
        plan = json.load(f)
    assert {change["kind"] for change in plan["changes"]} == set(SCHEMA["$defs"]["resourceChange"]["properties"]["kind"]["enum"])
    assert {change["action"] for change in plan["changes"]} == {"create", "update", "delete"}


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
