"""The admin routes: the call log, reset, and the state file across a restart."""
import json
import subprocess

import pytest
from botocore.exceptions import ClientError, ConnectionClosedError

from emulator_harness import ACCOUNT, PROD_ID, SALES_AGENT_ID, Emulator, emulator_binary


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


def test_a_dropped_connection_applies_nothing(tmp_path):
    running = Emulator(tmp_path, "--no-throttle", "--drop-connection-rate", "1")
    try:
        with pytest.raises(ConnectionClosedError):
            running.client("connect").create_security_profile(InstanceId=PROD_ID, SecurityProfileName="Lost")
        assert running.calls() == [
            {"service": "connect", "operation": "CreateSecurityProfile", "region": "eu-west-2", "status": 0,
             "parameters": {"InstanceId": PROD_ID, "SecurityProfileName": "Lost"}, "fault": "dropConnection"}]
        names = [p["name"] for region in running.admin("GET", "/_emulator/state")["regions"].values()
                 for i in region["connectInstances"] for p in i["securityProfiles"]]
        assert "Lost" not in names
    finally:
        assert running.stop() == 0


def test_a_dropped_response_still_applies_the_change(tmp_path):
    running = Emulator(tmp_path, "--no-throttle", "--drop-response-rate", "1")
    try:
        with pytest.raises(ConnectionClosedError):
            running.client("connect").create_security_profile(InstanceId=PROD_ID, SecurityProfileName="Applied")
        [call] = running.calls()
        assert (call["operation"], call["status"], call["fault"]) == ("CreateSecurityProfile", 200, "dropResponse")
        names = [p["name"] for region in running.admin("GET", "/_emulator/state")["regions"].values()
                 for i in region["connectInstances"] for p in i["securityProfiles"]]
        assert "Applied" in names
    finally:
        assert running.stop() == 0
