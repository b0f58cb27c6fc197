"""The admin routes: the call log, reset, and the state file across a restart."""
import json

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, PROD_ID, SALES_AGENT_ID, Emulator, error_of


def test_the_call_log_lists_calls_in_order(emulator, connect, ra):
    created = connect.create_security_profile(InstanceId=PROD_ID, SecurityProfileName="Logged")
    with pytest.raises(ClientError):
        connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId="missing")
    ra.list_profiles()
    calls = emulator.calls()
    assert calls == [
        {"service": "connect", "operation": "CreateSecurityProfile", "region": "eu-west-2", "status": 200,
         "parameters": {"InstanceId": PROD_ID, "SecurityProfileName": "Logged",
                        "SecurityProfileId": created["SecurityProfileId"],
                        "SecurityProfileArn": created["SecurityProfileArn"]}},
        {"service": "connect", "operation": "DescribeSecurityProfile", "region": "eu-west-2", "status": 404,
         "errorCode": "ResourceNotFoundException",
         "parameters": {"InstanceId": PROD_ID, "SecurityProfileId": "missing"}},
        {"service": "rolesanywhere", "operation": "ListProfiles", "region": "eu-west-2", "status": 200,
         "parameters": {}},
    ]
    emulator.admin("DELETE", "/_emulator/calls")
    assert emulator.calls() == []


def test_reset_returns_to_the_seed(emulator, connect):
    connect.delete_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)
    emulator.admin("POST", "/_emulator/reset")
    assert connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)[
        "SecurityProfile"]["SecurityProfileName"] == "SalesAgent"


def test_state_survives_a_restart(tmp_path):
    state = tmp_path / "state.json"
    first = Emulator(tmp_path, "--no-throttle", "--state", str(state))
    created = first.client("connect").create_security_profile(InstanceId=PROD_ID, SecurityProfileName="Kept")
    assert first.stop() == 0
    assert json.loads(state.read_text())["regions"]["eu-west-2"]
    second = Emulator(tmp_path, "--no-throttle", "--state", str(state))
    try:
        profile = second.client("connect").describe_security_profile(
            InstanceId=PROD_ID, SecurityProfileId=created["SecurityProfileId"])["SecurityProfile"]
        assert profile["SecurityProfileName"] == "Kept"
    finally:
        assert second.stop() == 0


def test_a_non_loopback_host_is_refused(tmp_path):
    import subprocess
    from conftest import emulator_binary
    result = subprocess.run([emulator_binary(), "--host", "0.0.0.0"], capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert result.stdout == ""
    assert "loopback" in result.stderr


def test_injected_errors_are_reproducible(tmp_path):
    def run(seed):
        running = Emulator(tmp_path, "--no-throttle", "--error-rate", "0.5", "--seed", str(seed))
        try:
            connect = running.client("connect")
            codes = []
            for _ in range(12):
                try:
                    connect.list_instances()
                    codes.append(200)
                except ClientError as error:
                    codes.append(error.response["ResponseMetadata"]["HTTPStatusCode"])
            return codes
        finally:
            running.stop()

    first, second = run(42), run(42)
    assert first == second
    assert set(first) <= {200, 500, 503} and len(set(first)) > 1


def test_the_account_is_the_seeds(emulator, sts):
    assert sts.get_caller_identity()["Account"] == ACCOUNT
