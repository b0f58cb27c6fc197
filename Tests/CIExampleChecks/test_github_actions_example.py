"""examples/ci/github-actions.yml is a valid workflow that does what README.md says it does."""

import os
import pathlib
import re
import subprocess

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORKFLOW_PATH = ROOT / "examples" / "ci" / "github-actions.yml"


def load():
    workflow = yaml.safe_load(WORKFLOW_PATH.read_text())
    # PyYAML reads YAML 1.1, where the key `on` is the boolean true; GitHub reads it as "on".
    if True in workflow:
        workflow["on"] = workflow.pop(True)
    return workflow


def steps(job):
    return load()["jobs"][job]["steps"]


def runs(job):
    return "\n".join(step.get("run", "") for step in steps(job))


def uses(job):
    return [step["uses"].split("@")[0] for step in steps(job) if "uses" in step]


def test_it_parses_as_yaml_with_the_three_triggers():
    workflow = load()
    assert set(workflow["on"]) == {"pull_request", "push", "schedule", "workflow_dispatch"}
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert re.fullmatch(r"[0-9*/,-]+ [0-9*/,-]+ \* \* \*", workflow["on"]["schedule"][0]["cron"])
    assert workflow["permissions"] == {"contents": "read"}


def test_every_job_that_reaches_aws_gets_credentials_through_oidc():
    workflow = load()
    for name in ["plan", "plan-main", "apply", "drift"]:
        job = workflow["jobs"][name]
        assert job["permissions"]["id-token"] == "write", name
        credentials = [step for step in job["steps"] if step.get("uses", "").startswith("aws-actions/configure-aws-credentials@")]
        assert len(credentials) == 1, name
        assert credentials[0]["with"]["role-to-assume"].startswith("${{ env."), name
        assert "aws-access-key-id" not in credentials[0]["with"], name
    assert workflow["jobs"]["apply"]["steps"][-2]["with"]["role-to-assume"] == "${{ env.APPLY_ROLE_ARN }}"


def test_pull_requests_get_the_markdown_plan_as_a_comment():
    job = load()["jobs"]["plan"]
    assert job["if"] == "github.event_name == 'pull_request'"
    assert job["permissions"]["pull-requests"] == "write"
    assert (
        'warden plan "$WARDEN_FILE" --var-file "$WARDEN_VARS" --strict --format markdown --detailed-exitcode -o plan.json'
        in runs("plan")
    )
    assert "actions/github-script" in uses("plan")
    assert 'warden validate --strict "$WARDEN_FILE"' in runs("plan")


def test_main_applies_exactly_the_saved_plan():
    jobs = load()["jobs"]
    assert 'warden plan "$WARDEN_FILE" --var-file "$WARDEN_VARS" --strict --detailed-exitcode -o plan.json' in runs(
        "plan-main"
    )
    assert "actions/upload-artifact" in uses("plan-main")
    apply = jobs["apply"]
    # Only the environments whose saved plan has changes are applied, each in its own GitHub environment.
    assert "changes" in apply["needs"] and jobs["changes"]["needs"] == "plan-main"
    assert apply["if"] == "needs.changes.outputs.environments != '[]'"
    assert apply["strategy"]["matrix"]["environment"] == "${{ fromJSON(needs.changes.outputs.environments) }}"
    assert apply["environment"] == "${{ matrix.environment }}"
    assert "actions/download-artifact" in uses("apply")
    assert steps("apply")[-1]["run"] == "warden apply plan.json"


def test_the_nightly_drift_report_fails_the_run_on_drift():
    assert 'warden drift "$WARDEN_FILE" --var-file "$WARDEN_VARS" --strict --format markdown' in runs("drift")
    assert 'exit "$status"' in runs("drift")


