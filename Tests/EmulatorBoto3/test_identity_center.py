"""IAM Identity Center: `sso` GetRoleCredentials and `sso-oidc` CreateToken (both unsigned), the role credentials
being accepted by the other services as the permission set's role session, and botocore's own SSO credential
provider (token cache, refresh and all) working against the emulator."""
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import textwrap
import time

import boto3
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from emulator_harness import (ACCOUNT, PROD_ID, SSO_ACCESS_TOKEN, SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_EXPIRED_TOKEN,
                              SSO_REFRESH_TOKEN, SSO_USER, body, error_of)

ROLE_ARN = re.compile(rf"arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_ConnectAdmin_[0-9a-f]{{16}}/"
                      + re.escape(SSO_USER))


def unsigned(emulator, service, region="eu-west-2"):
    return boto3.client(service, endpoint_url=emulator.url, region_name=region,
                        config=Config(signature_version=UNSIGNED, retries={"total_max_attempts": 1}))


@pytest.fixture
def sso(emulator):
    return unsigned(emulator, "sso")


@pytest.fixture
def oidc(emulator):
    return unsigned(emulator, "sso-oidc")


def role_credentials(sso, token=SSO_ACCESS_TOKEN, role="ConnectAdmin", account=ACCOUNT):
    return sso.get_role_credentials(roleName=role, accountId=account, accessToken=token)["roleCredentials"]


def test_get_role_credentials(sso):
    before = time.time()
    credentials = role_credentials(sso)
    assert set(credentials) == {"accessKeyId", "secretAccessKey", "sessionToken", "expiration"}
    assert re.fullmatch(r"ASIA[A-Z0-9]{16}", credentials["accessKeyId"])
    assert len(credentials["secretAccessKey"]) == 40
    assert credentials["sessionToken"]
    # epoch milliseconds (the model's long), the role's sessionDuration of 7200 seconds from now
    assert isinstance(credentials["expiration"], int)
    assert abs(credentials["expiration"] / 1000 - (before + 7200)) < 5
    assert abs(role_credentials(sso, role="ReadOnly")["expiration"] / 1000 - (before + 3600)) < 5


def test_get_role_credentials_is_an_unsigned_get_with_the_token_in_a_header(emulator, sso):
    sent = {}

    def capture(request, **_):
        sent["method"], sent["url"], sent["headers"] = request.method, request.url, dict(request.headers)

    sso.meta.events.register("before-send.sso.GetRoleCredentials", capture)
    role_credentials(sso)
    assert sent["method"] == "GET"
    assert sent["url"] == f"{emulator.url}/federation/credentials?role_name=ConnectAdmin&account_id={ACCOUNT}"
    assert "Authorization" not in sent["headers"]
    assert sent["headers"]["x-amz-sso_bearer_token"] == SSO_ACCESS_TOKEN.encode()
    [call] = emulator.calls()
    assert call["service"] == "awsssoportal" and call["operation"] == "GetRoleCredentials"
    assert call["status"] == 200
    assert call["parameters"] == {"roleName": "ConnectAdmin", "accountId": ACCOUNT}


def test_role_credentials_are_a_session_of_the_permission_set_role(emulator, sso):
    credentials = role_credentials(sso)
    keys = dict(access_key=credentials["accessKeyId"], secret_key=credentials["secretAccessKey"],
                session_token=credentials["sessionToken"])
    identity = body(emulator.client("sts", **keys).get_caller_identity())
    assert identity["Account"] == ACCOUNT
    assert ROLE_ARN.fullmatch(identity["Arn"]), identity["Arn"]
    assert re.fullmatch(r"AROA[A-Z0-9]+:" + re.escape(SSO_USER), identity["UserId"])
    instances = emulator.client("connect", **keys).list_instances()["InstanceSummaryList"]
    assert PROD_ID in [instance["Id"] for instance in instances]
    profiles = emulator.client("rolesanywhere", **keys).list_profiles()["profiles"]
    assert "connect-ops" in [profile["name"] for profile in profiles]
    # and they need their session token, as STS's do
    without_token = dict(keys, session_token=None)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("connect", **without_token).list_instances()
    assert error_of(excinfo)[0] == "UnrecognizedClientException"


