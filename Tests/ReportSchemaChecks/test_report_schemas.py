"""The apply and validation reports that Warden writes with `--format json` are valid against
schemas/apply-report.schema.json and schemas/validation-report.schema.json, and the schemas reject what they
should. The reports checked are the golden files the Swift tests keep current: hand-made reports with every
outcome and severity (Tests/RenderTests/Golden), the real `warden apply --format json` of
examples/contact-center.yaml against the seeded emulator (Tests/IntegrationTests/Golden) and the real
`warden validate --format json` of an example, a broken fixture and a missing file (Tests/WardenCLITests/Golden)."""
import copy
import json
import os

import jsonschema
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def schema(name):
    with open(os.path.join(ROOT, "schemas", name)) as f:
        return json.load(f)


APPLY = schema("apply-report.schema.json")
VALIDATION = schema("validation-report.schema.json")
PLAN = schema("plan.schema.json")

APPLY_GOLDEN = [
    "Tests/IntegrationTests/Golden/ApplyReport/contact-center.json",
    "Tests/RenderTests/Golden/ApplyReport/complete.json",
    "Tests/RenderTests/Golden/ApplyReport/incomplete.json",
    "Tests/RenderTests/Golden/ApplyReport/interrupted.json",
    "Tests/RenderTests/Golden/ApplyReport/no-changes.json",
    "Tests/RenderTests/Golden/ApplyReport/refused.json",
]
VALIDATION_GOLDEN = [
    "Tests/RenderTests/Golden/Validation/report.json",
    "Tests/WardenCLITests/Golden/validate.json",
]


def load(path):
    with open(os.path.join(ROOT, path)) as f:
        return json.load(f)


def errors(schema, document):
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]


@pytest.mark.parametrize("schema", [APPLY, VALIDATION], ids=["apply", "validation"])
def test_schemas_are_valid_draft_2020_12_schemas(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_golden_reports_are_all_checked():
    def found(*directories):
        return sorted(
            os.path.join(directory, name)
            for directory in directories
            for name in os.listdir(os.path.join(ROOT, directory))
            if name.endswith(".json")
        )

    assert found("Tests/IntegrationTests/Golden/ApplyReport", "Tests/RenderTests/Golden/ApplyReport") == APPLY_GOLDEN
    assert found("Tests/RenderTests/Golden/Validation", "Tests/WardenCLITests/Golden") == VALIDATION_GOLDEN


@pytest.mark.parametrize("path", APPLY_GOLDEN, ids=os.path.basename)
def test_apply_reports_match_the_schema(path):
    assert errors(APPLY, load(path)) == []


@pytest.mark.parametrize("path", VALIDATION_GOLDEN, ids=os.path.basename)
def test_validation_reports_match_the_schema(path):
    assert errors(VALIDATION, load(path)) == []


def test_the_golden_reports_cover_every_status_and_outcome():
    reports = [load(path) for path in APPLY_GOLDEN]
    assert {report["status"] for report in reports} == set(APPLY["properties"]["status"]["enum"])
    outcomes = {resource["outcome"] for report in reports for resource in report["resources"]}
    assert outcomes == set(APPLY["$defs"]["resource"]["properties"]["outcome"]["enum"])
    severities = {
        diagnostic["severity"]
        for path in VALIDATION_GOLDEN
        for file in load(path)["files"]
        for diagnostic in file["diagnostics"]
    }
    assert severities >= {"error", "warning"}


def test_the_real_apply_created_updated_and_deleted():
    report = load("Tests/IntegrationTests/Golden/ApplyReport/contact-center.json")
    assert report["status"] == "complete"
    assert {resource["action"] for resource in report["resources"]} == {"create", "update", "delete"}
    assert all("id" in resource["identity"] for resource in report["resources"] if resource["action"] == "create")


def test_validation_reports_count_every_kind_a_plan_knows():
    kinds = PLAN["$defs"]["resourceChange"]["properties"]["kind"]["enum"]
    declared = VALIDATION["$defs"]["file"]["properties"]["declared"]["properties"]["resources"]
    assert sorted(declared["required"]) == sorted(kinds)


@pytest.mark.parametrize("mutate", [
    lambda r: r.update(formatVersion=2),
    lambda r: r.update(status="partial"),
    lambda r: r.update(refusal="no reason"),
    lambda r: r["summary"].pop("stale"),
    lambda r: r["summary"].pop("interrupted"),
    lambda r: r.update(interruption="SIGKILL"),
    lambda r: r["resources"][0].update(outcome="skipped"),
    lambda r: r["resources"][0].update(reason="succeeded with a reason"),
    lambda r: r["resources"][2].pop("reason"),
    lambda r: r["resources"][0].pop("callsMade"),
    lambda r: r.update(extra=True),
])
def test_apply_schema_rejects_broken_reports(mutate):
    broken = copy.deepcopy(load("Tests/RenderTests/Golden/ApplyReport/incomplete.json"))
    mutate(broken)
    assert errors(APPLY, broken) != []


def test_apply_schema_requires_the_refusal_of_a_refused_apply():
    broken = copy.deepcopy(load("Tests/RenderTests/Golden/ApplyReport/refused.json"))
    broken.pop("refusal")
    assert errors(APPLY, broken) != []


@pytest.mark.parametrize("mutate", [
    lambda r: r.update(formatVersion=2),
    lambda r: r.pop("files"),
    lambda r: r["files"][0].pop("declared"),
    lambda r: r["files"][2].update(declared={"connectInstances": 0, "resources": {}}),
    lambda r: r["files"][2]["diagnostics"][0].update(severity="fatal"),
    lambda r: r["files"][2]["diagnostics"][0].pop("column"),
    lambda r: r["files"][2]["diagnostics"][0].update(line=0),
    lambda r: r["files"][2]["diagnostics"][0].pop("message"),
    lambda r: r.update(extra=True),
])
def test_validation_schema_rejects_broken_reports(mutate):
    broken = copy.deepcopy(load("Tests/RenderTests/Golden/Validation/report.json"))
    mutate(broken)
    assert errors(VALIDATION, broken) != []
