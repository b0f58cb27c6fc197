"""IAM Roles Anywhere profiles: every profile operation and the tagging calls, ISO-8601 timestamps, default
attribute mappings (IAM Roles Anywhere User Guide, "Default mapping behavior"), 201 for CreateProfile and
TagResource, ValidationException / ResourceNotFoundException as the model declares."""
import datetime

import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, CI_READONLY_ID, CONNECT_OPS_ID, body, error_of

UTC = datetime.timezone.utc
CONNECT_OPS_ARN = f"arn:aws:rolesanywhere:eu-west-2:{ACCOUNT}:profile/{CONNECT_OPS_ID}"
DEFAULT_MAPPINGS = [
    {"certificateField": "x509Issuer", "mappingRules": [{"specifier": "*"}]},
    {"certificateField": "x509SAN", "mappingRules": [{"specifier": "DNS"}, {"specifier": "URI"},
                                                     {"specifier": "Name/*"}]},
    {"certificateField": "x509Subject", "mappingRules": [{"specifier": "*"}]},
]
SEEDED_CONNECT_OPS = {
    "profileId": CONNECT_OPS_ID,
    "profileArn": CONNECT_OPS_ARN,
    "name": "connect-ops",
    "requireInstanceProperties": False,
    "enabled": True,
    "createdBy": f"arn:aws:iam::{ACCOUNT}:user/warden-ci",
    "roleArns": [f"arn:aws:iam::{ACCOUNT}:role/ConnectOps"],
    "managedPolicyArns": [],
    "createdAt": datetime.datetime(2024, 2, 1, 8, 0, tzinfo=UTC),
    "updatedAt": datetime.datetime(2024, 2, 1, 8, 0, tzinfo=UTC),
    "durationSeconds": 3600,
    "acceptRoleSessionName": True,
    "attributeMappings": DEFAULT_MAPPINGS,
}


def test_get_profile(ra):
    assert body(ra.get_profile(profileId=CONNECT_OPS_ID)) == {"profile": SEEDED_CONNECT_OPS}


def test_timestamps_are_iso8601_strings_on_the_wire(ra):
    raw = {}

    def capture(response_dict, **_):
        raw["body"] = response_dict["body"].decode()

    ra.meta.events.register("before-parse.rolesanywhere.GetProfile", capture)
    ra.get_profile(profileId=CONNECT_OPS_ID)
    assert '"createdAt":"2024-02-01T08:00:00' in raw["body"].replace(" ", "")


def test_list_profiles_and_pages(ra):
    listed = body(ra.list_profiles())
    assert [p["profileId"] for p in listed["profiles"]] == [CONNECT_OPS_ID, CI_READONLY_ID]
    assert listed["profiles"][0] == SEEDED_CONNECT_OPS
    first = ra.list_profiles(pageSize=1)
    assert [p["name"] for p in first["profiles"]] == ["connect-ops"]
    second = ra.list_profiles(pageSize=1, nextToken=first["nextToken"])
    assert [p["name"] for p in second["profiles"]] == ["ci-readonly"]
    assert "nextToken" not in second
    names = [p["name"] for page in ra.get_paginator("list_profiles").paginate() for p in page["profiles"]]
    assert names == ["connect-ops", "ci-readonly"]


def test_profiles_live_in_their_region(emulator):
    assert emulator.client("rolesanywhere", region="us-east-1").list_profiles()["profiles"] == []


def test_create_profile_answers_201_with_defaults(ra):
    before = datetime.datetime.now(UTC) - datetime.timedelta(seconds=1)
    response = ra.create_profile(name="warden test", roleArns=[f"arn:aws:iam::{ACCOUNT}:role/X"],
                                 tags=[{"key": "team", "value": "cc"}])
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 201
    profile = response["profile"]
    profile_id = profile.pop("profileId")
    assert len(profile_id) == 36
    created, updated = profile.pop("createdAt"), profile.pop("updatedAt")
    assert before <= created == updated <= datetime.datetime.now(UTC) + datetime.timedelta(seconds=1)
    assert profile == {
        "profileArn": f"arn:aws:rolesanywhere:eu-west-2:{ACCOUNT}:profile/{profile_id}",
        "name": "warden test",
        "requireInstanceProperties": False,
        "enabled": False,
        "createdBy": f"arn:aws:iam::{ACCOUNT}:user/warden-ci",
        "roleArns": [f"arn:aws:iam::{ACCOUNT}:role/X"],
        "managedPolicyArns": [],
        "durationSeconds": 3600,
        "acceptRoleSessionName": False,
        "attributeMappings": DEFAULT_MAPPINGS,
    }
    assert ra.list_tags_for_resource(resourceArn=f"arn:aws:rolesanywhere:eu-west-2:{ACCOUNT}:profile/{profile_id}")[
        "tags"] == [{"key": "team", "value": "cc"}]


def test_update_profile_is_a_partial_patch(ra):
    policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}'
    profile = ra.update_profile(profileId=CONNECT_OPS_ID, durationSeconds=7200, sessionPolicy=policy)["profile"]
    assert profile["durationSeconds"] == 7200
    assert profile["sessionPolicy"] == policy
    assert profile["roleArns"] == SEEDED_CONNECT_OPS["roleArns"]
    assert profile["name"] == "connect-ops"
    assert profile["updatedAt"] > SEEDED_CONNECT_OPS["updatedAt"]
    assert profile["createdAt"] == SEEDED_CONNECT_OPS["createdAt"]
    assert ra.get_profile(profileId=CONNECT_OPS_ID)["profile"] == profile