@pytest.mark.parametrize("token", ["not-a-token", SSO_EXPIRED_TOKEN])
def test_an_unknown_or_expired_token_is_unauthorized(sso, token):
    with pytest.raises(ClientError) as excinfo:
        role_credentials(sso, token=token)
    assert error_of(excinfo) == ("UnauthorizedException", "Session token not found or invalid", 401)


@pytest.mark.parametrize("role,account", [("Billing", ACCOUNT), ("ConnectAdmin", "999988887777")])
def test_a_role_not_assigned_to_the_user_is_forbidden(sso, role, account):
    with pytest.raises(ClientError) as excinfo:
        role_credentials(sso, role=role, account=account)
    assert error_of(excinfo) == ("ForbiddenException", "No access", 403)


def test_create_token_with_a_refresh_token(emulator, oidc, sso):
    sent = {}
    oidc.meta.events.register("before-send.sso-oidc.CreateToken",
                              lambda request, **_: sent.update(url=request.url, headers=dict(request.headers),
                                                               body=json.loads(request.body)))
    response = body(oidc.create_token(clientId=SSO_CLIENT_ID, clientSecret=SSO_CLIENT_SECRET,
                                      grantType="refresh_token", refreshToken=SSO_REFRESH_TOKEN))
    assert sent["url"] == f"{emulator.url}/token"
    assert "Authorization" not in sent["headers"]
    assert sent["body"] == {"clientId": SSO_CLIENT_ID, "clientSecret": SSO_CLIENT_SECRET,
                            "grantType": "refresh_token", "refreshToken": SSO_REFRESH_TOKEN}
    assert set(response) == {"accessToken", "tokenType", "expiresIn", "refreshToken"}
    assert response["tokenType"] == "Bearer"
    assert response["expiresIn"] == 3600
    assert response["accessToken"] != SSO_ACCESS_TOKEN
    assert response["refreshToken"] != SSO_REFRESH_TOKEN
    # the new access token works; the refresh token used does not work twice; the new one does
    assert role_credentials(sso, token=response["accessToken"])["accessKeyId"].startswith("ASIA")
    with pytest.raises(ClientError) as excinfo:
        oidc.create_token(clientId=SSO_CLIENT_ID, clientSecret=SSO_CLIENT_SECRET, grantType="refresh_token",
                          refreshToken=SSO_REFRESH_TOKEN)
    assert error_of(excinfo)[::2] == ("InvalidGrantException", 400)
    assert excinfo.value.response["error"] == "invalid_grant"
    assert excinfo.value.response["error_description"] == "Invalid refresh token provided"
    again = oidc.create_token(clientId=SSO_CLIENT_ID, clientSecret=SSO_CLIENT_SECRET, grantType="refresh_token",
                              refreshToken=response["refreshToken"])
    assert again["accessToken"] not in (SSO_ACCESS_TOKEN, response["accessToken"])
    assert [(call["service"], call["operation"]) for call in emulator.calls()] == [
        ("sso-oauth", "CreateToken"), ("awsssoportal", "GetRoleCredentials"), ("sso-oauth", "CreateToken"),
        ("sso-oauth", "CreateToken"),
    ]


@pytest.mark.parametrize("client_id,secret", [(SSO_CLIENT_ID, "wrong-secret"), ("unknown-client", SSO_CLIENT_SECRET)])
def test_create_token_checks_the_client(oidc, client_id, secret):
    with pytest.raises(ClientError) as excinfo:
        oidc.create_token(clientId=client_id, clientSecret=secret, grantType="refresh_token",
                          refreshToken=SSO_REFRESH_TOKEN)
    assert error_of(excinfo)[::2] == ("InvalidClientException", 401)
    assert excinfo.value.response["error"] == "invalid_client"


