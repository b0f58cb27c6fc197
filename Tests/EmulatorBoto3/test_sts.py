"""STS over the query protocol: GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity (unsigned), and
the temporary credentials they hand out being accepted by the other services."""
import base64
import datetime
import json
import re
import time

import boto3
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from emulator_harness import ACCESS_KEY, ACCOUNT, PROD_ID, body, error_of

UTC = datetime.timezone.utc


def jwt(claims):
    def part(value):
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


def test_get_caller_identity(sts):
    identity = body(sts.get_caller_identity())
    assert identity["Account"] == ACCOUNT
    assert identity["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/warden-ci"
    assert identity["UserId"].startswith("AIDA")


def test_responses_are_xml_in_the_sts_namespace(sts):
    raw = {}

    def capture(response_dict, **_):
        raw["body"] = response_dict["body"].decode()

    sts.meta.events.register("before-parse.sts.GetCallerIdentity", capture)
    sts.get_caller_identity()
    assert raw["body"].startswith('<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">'
                                  "<GetCallerIdentityResult>")
    assert "<ResponseMetadata><RequestId>" in raw["body"]


def test_assume_role(sts):
    before = datetime.datetime.now(UTC)
    response = body(sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy", RoleSessionName="deploy-1",
                                    DurationSeconds=1800))
    credentials = response["Credentials"]
    assert re.fullmatch(r"ASIA[A-Z0-9]{16}", credentials["AccessKeyId"])
    assert len(credentials["SecretAccessKey"]) == 40
    assert credentials["SessionToken"]
    expected = before + datetime.timedelta(seconds=1800)
    assert abs((credentials["Expiration"] - expected).total_seconds()) < 5
    assert response["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/WardenDeploy/deploy-1"
    assert re.fullmatch(r"AROA[A-Z0-9]+:deploy-1", response["AssumedRoleUser"]["AssumedRoleId"])


def test_session_credentials_work_and_need_their_token(emulator, sts):
    credentials = sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/ConnectOps",
                                  RoleSessionName="ops")["Credentials"]
    session = dict(access_key=credentials["AccessKeyId"], secret_key=credentials["SecretAccessKey"],
                   session_token=credentials["SessionToken"])
    assumed = emulator.client("sts", **session).get_caller_identity()
    assert assumed["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/ConnectOps/ops"
    assert assumed["UserId"].endswith(":ops")
    assert emulator.client("connect", **session).describe_instance(InstanceId=PROD_ID)["Instance"]["Id"] == PROD_ID
    without_token = dict(session, session_token=None)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("connect", **without_token).describe_instance(InstanceId=PROD_ID)
    assert error_of(excinfo) == ("UnrecognizedClientException",
                                 "The security token included in the request is invalid.", 403)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("sts", **without_token).get_caller_identity()
    assert error_of(excinfo)[0::2] == ("InvalidClientTokenId", 403)


def test_role_chaining_is_limited_to_one_hour(emulator, sts):
    credentials = sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/ConnectOps",
                                  RoleSessionName="ops")["Credentials"]
    chained = emulator.client("sts", access_key=credentials["AccessKeyId"], secret_key=credentials["SecretAccessKey"],
                              session_token=credentials["SessionToken"])
    with pytest.raises(ClientError) as excinfo:
        chained.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy", RoleSessionName="xy",
                            DurationSeconds=7200)
    assert error_of(excinfo)[0::2] == ("ValidationError", 400)


def test_duration_beyond_the_roles_maximum(sts):
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/ConnectOps", RoleSessionName="xy", DurationSeconds=7200)
    assert error_of(excinfo) == (
        "ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", 400)


def test_a_role_the_seed_does_not_list_is_denied(sts):
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/Unknown", RoleSessionName="xy")
    assert error_of(excinfo) == (
        "AccessDenied",
        f"User: arn:aws:iam::{ACCOUNT}:user/warden-ci is not authorized to perform: sts:AssumeRole on resource: "
        f"arn:aws:iam::{ACCOUNT}:role/Unknown",
        403,
    )


def test_assume_role_validation(sts):
    with pytest.raises(ClientError) as excinfo:
        boto3.client("sts", endpoint_url=sts.meta.endpoint_url, region_name="eu-west-2",
                     aws_access_key_id=ACCESS_KEY, aws_secret_access_key="warden-emulator-secret",
                     config=Config(parameter_validation=False, retries={"total_max_attempts": 1})
                     ).assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy", RoleSessionName="x")
    assert error_of(excinfo) == (
        "ValidationError",
        "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: "
        "Member must have length greater than or equal to 2",
        400,
    )


def test_a_malformed_session_policy(sts):
    with pytest.raises(ClientError) as excinfo:
        sts.assume_role(RoleArn=f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy", RoleSessionName="xy", Policy="{not json")
    assert error_of(excinfo)[0::2] == ("MalformedPolicyDocument", 400)


def test_assume_role_with_web_identity_is_unsigned(emulator):
    anonymous = boto3.client("sts", endpoint_url=emulator.url, region_name="eu-west-2",
                             config=Config(signature_version=UNSIGNED, retries={"total_max_attempts": 1}))
    token = jwt({"iss": "https://token.actions.githubusercontent.com", "sub": "repo:acme/cc:ref:refs/heads/main",
                 "aud": "sts.amazonaws.com", "exp": int(time.time()) + 600})
    response = body(anonymous.assume_role_with_web_identity(
        RoleArn=f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy", RoleSessionName="gha", WebIdentityToken=token))
    assert response["SubjectFromWebIdentityToken"] == "repo:acme/cc:ref:refs/heads/main"
    assert response["Audience"] == "sts.amazonaws.com"
    assert response["Provider"] == "https://token.actions.githubusercontent.com"
    assert response["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/WardenDeploy/gha"
    assert response["Credentials"]["AccessKeyId"].startswith("ASIA")


def test_web_identity_token_checks(emulator):
    anonymous = boto3.client("sts", endpoint_url=emulator.url, region_name="eu-west-2",
                             config=Config(signature_version=UNSIGNED, retries={"total_max_attempts": 1}))
    role = f"arn:aws:iam::{ACCOUNT}:role/WardenDeploy"
    with pytest.raises(ClientError) as excinfo:
        anonymous.assume_role_with_web_identity(RoleArn=role, RoleSessionName="gha", WebIdentityToken="opaque-token")
    assert error_of(excinfo)[0::2] == ("InvalidIdentityToken", 400)
    expired = jwt({"iss": "https://token.actions.githubusercontent.com", "sub": "s", "aud": "a",
                   "exp": int(time.time()) - 60})
    with pytest.raises(ClientError) as excinfo:
        anonymous.assume_role_with_web_identity(RoleArn=role, RoleSessionName="gha", WebIdentityToken=expired)
    assert error_of(excinfo)[0::2] == ("ExpiredTokenException", 400)
    untrusted = jwt({"iss": "https://accounts.example.com", "sub": "s", "aud": "a"})
    with pytest.raises(ClientError) as excinfo:
        anonymous.assume_role_with_web_identity(RoleArn=role, RoleSessionName="gha", WebIdentityToken=untrusted)
    assert error_of(excinfo)[0::2] == ("InvalidIdentityToken", 400)
