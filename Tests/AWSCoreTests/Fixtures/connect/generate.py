#!/usr/bin/env python3
"""Writes requests.json and responses.json for the Connect tests from botocore's own code.

Run once from this folder (python3 generate.py); the output is committed. requests.json holds, for
representative inputs of every operation Warden calls, the exact HTTP request botocore's serializer
builds (method, path, query, Content-Type, body). responses.json holds sample answers and what
botocore's parser makes of them (output members, timestamps as epoch seconds; error code and
message), so the Swift tests compare against botocore rather than against our own reading of the model.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from botocore_fixtures import write_fixtures  # noqa: E402

INSTANCE = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
PROFILE = "11111111-2222-3333-4444-555555555555"
ARN = f"arn:aws:connect:eu-west-2:111122223333:instance/{INSTANCE}/security-profile/{PROFILE}"

REQUESTS = [
    ("ListInstances", "list-instances-first-page", {"MaxResults": 10}),
    ("ListInstances", "list-instances-next-page", {"NextToken": "abc/def+ghi==", "MaxResults": 10}),
    ("DescribeInstance", "describe-instance", {"InstanceId": INSTANCE}),
    ("ListAuthenticationProfiles", "list-authentication-profiles",
     {"InstanceId": INSTANCE, "NextToken": "next token", "MaxResults": 1000}),
    ("DescribeAuthenticationProfile", "describe-authentication-profile",
     {"InstanceId": INSTANCE, "AuthenticationProfileId": PROFILE}),
    ("UpdateAuthenticationProfile", "update-authentication-profile-full", {
        "InstanceId": INSTANCE,
        "AuthenticationProfileId": PROFILE,
        "Name": "Default",
        "Description": "Office networks only",
        "AllowedIps": ["203.0.113.0/24", "2001:db8::/32"],
        "BlockedIps": [],
        "PeriodicSessionDuration": 30,
        "SessionInactivityDuration": 45,
        "SessionInactivityHandlingEnabled": True,
    }),
    ("UpdateAuthenticationProfile", "update-authentication-profile-ids-only",
     {"InstanceId": INSTANCE, "AuthenticationProfileId": PROFILE}),
    ("ListSecurityProfiles", "list-security-profiles", {"InstanceId": INSTANCE, "MaxResults": 1000}),
    ("DescribeSecurityProfile", "describe-security-profile", {"InstanceId": INSTANCE, "SecurityProfileId": PROFILE}),
    ("CreateSecurityProfile", "create-security-profile-full", {
        "SecurityProfileName": "Agent",
        "Description": "Front-line agents",
        "Permissions": ["BasicAgentAccess", "OutboundCallAccess"],
        "InstanceId": INSTANCE,
        "Tags": {"team": "contact-center"},
        "AllowedAccessControlTags": {"Department": "Sales"},
        "TagRestrictedResources": ["User"],
        "Applications": [{
            "Namespace": "arn:aws:app-integrations:eu-west-2:111122223333:application/abc",
            "ApplicationPermissions": ["ACCESS"],
            "Type": "THIRD_PARTY_APPLICATION",
        }],
        "HierarchyRestrictedResources": ["User"],
        "AllowedAccessControlHierarchyGroupId": "hierarchy-group-1",
        "AllowedFlowModules": [{"Type": "MCP", "FlowModuleId": "flow-module-1"}],
    }),
    ("CreateSecurityProfile", "create-security-profile-minimal", {"SecurityProfileName": "Minimal", "InstanceId": INSTANCE}),
    ("UpdateSecurityProfile", "update-security-profile-emptying", {
        "InstanceId": INSTANCE,
        "SecurityProfileId": PROFILE,
        "Description": "",
        "Permissions": [],
        "AllowedAccessControlTags": {},
        "TagRestrictedResources": [],
    }),
    ("DeleteSecurityProfile", "delete-security-profile", {"InstanceId": INSTANCE, "SecurityProfileId": PROFILE}),
    ("ListSecurityProfilePermissions", "list-security-profile-permissions",
     {"InstanceId": INSTANCE, "SecurityProfileId": PROFILE, "MaxResults": 1000, "NextToken": "p2"}),
    ("ListSecurityProfileApplications", "list-security-profile-applications",
     {"InstanceId": INSTANCE, "SecurityProfileId": PROFILE, "MaxResults": 1000}),
    ("ListSecurityProfileFlowModules", "list-security-profile-flow-modules",
     {"InstanceId": INSTANCE, "SecurityProfileId": PROFILE, "MaxResults": 1000}),
    ("ListUserHierarchyGroups", "list-user-hierarchy-groups", {"InstanceId": INSTANCE, "MaxResults": 1000}),
    ("TagResource", "tag-resource", {"resourceArn": ARN, "tags": {"team": "contact-center", "cost centre": "42"}}),
    ("UntagResource", "untag-resource", {"resourceArn": ARN, "tagKeys": ["team", "cost centre"]}),
    ("ListTagsForResource", "list-tags-for-resource", {"resourceArn": ARN}),
    ("UpdateParticipantAuthentication", "update-participant-authentication",
     {"State": "state-from-cognito", "InstanceId": INSTANCE, "Code": "authorization-code"}),
    ("UpdateParticipantAuthentication", "update-participant-authentication-error",
     {"State": "state-from-cognito", "InstanceId": INSTANCE, "Error": "access_denied",
      "ErrorDescription": "The customer declined."}),
]

CREATED = 1700000000.123
RESPONSES = [
    ("ListInstances", "list-instances", 200, {}, {
        "InstanceSummaryList": [{
            "Id": INSTANCE,
            "Arn": f"arn:aws:connect:eu-west-2:111122223333:instance/{INSTANCE}",
            "IdentityManagementType": "CONNECT_MANAGED",
            "InstanceAlias": "acme-prod",
            "CreatedTime": CREATED,
            "ServiceRole": "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/Role",
            "InstanceStatus": "ACTIVE",
            "InboundCallsEnabled": True,
            "OutboundCallsEnabled": False,
            "InstanceAccessUrl": "https://acme-prod.my.connect.aws",
        }],
        "NextToken": "page-2",
    }),
    ("DescribeInstance", "describe-instance", 200, {}, {
        "Instance": {"Id": INSTANCE, "InstanceAlias": "acme-prod", "CreatedTime": 1700000000,
                     "InstanceStatus": "ACTIVE", "Tags": {"team": "contact-center"}},
        "ReplicationConfiguration": {"GlobalSignInEndpoint": "https://acme.awsapps.com"},
    }),
    ("ListAuthenticationProfiles", "list-authentication-profiles", 200, {}, {
        "AuthenticationProfileSummaryList": [{"Id": PROFILE, "Arn": ARN, "Name": "Default", "IsDefault": True,
                                              "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2"}],
    }),
    ("DescribeAuthenticationProfile", "describe-authentication-profile", 200, {}, {
        "AuthenticationProfile": {
            "Id": PROFILE, "Arn": ARN, "Name": "Default", "Description": "Office networks only",
            "AllowedIps": ["203.0.113.0/24"], "BlockedIps": [], "IsDefault": True, "CreatedTime": CREATED,
            "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2", "PeriodicSessionDuration": 30,
            "MaxSessionDuration": 720, "SessionInactivityDuration": 45, "SessionInactivityHandlingEnabled": True,
        },
    }),
    ("UpdateAuthenticationProfile", "update-authentication-profile", 200, {}, None),
    ("ListSecurityProfiles", "list-security-profiles", 200, {}, {
        "SecurityProfileSummaryList": [{"Id": PROFILE, "Arn": ARN, "Name": "Agent", "LastModifiedTime": CREATED,
                                        "LastModifiedRegion": "eu-west-2"}],
        "NextToken": "n",
    }),
    ("DescribeSecurityProfile", "describe-security-profile", 200, {}, {
        "SecurityProfile": {
            "Id": PROFILE, "OrganizationResourceId": INSTANCE, "Arn": ARN, "SecurityProfileName": "Agent",
            "Description": "Front-line agents", "Tags": {"team": "contact-center"},
            "AllowedAccessControlTags": {"Department": "Sales"}, "TagRestrictedResources": ["User"],
            "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2", "HierarchyRestrictedResources": [],
            "AllowedAccessControlHierarchyGroupId": "hierarchy-group-1",
        },
    }),
    ("CreateSecurityProfile", "create-security-profile", 200, {}, {"SecurityProfileId": PROFILE, "SecurityProfileArn": ARN}),
    ("UpdateSecurityProfile", "update-security-profile", 200, {}, None),
    ("DeleteSecurityProfile", "delete-security-profile", 200, {}, None),
    ("ListSecurityProfilePermissions", "list-security-profile-permissions", 200, {}, {
        "Permissions": ["BasicAgentAccess", "OutboundCallAccess"], "NextToken": "p3",
        "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2",
    }),
    ("ListSecurityProfileApplications", "list-security-profile-applications", 200, {}, {
        "Applications": [{"Namespace": "arn:aws:app-integrations:eu-west-2:111122223333:application/abc",
                          "ApplicationPermissions": ["ACCESS"], "Type": "THIRD_PARTY_APPLICATION"}],
        "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2",
    }),
    ("ListSecurityProfileFlowModules", "list-security-profile-flow-modules", 200, {}, {
        "AllowedFlowModules": [{"Type": "MCP", "FlowModuleId": "flow-module-1"}],
        "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2",
    }),
    ("ListUserHierarchyGroups", "list-user-hierarchy-groups", 200, {}, {
        "UserHierarchyGroupSummaryList": [{"Id": "hierarchy-group-1", "Arn": ARN, "Name": "Sales",
                                           "LastModifiedTime": CREATED, "LastModifiedRegion": "eu-west-2"}],
    }),
    ("TagResource", "tag-resource", 200, {}, None),
    ("UntagResource", "untag-resource", 200, {}, None),
    ("ListTagsForResource", "list-tags-for-resource", 200, {}, {"tags": {"team": "contact-center"}}),
    ("UpdateParticipantAuthentication", "update-participant-authentication", 200, {}, {}),
    ("DescribeSecurityProfile", "error-not-found-header", 404,
     {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.connect/"},
     {"Message": "SecurityProfile not found"}),
    ("ListSecurityProfiles", "error-throttling-type", 429, {}, {"__type": "ThrottlingException", "Message": "Rate exceeded"}),
    ("UpdateSecurityProfile", "error-invalid-parameter-code", 400, {}, {"code": "InvalidParameterException",
                                                                       "Message": "1 validation error detected"}),
]

write_fixtures("connect", REQUESTS, RESPONSES, os.path.dirname(os.path.abspath(__file__)))