@pytest.mark.parametrize("grant,code", [
    ("urn:ietf:params:oauth:grant-type:device_code", "InvalidGrantException"),
    ("authorization_code", "InvalidGrantException"),
    ("password", "UnsupportedGrantTypeException"),
])
def test_create_token_has_no_sign_in_grants(oidc, grant, code):
    with pytest.raises(ClientError) as excinfo:
        oidc.create_token(clientId=SSO_CLIENT_ID, clientSecret=SSO_CLIENT_SECRET, grantType=grant,
                          deviceCode="device-code", code="auth-code")
    assert error_of(excinfo)[::2] == (code, 400)


def test_create_token_requires_the_client(emulator):
    raw = boto3.client("sso-oidc", endpoint_url=emulator.url, region_name="eu-west-2",
                       config=Config(signature_version=UNSIGNED, parameter_validation=False,
                                     retries={"total_max_attempts": 1}))
    with pytest.raises(ClientError) as excinfo:
        raw.create_token(grantType="refresh_token", refreshToken=SSO_REFRESH_TOKEN)
    assert error_of(excinfo)[::2] == ("InvalidRequestException", 400)


BOTOCORE_SSO_PROFILE = """
import boto3, sys
session = boto3.Session(profile_name=sys.argv[1])
print(session.client("sts", region_name="eu-west-2").get_caller_identity()["Arn"])
"""


def run_botocore(tmp_path, emulator, profile):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    environment.update(HOME=str(tmp_path), AWS_ENDPOINT_URL=emulator.url, AWS_MAX_ATTEMPTS="1",
                       AWS_EC2_METADATA_DISABLED="true")
    return subprocess.run([sys.executable, "-c", BOTOCORE_SSO_PROFILE, profile], env=environment,
                          capture_output=True, text=True, timeout=60)


def test_botocore_signs_in_through_its_own_sso_provider_and_refreshes_the_token(tmp_path, emulator):
    """botocore's SSO credential provider (the AWS CLI's) is the reference client: it reads the cache keyed
    by the sha1 of the session name, refreshes the token with CreateToken and writes it back, then gets
    role credentials, and the emulator serves all of it."""
    (tmp_path / ".aws").mkdir()
    (tmp_path / ".aws" / "config").write_text(textwrap.dedent(f"""\
        [profile dev]
        sso_session = corp
        sso_account_id = {ACCOUNT}
        sso_role_name = ConnectAdmin

        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = eu-west-2
        sso_account_id = {ACCOUNT}
        sso_role_name = ReadOnly

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-west-2
        sso_registration_scopes = sso:account:access
        """))
    cache = tmp_path / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True)
    soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=5)
    later = soon + datetime.timedelta(days=30)
    session_file = cache / (hashlib.sha1(b"corp").hexdigest() + ".json")
    session_file.write_text(json.dumps({
        "startUrl": "https://corp.awsapps.com/start", "region": "eu-west-2", "accessToken": SSO_ACCESS_TOKEN,
        "expiresAt": soon.strftime("%Y-%m-%dT%H:%M:%SZ"), "clientId": SSO_CLIENT_ID,
        "clientSecret": SSO_CLIENT_SECRET, "registrationExpiresAt": later.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "refreshToken": SSO_REFRESH_TOKEN,
    }))
    result = run_botocore(tmp_path, emulator, "dev")
    assert result.returncode == 0, result.stderr
    assert ROLE_ARN.fullmatch(result.stdout.strip())
    refreshed = json.loads(session_file.read_text())
    assert refreshed["accessToken"] != SSO_ACCESS_TOKEN and refreshed["refreshToken"] != SSO_REFRESH_TOKEN
    assert [call["operation"] for call in emulator.calls()] == ["CreateToken", "GetRoleCredentials",
                                                                 "GetCallerIdentity"]

    (cache / (hashlib.sha1(b"https://legacy.awsapps.com/start").hexdigest() + ".json")).write_text(json.dumps({
        "startUrl": "https://legacy.awsapps.com/start", "region": "eu-west-2", "accessToken": SSO_ACCESS_TOKEN,
        "expiresAt": later.strftime("%Y-%m-%dT%H:%M:%SUTC"),
    }))
    legacy = run_botocore(tmp_path, emulator, "legacy")
    assert legacy.returncode == 0, legacy.stderr
    assert "/AWSReservedSSO_ReadOnly_" in legacy.stdout
