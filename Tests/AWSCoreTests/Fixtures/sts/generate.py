#!/usr/bin/env python3
"""Writes requests.json: the exact HTTP requests botocore's own serializer produces for STS.

Run once from this folder (python3 generate.py) with botocore installed; the output is committed so
the Swift tests compare Warden's encoding with botocore's, not with our own reading of the model.
"""
import json

import botocore.session
from botocore.awsrequest import create_request_object, prepare_request_dict
from botocore.model import ServiceModel
from botocore.serialize import create_serializer

CASES = [
    ("GetCallerIdentity", "get-caller-identity", {}),
    (
        "AssumeRole",
        "assume-role-minimal",
        {"RoleArn": "arn:aws:iam::111122223333:role/Deploy", "RoleSessionName": "warden-1700000000"},
    ),
    (
        "AssumeRole",
        "assume-role-full",
        {
            "RoleArn": "arn:aws:iam::111122223333:role/Deploy",
            "RoleSessionName": "warden deploy",
            "PolicyArns": [{"arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}, {"arn": "arn:aws:iam::aws:policy/A+B"}],
            "Policy": '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:*","Resource":"*"}]}',
            "DurationSeconds": 900,
            "Tags": [{"Key": "team", "Value": "contact center"}],
            "TransitiveTagKeys": ["team"],
            "ExternalId": "ext=1/2",
            "SerialNumber": "arn:aws:iam::111122223333:mfa/user",
            "TokenCode": "123456",
            "SourceIdentity": "alice@example.com",
        },
    ),
    (
        "AssumeRoleWithWebIdentity",
        "assume-role-with-web-identity",
        {
            "RoleArn": "arn:aws:iam::111122223333:role/GitHubDeploy",
            "RoleSessionName": "ci-run-42",
            "WebIdentityToken": "eyJhbGciOi.eyJzdWIiOi.sig_-~",
            "ProviderId": "www.amazon.com",
            "PolicyArns": [],
            "DurationSeconds": 3600,
        },
    ),
]

session = botocore.session.get_session()
model = ServiceModel(session.get_component("data_loader").load_service_model("sts", "service-2"), "sts")
serializer = create_serializer(model.metadata["protocol"], include_validation=True)
output = []
for operation, name, params in CASES:
    request_dict = serializer.serialize_to_request(params, model.operation_model(operation))
    prepare_request_dict(request_dict, endpoint_url="https://sts.eu-west-2.amazonaws.com")
    prepared = create_request_object(request_dict).prepare()
    path, _, query = prepared.url.split("amazonaws.com", 1)[1].partition("?")
    output.append(
        {
            "name": name,
            "operation": operation,
            "input": params,
            "method": prepared.method,
            "path": path,
            "query": query,
            "contentType": prepared.headers.get("Content-Type"),
            "body": (prepared.body or b"").decode() if isinstance(prepared.body, (bytes, type(None))) else prepared.body,
        }
    )
with open("requests.json", "w") as out:
    json.dump(output, out, indent=2, sort_keys=True)
    out.write("\n")