def test_enable_and_disable(ra):
    assert ra.disable_profile(profileId=CONNECT_OPS_ID)["profile"]["enabled"] is False
    assert ra.get_profile(profileId=CONNECT_OPS_ID)["profile"]["enabled"] is False
    assert ra.enable_profile(profileId=CONNECT_OPS_ID)["profile"]["enabled"] is True


def test_delete_profile_returns_it(ra):
    deleted = ra.delete_profile(profileId=CI_READONLY_ID)["profile"]
    assert deleted["profileId"] == CI_READONLY_ID
    with pytest.raises(ClientError) as excinfo:
        ra.get_profile(profileId=CI_READONLY_ID)
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)


def test_put_and_delete_attribute_mappings(ra):
    profile = ra.put_attribute_mapping(profileId=CONNECT_OPS_ID, certificateField="x509Subject",
                                       mappingRules=[{"specifier": "CN"}, {"specifier": "OU"}])["profile"]
    subject = [m for m in profile["attributeMappings"] if m["certificateField"] == "x509Subject"]
    assert subject == [{"certificateField": "x509Subject", "mappingRules": [{"specifier": "CN"}, {"specifier": "OU"}]}]
    profile = ra.delete_attribute_mapping(profileId=CONNECT_OPS_ID, certificateField="x509Subject",
                                          specifiers=["OU"])["profile"]
    subject = [m for m in profile["attributeMappings"] if m["certificateField"] == "x509Subject"]
    assert subject == [{"certificateField": "x509Subject", "mappingRules": [{"specifier": "CN"}]}]
    profile = ra.delete_attribute_mapping(profileId=CONNECT_OPS_ID, certificateField="x509SAN")["profile"]
    assert [m["certificateField"] for m in profile["attributeMappings"]] == ["x509Issuer", "x509Subject"]


def test_tags(ra):
    assert body(ra.list_tags_for_resource(resourceArn=CONNECT_OPS_ARN)) == {
        "tags": [{"key": "team", "value": "contact-center"}]}
    response = ra.tag_resource(resourceArn=CONNECT_OPS_ARN, tags=[{"key": "owner", "value": "ops"}])
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 201
    assert body(response) == {}
    assert ra.list_tags_for_resource(resourceArn=CONNECT_OPS_ARN)["tags"] == [
        {"key": "team", "value": "contact-center"}, {"key": "owner", "value": "ops"}]
    assert body(ra.untag_resource(resourceArn=CONNECT_OPS_ARN, tagKeys=["team"])) == {}
    assert ra.list_tags_for_resource(resourceArn=CONNECT_OPS_ARN)["tags"] == [{"key": "owner", "value": "ops"}]


def test_too_many_tags(ra):
    tags = [{"key": f"k{i}", "value": "v"} for i in range(50)]
    with pytest.raises(ClientError) as excinfo:
        ra.tag_resource(resourceArn=CONNECT_OPS_ARN, tags=tags)
    assert error_of(excinfo)[0::2] == ("TooManyTagsException", 400)


def test_unknown_profile_id(ra):
    unknown = "00000000-0000-4000-8000-000000000000"
    for call in (ra.get_profile, ra.enable_profile, ra.disable_profile, ra.delete_profile):
        with pytest.raises(ClientError) as excinfo:
            call(profileId=unknown)
        code, message, status = error_of(excinfo)
        assert (code, status) == ("ResourceNotFoundException", 404)
    with pytest.raises(ClientError) as excinfo:
        ra.update_profile(profileId=unknown, name="x")
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)
    with pytest.raises(ClientError) as excinfo:
        ra.list_tags_for_resource(resourceArn=f"arn:aws:rolesanywhere:eu-west-2:{ACCOUNT}:profile/{unknown}")
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)


def test_a_malformed_profile_id_is_a_validation_error(raw_ra):
    with pytest.raises(ClientError) as excinfo:
        raw_ra.get_profile(profileId="not-a-uuid")
    code, message, status = error_of(excinfo)
    assert (code, status) == ("ValidationException", 400)
    assert message == (
        "2 validation errors detected: "
        "Value 'not-a-uuid' at 'profileId' failed to satisfy constraint: Member must have length greater than or "
        "equal to 36; "
        "Value 'not-a-uuid' at 'profileId' failed to satisfy constraint: Member must satisfy regular expression "
        "pattern: .*[a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}.*")


def test_create_validation(raw_ra):
    with pytest.raises(ClientError) as excinfo:
        raw_ra.create_profile(name="", durationSeconds=60)
    code, message, status = error_of(excinfo)
    assert (code, status) == ("ValidationException", 400)
    assert message == (
        "3 validation errors detected: "
        "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or "
        "equal to 900; "
        "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; "
        "Value null at 'roleArns' failed to satisfy constraint: Member must not be null")


def test_errors_carry_a_lower_case_message_member(raw_ra):
    raw = {}

    def capture(response_dict, **_):
        raw["body"] = response_dict["body"].decode()
        raw["type"] = response_dict["headers"].get("x-amzn-ErrorType")

    raw_ra.meta.events.register("before-parse.rolesanywhere.GetProfile", capture)
    with pytest.raises(ClientError):
        raw_ra.get_profile(profileId="00000000-0000-4000-8000-000000000000")
    assert raw["type"] == "ResourceNotFoundException"
    assert raw["body"].startswith('{"message":')
