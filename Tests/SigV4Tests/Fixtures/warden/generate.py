#!/usr/bin/env python3
"""Writes Warden's own SigV4 cases, signed by botocore's SigV4Auth, in the layout of the AWS test suite.

Run once from this folder (python3 generate.py); the output is committed. The cases cover what the
official suite does not: a genuinely empty query value and a key without '=', and rest-json requests
whose path is already percent-encoded on the wire (an ARN label), so the canonical URI is encoded twice.
"""
import datetime
import json
import os

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TIMESTAMP = datetime.datetime(2015, 8, 30, 12, 36, 0)
botocore.auth.get_current_datetime = lambda remove_tzinfo=True: TIMESTAMP

ARN = "arn%3Aaws%3Aconnect%3Aeu-west-2%3A111122223333%3Ainstance%2Fa1b2c3d4"
CASES = [
    {
        "name": "get-empty-query-value",
        "region": "us-east-1",
        "service": "service",
        "method": "GET",
        "target": "/?Param2=value2&Param1=&Param3",
        "headers": [("Host", "example.amazonaws.com")],
        "body": b"",
        "token": None,
    },
    {
        "name": "post-rest-json-encoded-label-session-token",
        "region": "eu-west-2",
        "service": "connect",
        "method": "POST",
        "target": "/tags/" + ARN,
        "headers": [("Host", "connect.eu-west-2.amazonaws.com"), ("Content-Type", "application/json")],
        "body": b'{"tags":{"team":"contact-center"}}',
        "token": "FQoGZXIvYXdzEXAMPLE//token+with/odd=chars",
    },
    {
        "name": "delete-rest-json-repeated-query-key",
        "region": "eu-west-2",
        "service": "connect",
        "method": "DELETE",
        "target": "/tags/" + ARN + "?tagKeys=team&tagKeys=cost%20centre&tagKeys=Team",
        "headers": [("Host", "connect.eu-west-2.amazonaws.com")],
        "body": b"",
        "token": None,
    },
]

for case in CASES:
    credentials = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", case["token"])
    host = dict(case["headers"])["Host"]
    request = AWSRequest(
        method=case["method"],
        url="http://" + host + case["target"],
        headers=dict(case["headers"]),
        data=case["body"],
    )
    signer = botocore.auth.SigV4Auth(credentials, case["service"], case["region"])
    request.context["timestamp"] = TIMESTAMP.strftime(botocore.auth.SIGV4_TIMESTAMP)
    signer._modify_request_before_signing(request)
    canonical_request = signer.canonical_request(request)
    string_to_sign = signer.string_to_sign(request, canonical_request)
    signature = signer.signature(string_to_sign, request)
    signer._inject_signature_to_request(request, signature)

    folder = case["name"]
    os.makedirs(folder, exist_ok=True)
    context = {
        "credentials": {"access_key_id": credentials.access_key, "secret_access_key": credentials.secret_key},
        "normalize": True,
        "region": case["region"],
        "service": case["service"],
        "sign_body": False,
        "timestamp": "2015-08-30T12:36:00Z",
    }
    if case["token"]:
        context["credentials"]["token"] = case["token"]
    with open(os.path.join(folder, "context.json"), "w") as out:
        json.dump(context, out, indent=4, sort_keys=True)
        out.write("\n")
    head = f"{case['method']} {case['target']} HTTP/1.1\n"
    lines = "".join(f"{name}:{value}\n" for name, value in case["headers"])
    body = case["body"].decode()
    with open(os.path.join(folder, "request.txt"), "w") as out:
        out.write(head + lines + ("\n" + body if body else ""))
    signed = "".join(f"{name}:{value}\n" for name, value in request.headers.items())
    with open(os.path.join(folder, "header-signed-request.txt"), "w") as out:
        out.write(head + signed + "\n" + body)
    for file, text in [
        ("header-canonical-request.txt", canonical_request),
        ("header-string-to-sign.txt", string_to_sign),
        ("header-signature.txt", signature),
    ]:
        with open(os.path.join(folder, file), "w") as out:
            out.write(text)
