"""warden-bench's boto3 baseline (Sources/warden-bench/boto3_baseline.py) reads every resource of a small
account from `warden-emulator`, with exactly the reads a plan makes, so the benchmark compares like with like."""
import collections
import json
import os
import subprocess
import sys
import urllib.request

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "Sources", "warden-bench", "boto3_baseline.py")

SEED = """
connect:
  instances:
    - alias: bench-one
      region: eu-west-2
      securityProfiles:
        - { name: Team 001, permissions: [BasicAgentAccess] }
        - { name: Team 002, permissions: [BasicAgentAccess] }
    - alias: bench-two
      region: eu-west-2
    - alias: elsewhere
      region: us-east-1
rolesAnywhere:
  profiles:
    - { name: workload-1, region: eu-west-2, roleArns: [arn:aws:iam::111122223333:role/W] }
    - { name: workload-2, region: eu-west-2, roleArns: [arn:aws:iam::111122223333:role/W], tags: { a: b } }
    - { name: workload-3, region: eu-west-2, roleArns: [arn:aws:iam::111122223333:role/W] }
"""


def emulator_binary():
    bin_dir = os.environ.get("WARDEN_BIN_DIR") or subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    path = os.path.join(bin_dir, "warden-emulator")
    if not os.path.exists(path):
        pytest.fail(f"{path} does not exist: run `swift build --product warden-emulator` first")
    return path


@pytest.fixture
def emulator(tmp_path):
    seed = tmp_path / "seed.yaml"
    seed.write_text(SEED)
    log = open(tmp_path / "emulator.log", "w")
    process = subprocess.Popen([emulator_binary(), "--port", "0", "--seed-file", str(seed), "--no-throttle"],
                               stdout=subprocess.PIPE, stderr=log, text=True)
    line = process.stdout.readline()
    assert line.startswith("warden-emulator listening on "), line
    yield line.split()[-1]
    process.terminate()
    assert process.wait(timeout=20) == 0
    log.close()


def test_the_baseline_reads_everything_a_plan_reads_in_one_region(emulator):
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "AWS_ACCESS_KEY_ID": "AKIDWARDENEMULATOR",
        "AWS_SECRET_ACCESS_KEY": "warden-emulator-secret",
        "AWS_CONFIG_FILE": "/nonexistent/config",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
    }
    finished = subprocess.run([sys.executable, SCRIPT, emulator, "eu-west-2"], env=environment,
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    # Every instance starts with AWS's four default security profiles and one authentication profile.
    assert json.loads(finished.stdout) == {
        "securityProfiles": 4 + 2 + 4, "authenticationProfiles": 2, "rolesAnywhereProfiles": 3}

    with urllib.request.urlopen(emulator + "/_emulator/calls") as response:
        calls = collections.Counter(f"{c['service']} {c['operation']}" for c in json.loads(response.read()))
    assert calls == {
        "sts GetCallerIdentity": 1,
        "connect ListInstances": 1,
        "connect ListUserHierarchyGroups": 2, "connect ListContactFlowModules": 2,
        "connect ListAuthenticationProfiles": 2, "connect DescribeAuthenticationProfile": 2,
        "connect ListSecurityProfiles": 2, "connect DescribeSecurityProfile": 10,
        "connect ListSecurityProfilePermissions": 10, "connect ListSecurityProfileApplications": 10,
        "connect ListSecurityProfileFlowModules": 10,
        "rolesanywhere ListProfiles": 1, "rolesanywhere ListTagsForResource": 3,
    }
