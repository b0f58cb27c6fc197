"""Authentication profiles: the default every instance has, partial updates, CIDR checks (IPv4 and IPv6,
despite the model's IpCidr pattern, see DESIGN.md section 1) and the model's duration ranges."""
import datetime

import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, PROD_ID, STAGING_ID, body, error_of

UTC = datetime.timezone.utc
PROD_ARN = f"arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{PROD_ID}"


def default_profile(connect, instance=PROD_ID):
    profiles = connect.list_authentication_profiles(InstanceId=instance)["AuthenticationProfileSummaryList"]
    return [p for p in profiles if p["IsDefault"]][0]


def test_each_instance_has_one_default_profile(emulator):
    staging = emulator.client("connect", region="us-east-1")
    listed = body(staging.list_authentication_profiles(InstanceId=STAGING_ID))
    assert len(listed["AuthenticationProfileSummaryList"]) == 1
    summary = listed["AuthenticationProfileSummaryList"][0]
    assert summary["IsDefault"] is True
    assert summary["Arn"] == (
        f"arn:aws:connect:us-east-1:{ACCOUNT}:instance/{STAGING_ID}/authentication-profile/{summary['Id']}")
    profile = staging.describe_authentication_profile(
        InstanceId=STAGING_ID, AuthenticationProfileId=summary["Id"])["AuthenticationProfile"]
    assert profile["IsDefault"] is True
    assert 360 <= profile["MaxSessionDuration"] <= 720
    assert profile["AllowedIps"] == [] and profile["BlockedIps"] == []
    assert profile["CreatedTime"] == datetime.datetime(2023, 6, 1, 12, 0, tzinfo=UTC)


def test_describe_shows_the_seeded_settings(connect):
    summary = default_profile(connect)
    profile = connect.describe_authentication_profile(
        InstanceId=PROD_ID, AuthenticationProfileId=summary["Id"])["AuthenticationProfile"]
    assert profile["Id"] == summary["Id"]
    assert profile["Arn"] == f"{PROD_ARN}/authentication-profile/{summary['Id']}"
    assert profile["Name"] == summary["Name"]
    assert profile["AllowedIps"] == ["203.0.113.0/24"]
    assert profile["PeriodicSessionDuration"] == 45
    assert profile["LastModifiedRegion"] == "eu-west-2"


def test_update_changes_only_what_it_carries(connect):
    profile_id = default_profile(connect)["Id"]
    before = connect.describe_authentication_profile(
        InstanceId=PROD_ID, AuthenticationProfileId=profile_id)["AuthenticationProfile"]
    response = connect.update_authentication_profile(
        InstanceId=PROD_ID, AuthenticationProfileId=profile_id,
        AllowedIps=["198.51.100.0/24", "2001:db8::/32"], SessionInactivityHandlingEnabled=True,
        SessionInactivityDuration=45)
    assert body(response) == {}
    after = connect.describe_authentication_profile(
        InstanceId=PROD_ID, AuthenticationProfileId=profile_id)["AuthenticationProfile"]
    assert after["AllowedIps"] == ["198.51.100.0/24", "2001:db8::/32"]
    assert after["SessionInactivityHandlingEnabled"] is True
    assert after["SessionInactivityDuration"] == 45
    assert after["LastModifiedTime"] > before["LastModifiedTime"]
    unchanged = ("Name", "BlockedIps", "PeriodicSessionDuration", "MaxSessionDuration", "CreatedTime", "IsDefault")
    assert {k: after.get(k) for k in unchanged} == {k: before.get(k) for k in unchanged}


def test_an_empty_list_empties(connect):
    profile_id = default_profile(connect)["Id"]
    connect.update_authentication_profile(InstanceId=PROD_ID, AuthenticationProfileId=profile_id, AllowedIps=[])
    assert connect.describe_authentication_profile(
        InstanceId=PROD_ID, AuthenticationProfileId=profile_id)["AuthenticationProfile"]["AllowedIps"] == []


def test_invalid_cidrs_are_refused(raw_connect):
    profile_id = default_profile(raw_connect)["Id"]
    with pytest.raises(ClientError) as excinfo:
        raw_connect.update_authentication_profile(
            InstanceId=PROD_ID, AuthenticationProfileId=profile_id,
            AllowedIps=["10.0.0.0/8", "10.0.0.0/33"], BlockedIps=["2001:db8::/129"])
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)
    assert message.startswith("2 validation errors detected: ")
    assert "'10.0.0.0/33' at 'allowedIps.2.member'" in message
    assert "'2001:db8::/129' at 'blockedIps.1.member'" in message


def test_session_durations_have_the_models_ranges(raw_connect):
    profile_id = default_profile(raw_connect)["Id"]
    with pytest.raises(ClientError) as excinfo:
        raw_connect.update_authentication_profile(
            InstanceId=PROD_ID, AuthenticationProfileId=profile_id, PeriodicSessionDuration=5,
            SessionInactivityDuration=721)
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "2 validation errors detected: "
        "Value '5' at 'periodicSessionDuration' failed to satisfy constraint: "
        "Member must have value greater than or equal to 10; "
        "Value '721' at 'sessionInactivityDuration' failed to satisfy constraint: "
        "Member must have value less than or equal to 720",
        400,
    )


def test_unknown_authentication_profile(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.describe_authentication_profile(InstanceId=PROD_ID, AuthenticationProfileId="nope")
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)
