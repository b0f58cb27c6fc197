"""Throttling with AWS's default quotas: Connect allows a burst of 5 per operation (2 per second after it);
Roles Anywhere meters profile operations and tagging operations in separate buckets. Retries are off, so
the 429 ThrottlingException reaches the test."""
import pytest
from botocore.exceptions import ClientError

from emulator_harness import CONNECT_OPS_ID, PROD_ID, Emulator, error_of


@pytest.fixture
def throttled(tmp_path):
    running = Emulator(tmp_path)
    yield running
    assert running.stop() == 0


def outcomes(call, count):
    results = []
    for _ in range(count):
        try:
            call()
            results.append("ok")
        except ClientError as error:
            results.append((error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]))
    return results


def test_connect_throttles_after_the_burst(throttled):
    connect = throttled.client("connect")
    results = outcomes(lambda: connect.describe_instance(InstanceId=PROD_ID), 15)
    assert results[:5] == ["ok"] * 5
    assert ("ThrottlingException", 429) in results[5:]


def test_connect_quotas_are_per_operation(throttled):
    connect = throttled.client("connect")
    outcomes(lambda: connect.describe_instance(InstanceId=PROD_ID), 8)
    assert outcomes(lambda: connect.list_instances(), 1) == ["ok"]


def test_the_throttling_message(throttled):
    connect = throttled.client("connect")
    with pytest.raises(ClientError) as excinfo:
        for _ in range(20):
            connect.list_security_profiles(InstanceId=PROD_ID)
    assert error_of(excinfo) == ("ThrottlingException", "Rate exceeded", 429)


def test_roles_anywhere_profile_operations_share_a_bucket(throttled):
    ra = throttled.client("rolesanywhere")
    results = outcomes(lambda: ra.list_profiles(), 3) + outcomes(lambda: ra.get_profile(profileId=CONNECT_OPS_ID), 4)
    assert results[0] == "ok"
    assert ("ThrottlingException", 429) in results[1:]
    arn = f"arn:aws:rolesanywhere:eu-west-2:111122223333:profile/{CONNECT_OPS_ID}"
    assert outcomes(lambda: ra.list_tags_for_resource(resourceArn=arn), 1) == ["ok"]


def test_quota_scale_raises_the_burst(tmp_path):
    fast = Emulator(tmp_path, "--quota-scale", "100")
    try:
        connect = fast.client("connect")
        assert outcomes(lambda: connect.describe_instance(InstanceId=PROD_ID), 40) == ["ok"] * 40
    finally:
        assert fast.stop() == 0
