"""Several accounts in one seed: each request is served in the account of its access key."""
import pytest
from botocore.exceptions import ClientError

from emulator_harness import Emulator, error_of

STAGING = "111111111111"
PRODUCTION = "222222222222"
STAGING_KEYS = {"access_key": "AKIDSTAGING", "secret_key": "staging-secret"}
PRODUCTION_KEYS = {"access_key": "AKIDPRODUCTION", "secret_key": "production-secret"}
STAGING_ID = "7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f"
PRODUCTION_ID = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"

SEED = f"""
accounts:
  - accountId: "{STAGING}"
    credentials:
      - {{ accessKeyId: AKIDSTAGING, secretAccessKey: staging-secret, userName: ci }}
    connect:
      instances:
        - {{ alias: acme-staging, region: eu-west-2, id: {STAGING_ID} }}
  - accountId: "{PRODUCTION}"
    credentials:
      - {{ accessKeyId: AKIDPRODUCTION, secretAccessKey: production-secret, userName: ci }}
    sts:
      roles: [ {{ arn: "arn:aws:iam::{PRODUCTION}:role/WardenDeploy" }} ]
    connect:
      instances:
        - {{ alias: acme-prod, region: us-east-1, id: {PRODUCTION_ID} }}
"""


@pytest.fixture(scope="module")
def accounts(tmp_path_factory):
    running = Emulator(tmp_path_factory.mktemp("accounts"), "--no-throttle", "--seed", "1", seed=SEED)
    yield running
    assert running.stop() == 0


@pytest.fixture(autouse=True)
def fresh_accounts(request):
    if "accounts" in request.fixturenames:
        request.getfixturevalue("accounts").reset()


def test_get_caller_identity_answers_the_account_of_each_key(accounts):
    staging = accounts.client("sts", **STAGING_KEYS).get_caller_identity()
    production = accounts.client("sts", **PRODUCTION_KEYS).get_caller_identity()
    assert (staging["Account"], staging["Arn"]) == (STAGING, f"arn:aws:iam::{STAGING}:user/ci")
    assert (production["Account"], production["Arn"]) == (PRODUCTION, f"arn:aws:iam::{PRODUCTION}:user/ci")


def test_an_instance_is_visible_only_in_its_account(accounts):
    staging = accounts.client("connect", region="us-east-1", **STAGING_KEYS)
    production = accounts.client("connect", region="us-east-1", **PRODUCTION_KEYS)
    [summary] = production.list_instances()["InstanceSummaryList"]
    assert summary["Id"] == PRODUCTION_ID
    assert summary["Arn"] == f"arn:aws:connect:us-east-1:{PRODUCTION}:instance/{PRODUCTION_ID}"
    assert staging.list_instances()["InstanceSummaryList"] == []
    with pytest.raises(ClientError) as excinfo:
        staging.describe_instance(InstanceId=PRODUCTION_ID)
    assert error_of(excinfo)[0] == "ResourceNotFoundException"
    staging_home = accounts.client("connect", region="eu-west-2", **STAGING_KEYS)
    described = staging_home.describe_instance(InstanceId=STAGING_ID)["Instance"]
    assert described["Arn"] == f"arn:aws:connect:eu-west-2:{STAGING}:instance/{STAGING_ID}"


def test_a_profile_created_with_one_accounts_keys_is_invisible_to_the_other(accounts):
    staging = accounts.client("rolesanywhere", **STAGING_KEYS)
    production = accounts.client("rolesanywhere", **PRODUCTION_KEYS)
    profile = staging.create_profile(name="staging-ops", roleArns=[f"arn:aws:iam::{STAGING}:role/Ops"])["profile"]
    assert profile["profileArn"] == f"arn:aws:rolesanywhere:eu-west-2:{STAGING}:profile/{profile['profileId']}"
    assert profile["createdBy"] == f"arn:aws:iam::{STAGING}:user/ci"
    assert [p["name"] for p in staging.list_profiles()["profiles"]] == ["staging-ops"]
    assert production.list_profiles().get("profiles", []) == []
    with pytest.raises(ClientError) as excinfo:
        production.get_profile(profileId=profile["profileId"])
    assert error_of(excinfo)[0] == "ResourceNotFoundException"
    with pytest.raises(ClientError) as excinfo:
        production.list_tags_for_resource(resourceArn=profile["profileArn"])
    assert error_of(excinfo)[0] == "ResourceNotFoundException"


def test_a_security_profile_arn_carries_its_account(accounts):
    production = accounts.client("connect", region="us-east-1", **PRODUCTION_KEYS)
    created = production.create_security_profile(InstanceId=PRODUCTION_ID, SecurityProfileName="Prod")
    assert created["SecurityProfileArn"] == (
        f"arn:aws:connect:us-east-1:{PRODUCTION}:instance/{PRODUCTION_ID}/security-profile/"
        f"{created['SecurityProfileId']}")


def test_an_assumed_role_is_served_in_the_roles_account(accounts):
    assumed = accounts.client("sts", **STAGING_KEYS).assume_role(
        RoleArn=f"arn:aws:iam::{PRODUCTION}:role/WardenDeploy", RoleSessionName="deploy")
    assert assumed["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{PRODUCTION}:assumed-role/WardenDeploy/deploy"
    keys = {"access_key": assumed["Credentials"]["AccessKeyId"],
            "secret_key": assumed["Credentials"]["SecretAccessKey"],
            "session_token": assumed["Credentials"]["SessionToken"]}
    assert accounts.client("sts", **keys).get_caller_identity()["Account"] == PRODUCTION
    instances = accounts.client("connect", region="us-east-1", **keys).list_instances()["InstanceSummaryList"]
    assert [i["Id"] for i in instances] == [PRODUCTION_ID]


def test_the_call_log_filters_by_account(accounts):
    accounts.client("connect", region="us-east-1", **STAGING_KEYS).list_instances()
    accounts.client("connect", region="us-east-1", **PRODUCTION_KEYS).list_instances()
    assert [c["account"] for c in accounts.calls()] == [STAGING, PRODUCTION]
    assert accounts.admin("GET", f"/_emulator/calls?account={PRODUCTION}") == [
        {"service": "connect", "operation": "ListInstances", "region": "us-east-1", "account": PRODUCTION,
         "status": 200, "parameters": {}}]
    state = accounts.admin("GET", "/_emulator/state")
    assert state["accountId"] == STAGING
    assert list(state["otherAccounts"]) == [PRODUCTION]
