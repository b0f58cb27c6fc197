"""The harness of the boto3 checks: the test seed, the `warden-emulator` process, clients and helpers.

boto3 is the independent client here: these tests are written from botocore's service models and AWS's
documentation, and check that the emulator answers what real AWS would.
"""
import json
import os
import signal
import subprocess
import urllib.request

import boto3
import pytest
from botocore.config import Config

ACCESS_KEY = "AKIDWARDENEMULATOR"
SECRET_KEY = "warden-emulator-secret"
ACCOUNT = "111122223333"

PROD_ID = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"  # acme-prod, eu-west-2
STAGING_ID = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"  # acme-staging, us-east-1
SALES_AGENT_ID = "11111111-2222-4333-8444-555555555555"
SALES_GROUP_ID = "aaaaaaaa-0000-4000-8000-000000000001"
SUPPORT_GROUP_ID = "aaaaaaaa-0000-4000-8000-000000000002"
CONNECT_OPS_ID = "2b6f7c1e-4a8d-4e3b-9c5f-7d1e2a3b4c5d"
CI_READONLY_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"

SSO_USER = "jane.doe@example.com"
SSO_CLIENT_ID = "warden-sso-client"
SSO_CLIENT_SECRET = "warden-sso-client-secret"
SSO_ACCESS_TOKEN = "warden-sso-access-token"
SSO_EXPIRED_TOKEN = "warden-sso-expired-token"
SSO_REFRESH_TOKEN = "warden-sso-refresh-token"

SEED = f"""
accountId: "{ACCOUNT}"
credentials:
  - accessKeyId: {ACCESS_KEY}
    secretAccessKey: {SECRET_KEY}
    userName: warden-ci
sts:
  roles:
    - arn: arn:aws:iam::{ACCOUNT}:role/WardenDeploy
      maxSessionDuration: 7200
    - arn: arn:aws:iam::{ACCOUNT}:role/ConnectOps
  oidcProviders: [token.actions.githubusercontent.com]
identityCenter:
  clients:
    - {{ clientId: {SSO_CLIENT_ID}, clientSecret: {SSO_CLIENT_SECRET} }}
  users:
    - userName: {SSO_USER}
      roles:
        - {{ roleName: ConnectAdmin, sessionDuration: 7200 }}
        - {{ roleName: ReadOnly }}
      accessTokens:
        - {{ token: {SSO_ACCESS_TOKEN} }}
        - {{ token: {SSO_EXPIRED_TOKEN}, expiresAt: 2020-01-01T00:00:00Z }}
      refreshTokens:
        - {{ token: {SSO_REFRESH_TOKEN}, clientId: {SSO_CLIENT_ID} }}
connect:
  instances:
    - alias: acme-prod
      region: eu-west-2
      id: {PROD_ID}
      createdTime: 2023-03-14T09:30:00Z
      identityManagementType: SAML
      tags: {{ environment: prod }}
      hierarchyGroups:
        - {{ name: Sales, id: {SALES_GROUP_ID} }}
        - {{ name: Support, id: {SUPPORT_GROUP_ID} }}
        - {{ name: Escalations, id: aaaaaaaa-0000-4000-8000-000000000003 }}
      securityProfiles:
        - name: SalesAgent
          id: {SALES_AGENT_ID}
          description: Front-line sales agents
          permissions: [BasicAgentAccess, OutboundCallAccess, TransferDestinations.View]
          allowedAccessControlTags: {{ Department: Sales }}
          tagRestrictedResources: [User]
          tags: {{ team: contact-center }}
          applications:
            - namespace: arn:aws:app-integrations:eu-west-2:{ACCOUNT}:application/wallboard
              applicationPermissions: [ACCESS]
              type: THIRD_PARTY_APPLICATION
          allowedFlowModules:
            - {{ type: MCP, flowModuleId: module-1 }}
      authenticationProfiles:
        - name: Default
          allowedIps: [203.0.113.0/24]
          periodicSessionDuration: 45
      participantAuthentications:
        - state: prod-state-pending-1
        - state: prod-state-pending-2
        - state: prod-state-done
          status: completed
    - alias: acme-staging
      region: us-east-1
      id: {STAGING_ID}
      createdTime: 2023-06-01T12:00:00Z
rolesAnywhere:
  profiles:
    - name: connect-ops
      region: eu-west-2
      id: {CONNECT_OPS_ID}
      enabled: true
      roleArns: [arn:aws:iam::{ACCOUNT}:role/ConnectOps]
      acceptRoleSessionName: true
      createdAt: 2024-02-01T08:00:00Z
      tags: {{ team: contact-center }}
    - name: ci-readonly
      region: eu-west-2
      id: {CI_READONLY_ID}
      roleArns: [arn:aws:iam::{ACCOUNT}:role/WardenDeploy]
      durationSeconds: 900
      createdAt: 2024-02-02T08:00:00Z
"""


def emulator_binary():
    bin_dir = os.environ.get("WARDEN_BIN_DIR")
    if not bin_dir:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        bin_dir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=root, check=True,
                                 capture_output=True, text=True).stdout.strip()
    path = os.path.join(bin_dir, "warden-emulator")
    if not os.path.exists(path):
        pytest.fail(f"{path} does not exist: run `swift build --product warden-emulator` first")
    return path


class Emulator:
    """A `warden-emulator` process on an ephemeral loopback port."""

    def __init__(self, tmp_path, *options, seed=SEED):
        seed_file = tmp_path / "seed.yaml"
        seed_file.write_text(seed)
        self.stderr = open(tmp_path / "emulator.log", "w")
        self.process = subprocess.Popen([emulator_binary(), "--port", "0", "--seed-file", str(seed_file), *options],
                                        stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        line = self.process.stdout.readline()
        prefix = "warden-emulator listening on "
        assert line.startswith(prefix), f"unexpected first line {line!r}; log: {(tmp_path / 'emulator.log').read_text()}"
        self.url = line[len(prefix):].strip()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=20)
        self.stderr.close()
        return code

    def admin(self, method, path):
        request = urllib.request.Request(self.url + path, method=method)
        with urllib.request.urlopen(request) as response:
            body = response.read()
            return json.loads(body) if body else None

    def calls(self):
        return self.admin("GET", "/_emulator/calls")

    def reset(self):
        self.admin("POST", "/_emulator/reset")
        self.admin("DELETE", "/_emulator/calls")

    def client(self, service, region="eu-west-2", validate=True, **credentials):
        return boto3.client(
            service,
            endpoint_url=self.url,
            region_name=region,
            aws_access_key_id=credentials.get("access_key", ACCESS_KEY),
            aws_secret_access_key=credentials.get("secret_key", SECRET_KEY),
            aws_session_token=credentials.get("session_token"),
            config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate),
        )


def body(response):
    """The response without boto3's ResponseMetadata."""
    return {k: v for k, v in response.items() if k != "ResponseMetadata"}


def error_of(excinfo):
    """(code, message, HTTP status) of a botocore ClientError."""
    response = excinfo.value.response
    return response["Error"]["Code"], response["Error"]["Message"], response["ResponseMetadata"]["HTTPStatusCode"]
