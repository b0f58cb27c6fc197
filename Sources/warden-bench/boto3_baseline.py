#!/usr/bin/env python3
"""warden-bench's baseline: what a plan reads, done the way a user would script it without Warden.

One boto3 client per service with boto3's default settings (its default retry mode and attempts, no
client-side rate limiting), and a plain loop: list the instances, and in each list and describe every
authentication and security profile (with the permission, application and flow-module lists Describe
does not return) and list its hierarchy groups and flow modules once (the ids security profiles name must
exist); then list the Roles Anywhere profiles and read each one's tags. The same reads as
`warden plan` of a file that manages every field, one after another, as boto3's paginators page them.

    boto3_baseline.py ENDPOINT_URL REGION

Prints how many resources it read, as JSON: {"securityProfiles": N, "authenticationProfiles": N,
"rolesAnywhereProfiles": N}. Credentials come from the environment (the emulator's).
"""
import json
import sys

import boto3


def every(client, operation, key, **parameters):
    """Every item of every page of a paginated list call."""
    for page in client.get_paginator(operation).paginate(**parameters):
        yield from page[key]


def main():
    endpoint, region = sys.argv[1], sys.argv[2]
    session = boto3.session.Session(region_name=region)
    sts = session.client("sts", endpoint_url=endpoint)
    connect = session.client("connect", endpoint_url=endpoint)
    rolesanywhere = session.client("rolesanywhere", endpoint_url=endpoint)

    read = {"securityProfiles": 0, "authenticationProfiles": 0, "rolesAnywhereProfiles": 0}
    sts.get_caller_identity()
    for instance in every(connect, "list_instances", "InstanceSummaryList"):
        instance_id = instance["Id"]
        list(every(connect, "list_user_hierarchy_groups", "UserHierarchyGroupSummaryList", InstanceId=instance_id))
        list(every(connect, "list_contact_flow_modules", "ContactFlowModulesSummaryList", InstanceId=instance_id))
        for summary in every(connect, "list_authentication_profiles", "AuthenticationProfileSummaryList",
                             InstanceId=instance_id):
            connect.describe_authentication_profile(InstanceId=instance_id, AuthenticationProfileId=summary["Id"])
            read["authenticationProfiles"] += 1
        for summary in every(connect, "list_security_profiles", "SecurityProfileSummaryList", InstanceId=instance_id):
            addressing = {"InstanceId": instance_id, "SecurityProfileId": summary["Id"]}
            connect.describe_security_profile(**addressing)
            list(every(connect, "list_security_profile_permissions", "Permissions", **addressing))
            list(every(connect, "list_security_profile_applications", "Applications", **addressing))
            list(every(connect, "list_security_profile_flow_modules", "AllowedFlowModules", **addressing))
            read["securityProfiles"] += 1
    for profile in every(rolesanywhere, "list_profiles", "profiles"):
        rolesanywhere.list_tags_for_resource(resourceArn=profile["profileArn"])
        read["rolesAnywhereProfiles"] += 1
    print(json.dumps(read))


if __name__ == "__main__":
    main()
