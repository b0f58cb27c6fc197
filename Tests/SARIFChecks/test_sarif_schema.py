"""Warden's `--format sarif` logs are valid SARIF 2.1.0: every log is checked against the OASIS standard's JSON
schema, committed as schemas/sarif-schema-2.1.0.json (errata 01, from github.com/oasis-tcs/sarif-spec,
sarif-2.1/schema/). The logs checked are the golden files the Swift tests keep current (hand-made diagnostics
and every invalid fixture), and what the built `warden validate`, `warden plan` and `warden drift` print for the
invalid fixtures and the examples (the build in WARDEN_BIN_DIR, as `make test` sets it, or `swift build`'s)."""
import copy
import glob
import json
import os
import subprocess

import jsonschema
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with open(os.path.join(ROOT, "schemas", "sarif-schema-2.1.0.json")) as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft4Validator(SCHEMA)

GOLDEN = sorted(os.path.relpath(path, ROOT) for path in glob.glob(os.path.join(ROOT, "Tests", "*", "Golden", "**", "*.sarif"), recursive=True))
FIXTURES = sorted(glob.glob(os.path.join("Tests", "DesiredStateTests", "Fixtures", "invalid", "*.yaml"), root_dir=ROOT))
# Desired-state files; the emulator's seed file (emulator-seed.yaml) is another format.
EXAMPLES = sorted(path for path in glob.glob(os.path.join("examples", "*.yaml"), root_dir=ROOT)
                  if not path.endswith("emulator-seed.yaml"))


def errors(log):
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(log)]


def load(path):
    with open(os.path.join(ROOT, path)) as f:
        return json.load(f)


def test_the_schema_is_the_oasis_standard():
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]


def test_every_golden_log_is_checked():
    assert GOLDEN == [
        "Tests/RenderTests/Golden/CI/clean.sarif",
        "Tests/RenderTests/Golden/CI/diagnostics.sarif",
        "Tests/RenderTests/Golden/CI/report.sarif",
        "Tests/WardenCLITests/Golden/CI/invalid-fixtures.sarif",
    ]


@pytest.mark.parametrize("path", GOLDEN, ids=os.path.basename)
def test_golden_logs_match_the_schema(path):
    log = load(path)
    assert errors(log) == []
    assert log["$schema"] == SCHEMA["id"]


def test_every_result_names_a_rule_of_its_run_and_a_place():
    for path in GOLDEN:
        for run in load(path)["runs"]:
            rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
            assert len(set(rules)) == len(rules)
            assert sorted(rules) == sorted({result["ruleId"] for result in run["results"]})
            for result in run["results"]:
                assert rules[result["ruleIndex"]] == result["ruleId"]
                location = result["locations"][0]["physicalLocation"]
                if "uriBaseId" in location["artifactLocation"]:
                    assert location["artifactLocation"]["uriBaseId"] in run["originalUriBaseIds"]
                else:
                    assert location["artifactLocation"]["uri"].startswith("file:///")


@pytest.mark.parametrize("mutate", [
    lambda log: log.update(version="2.0.0"),
    lambda log: log["runs"][0]["results"][0].update(level="fatal"),
    lambda log: log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].update(startLine=0),
    lambda log: log["runs"][0]["results"][0].pop("message"),
    lambda log: log["runs"][0]["tool"]["driver"].pop("name"),
    lambda log: log["runs"][0].update(columnKind="bytes"),
    lambda log: log["runs"][0]["results"][0].update(extra=True),
])
def test_the_schema_rejects_broken_logs(mutate):
    broken = copy.deepcopy(load("Tests/RenderTests/Golden/CI/diagnostics.sarif"))
    mutate(broken)
    assert errors(broken) != []


def warden(*arguments, workspace=ROOT):
    bin_dir = os.environ.get("WARDEN_BIN_DIR") or subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    if not os.path.exists(os.path.join(bin_dir, "warden")):
        pytest.fail(f"{bin_dir}/warden does not exist: run `swift build --product warden` first")
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent", "NO_COLOR": "1",
                   "GITHUB_WORKSPACE": workspace, "AWS_CONFIG_FILE": "/nonexistent",
                   "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent", "AWS_EC2_METADATA_DISABLED": "true"}
    return subprocess.run([os.path.join(bin_dir, "warden"), *arguments], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_validate_prints_a_valid_log_for_every_fixture_and_example():
    run = warden("validate", "--format", "sarif", *FIXTURES, *EXAMPLES, "missing.yaml")
    assert run.returncode == 1
    assert run.stderr == ""
    log = json.loads(run.stdout)
    assert errors(log) == []
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for result in log["runs"][0]["results"]}
    assert uris == set(FIXTURES) | {"missing.yaml"}


def test_validate_names_files_outside_the_workspace_by_absolute_uri():
    run = warden("validate", "--format", "sarif", FIXTURES[0], workspace="/nonexistent/workspace")
    log = json.loads(run.stdout)
    assert errors(log) == []
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "file://" + os.path.join(ROOT, FIXTURES[0])


@pytest.mark.parametrize("command", ["plan", "drift"])
def test_plan_and_drift_print_a_valid_log_of_the_problems_of_an_invalid_file(command):
    run = warden(command, "--format", "sarif", os.path.join("Tests", "DesiredStateTests", "Fixtures", "invalid", "many-errors.yaml"))
    assert run.returncode == 1
    log = json.loads(run.stdout)
    assert errors(log) == []
    assert len(log["runs"][0]["results"]) > 1
