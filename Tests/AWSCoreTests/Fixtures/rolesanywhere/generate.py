#!/usr/bin/env python3
"""Writes requests.json and responses.json for the Roles Anywhere tests from botocore's own code.

Run once from this folder (python3 generate.py); the output is committed. See
../../AWSCoreTests/Fixtures/botocore_fixtures.py for what is recorded.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from botocore_fixtures import write_fixtures  # noqa: E402

PROFILE_ID = "a1b2c3d4-5678-90ab-cdef-0123456789ab"
ARN = f"arn:aws:rolesanywhere:eu-west-2:111122223333:profile/{PROFILE_ID}"
POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:*","Resource":"*"}]}'

REQUESTS = [
    ("ListProfiles", "list-profiles-first-page", {}),
    ("ListProfiles", "list-profiles-next-page", {"nextToken": "tok/en+==", "pageSize": 50}),
    ("GetProfile", "get-profile", {"profileId": PROFILE_ID}),
    ("CreateProfile", "create-profile-full", {
        "name": "connect-ops",
        "requireInstanceProperties": False,
        "sessionPolicy": POLICY,
        "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps"],
        "managedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        "durationSeconds": 3600,
        "enabled": True,
        "tags": [{"key": "team", "value": "contact-center"}],
        "acceptRoleSessionName": True,
    }),
    ("CreateProfile", "create-profile-minimal", {"name": "minimal", "roleArns": []}),
    ("UpdateProfile", "update-profile", {
        "profileId": PROFILE_ID,
        "name": "connect-ops",
        "sessionPolicy": POLICY,
        "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps", "arn:aws:iam::111122223333:role/Audit"],
        "managedPolicyArns": [],
        "durationSeconds": 900,
        "acceptRoleSessionName": False,
    }),
    ("DeleteProfile", "delete-profile", {"profileId": PROFILE_ID}),
    ("EnableProfile", "enable-profile", {"profileId": PROFILE_ID}),
    ("DisableProfile", "disable-profile", {"profileId": PROFILE_ID}),
    ("PutAttributeMapping", "put-attribute-mapping", {
        "profileId": PROFILE_ID,
        "certificateField": "x509Subject",
        "mappingRules": [{"specifier": "CN"}, {"specifier": "OU"}],
    }),
    ("DeleteAttributeMapping", "delete-attribute-mapping",
     {"profileId": PROFILE_ID, "certificateField": "x509SAN", "specifiers": ["DNS", "URI"]}),
    ("DeleteAttributeMapping", "delete-attribute-mapping-whole-field",
     {"profileId": PROFILE_ID, "certificateField": "x509Issuer"}),
    ("TagResource", "tag-resource", {"resourceArn": ARN, "tags": [{"key": "team", "value": "contact center"}]}),
    ("UntagResource", "untag-resource", {"resourceArn": ARN, "tagKeys": ["team", "cost centre"]}),
    ("ListTagsForResource", "list-tags-for-resource", {"resourceArn": ARN}),
]

PROFILE = {
    "profileId": PROFILE_ID,
    "profileArn": ARN,
    "name": "connect-ops",
    "requireInstanceProperties": False,
    "enabled": True,
    "createdBy": "arn:aws:sts::111122223333:assumed-role/Admin/alice",
    "sessionPolicy": POLICY,
    "roleArns": ["arn:aws:iam::111122223333:role/ConnectOps"],
    "managedPolicyArns": [],
    "createdAt": "2023-11-14T22:13:20.123000+00:00",
    "updatedAt": "2023-11-15T08:00:00Z",
    "durationSeconds": 3600,
    "acceptRoleSessionName": True,
    "attributeMappings": [{"certificateField": "x509Subject", "mappingRules": [{"specifier": "CN"}]}],
}

RESPONSES = [
    ("ListProfiles", "list-profiles", 200, {}, {"profiles": [PROFILE], "nextToken": "next"}),
    ("GetProfile", "get-profile", 200, {}, {"profile": PROFILE}),
    ("CreateProfile", "create-profile", 201, {}, {"profile": PROFILE}),
    ("UpdateProfile", "update-profile", 200, {}, {"profile": PROFILE}),
    ("DeleteProfile", "delete-profile", 200, {}, {"profile": PROFILE}),
    ("EnableProfile", "enable-profile", 200, {}, {"profile": PROFILE}),
    ("DisableProfile", "disable-profile", 200, {}, {"profile": dict(PROFILE, enabled=False)}),
    ("PutAttributeMapping", "put-attribute-mapping", 200, {}, {"profile": PROFILE}),
    ("DeleteAttributeMapping", "delete-attribute-mapping", 200, {}, {"profile": PROFILE}),
    ("TagResource", "tag-resource", 201, {}, {}),
    ("UntagResource", "untag-resource", 200, {}, {}),
    ("ListTagsForResource", "list-tags-for-resource", 200, {}, {"tags": [{"key": "team", "value": "contact-center"}]}),
    ("GetProfile", "error-not-found", 404, {"x-amzn-ErrorType": "ResourceNotFoundException"},
     {"message": "Profile not found"}),
    ("CreateProfile", "error-validation", 400, {"x-amzn-ErrorType": "ValidationException:http://internal/"},
     {"message": "1 validation error detected"}),
    ("ListProfiles", "error-throttling-body-only", 429, {}, {"__type": "com.amazonaws.rolesanywhere#ThrottlingException",
                                                              "message": "Rate exceeded"}),
]

write_fixtures("rolesanywhere", REQUESTS, RESPONSES, os.path.dirname(os.path.abspath(__file__)))