def test_the_nightly_drift_keeps_one_issue_and_one_adopt_pull_request_per_file():
    drift = runs("drift")
    assert 'title="Warden drift: $WARDEN_FILE ($ENVIRONMENT)"' in drift
    assert "gh issue create" in drift and "gh issue edit" in drift and "gh issue close" in drift
    assert 'warden adopt "$WARDEN_FILE" --var-file "$WARDEN_VARS" --strict' in drift
    assert 'branch="warden/adopt/' in drift
    assert "gh pr create" in drift and "gh pr edit" in drift
    permissions = load()["jobs"]["drift"]["permissions"]
    assert permissions["issues"] == "write" and permissions["pull-requests"] == "write"
    assert permissions["contents"] == "write"


def test_every_run_script_is_valid_bash():
    for name, job in load()["jobs"].items():
        for step in job["steps"]:
            if "run" not in step:
                continue
            script = re.sub(r"\$\{\{[^}]*\}\}", "x", step["run"])
            check = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
            assert check.returncode == 0, f"{name}: {step.get('name')}: {check.stderr}"


def test_pull_requests_get_annotations_and_a_code_scanning_upload():
    job = load()["jobs"]["plan"]
    assert job["permissions"]["security-events"] == "write"
    assert 'warden validate --strict "$WARDEN_FILE" --var-file "$WARDEN_VARS" --format github' in runs("plan")
    assert 'warden validate --strict "$WARDEN_FILE" --var-file "$WARDEN_VARS" --format sarif > warden.sarif' in runs("plan")
    upload = [step for step in job["steps"] if step.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert len(upload) == 1
    assert upload[0]["with"]["sarif_file"] == "warden.sarif"
    assert upload[0]["if"].startswith("always()")


def warden_help(command):
    bin_dir = os.environ.get("WARDEN_BIN_DIR") or subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    run = subprocess.run([os.path.join(bin_dir, "warden"), command, "--help"], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, f"warden {command} --help: {run.stderr}"
    return run.stdout


def test_every_warden_command_in_the_workflow_exists_and_takes_its_options():
    """Each `warden SUBCOMMAND ...` line of a run script: the subcommand exists (its --help succeeds), each of
    its options is one the subcommand has, and each --format value is one it lists."""
    commands = re.findall(r"(?m)(?:^\s*|[;&|]\s*)warden ([a-z][a-z-]*)([^\n|>;&]*)", "\n".join(
        step.get("run", "") for job in load()["jobs"].values() for step in job["steps"]))
    assert {name for name, _ in commands} >= {"validate", "plan", "show", "apply", "drift"}
    helps = {}
    for name, rest in commands:
        help_text = helps.setdefault(name, warden_help(name))
        words = rest.split()
        for index, word in enumerate(words):
            if word.startswith("-"):
                option = word.split("=")[0]
                assert re.search(rf"(^|[\s,]){re.escape(option)}\b", help_text), f"warden {name} has no {option}"
            if word == "--format":
                assert re.search(rf"\b{words[index + 1]}\b", help_text.split("--format", 1)[1]), (name, words[index + 1])


def test_every_job_that_reaches_aws_runs_once_per_environment():
    jobs = load()["jobs"]
    environments = jobs["plan"]["strategy"]["matrix"]["include"]
    assert [entry["environment"] for entry in environments] == ["staging", "production"]
    assert {entry["vars"] for entry in environments} == {"warden/staging.vars.yaml", "warden/production.vars.yaml"}
    # Two accounts: each environment plans with its own account's role, in its own region.
    assert len({entry["plan-role"].split(":")[4] for entry in environments}) == 2
    for name in ["plan", "plan-main", "drift"]:
        assert jobs[name]["strategy"]["matrix"]["include"] == environments, name
        assert jobs[name]["env"]["WARDEN_VARS"] == "${{ matrix.vars }}", name
        assert jobs[name]["env"]["PLAN_ROLE_ARN"] == "${{ matrix.plan-role }}", name
    assert jobs["apply"]["env"]["APPLY_ROLE_ARN"] == "${{ vars.WARDEN_APPLY_ROLE_ARN }}"
