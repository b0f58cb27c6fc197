"""Security profiles: AWS's four defaults, Create/Describe/Update/Delete, the three paginated List calls, and
the validation errors the model's constraints produce."""
import datetime

import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, PROD_ID, SALES_AGENT_ID, SALES_GROUP_ID, body, error_of

UTC = datetime.timezone.utc
PROD_ARN = f"arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{PROD_ID}"
WALLBOARD = f"arn:aws:app-integrations:eu-west-2:{ACCOUNT}:application/wallboard"


def profiles_by_name(connect):
    pages = connect.get_paginator("list_security_profiles").paginate(InstanceId=PROD_ID)
    return {p["Name"]: p for page in pages for p in page["SecurityProfileSummaryList"]}


def test_every_instance_starts_with_awss_default_profiles(connect):
    names = list(profiles_by_name(connect))
    assert names[:4] == ["Admin", "Agent", "CallCenterManager", "QualityAnalyst"]
    assert names[4:] == ["SalesAgent"]
    admin = profiles_by_name(connect)["Admin"]
    assert admin["Arn"] == f"{PROD_ARN}/security-profile/{admin['Id']}"
    permissions = connect.list_security_profile_permissions(InstanceId=PROD_ID, SecurityProfileId=admin["Id"])
    assert {"BasicAgentAccess", "SecurityProfiles.Edit", "Users.Create"} <= set(permissions["Permissions"])


def test_list_security_profiles_summary(connect):
    summary = profiles_by_name(connect)["SalesAgent"]
    assert summary == {
        "Id": SALES_AGENT_ID,
        "Arn": f"{PROD_ARN}/security-profile/{SALES_AGENT_ID}",
        "Name": "SalesAgent",
        "LastModifiedTime": datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC),
        "LastModifiedRegion": "eu-west-2",
    }


def test_list_security_profiles_pages(connect):
    first = connect.list_security_profiles(InstanceId=PROD_ID, MaxResults=3)
    assert [p["Name"] for p in first["SecurityProfileSummaryList"]] == ["Admin", "Agent", "CallCenterManager"]
    second = connect.list_security_profiles(InstanceId=PROD_ID, MaxResults=3, NextToken=first["NextToken"])
    assert [p["Name"] for p in second["SecurityProfileSummaryList"]] == ["QualityAnalyst", "SalesAgent"]
    assert "NextToken" not in second


def test_describe_security_profile_has_no_permissions(connect):
    profile = connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)["SecurityProfile"]
    assert profile == {
        "Id": SALES_AGENT_ID,
        "OrganizationResourceId": PROD_ID,
        "Arn": f"{PROD_ARN}/security-profile/{SALES_AGENT_ID}",
        "SecurityProfileName": "SalesAgent",
        "Description": "Front-line sales agents",
        "Tags": {"team": "contact-center"},
        "AllowedAccessControlTags": {"Department": "Sales"},
        "TagRestrictedResources": ["User"],
        "HierarchyRestrictedResources": [],
        "LastModifiedTime": datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC),
        "LastModifiedRegion": "eu-west-2",
    }


def test_permissions_applications_and_flow_modules_have_their_own_lists(connect):
    permissions = body(connect.list_security_profile_permissions(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID))
    assert permissions == {
        "Permissions": ["BasicAgentAccess", "OutboundCallAccess", "TransferDestinations.View"],
        "LastModifiedTime": datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC),
        "LastModifiedRegion": "eu-west-2",
    }
    applications = body(connect.list_security_profile_applications(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID))
    assert applications["Applications"] == [
        {"Namespace": WALLBOARD, "ApplicationPermissions": ["ACCESS"], "Type": "THIRD_PARTY_APPLICATION"}]
    modules = body(connect.list_security_profile_flow_modules(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID))
    assert modules["AllowedFlowModules"] == [{"Type": "MCP", "FlowModuleId": "module-1"}]


def test_permissions_page_across_requests(connect):
    paginator = connect.get_paginator("list_security_profile_permissions")
    pages = list(paginator.paginate(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID,
                                    PaginationConfig={"PageSize": 2}))
    assert [page["Permissions"] for page in pages] == [
        ["BasicAgentAccess", "OutboundCallAccess"], ["TransferDestinations.View"]]
    assert "NextToken" in pages[0] and "NextToken" not in pages[1]


def test_create_then_describe(connect):
    before = datetime.datetime.now(UTC) - datetime.timedelta(seconds=1)
    created = body(connect.create_security_profile(
        InstanceId=PROD_ID,
        SecurityProfileName="Team Lead",
        Description="Leads",
        Permissions=["BasicAgentAccess", "AccessMetrics"],
        Tags={"team": "cc"},
        AllowedAccessControlTags={"Department": "Support"},
        TagRestrictedResources=["User"],
        HierarchyRestrictedResources=["User"],
        AllowedAccessControlHierarchyGroupId=SALES_GROUP_ID,
    ))
    profile_id = created["SecurityProfileId"]
    assert created == {"SecurityProfileId": profile_id, "SecurityProfileArn": f"{PROD_ARN}/security-profile/{profile_id}"}
    profile = connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=profile_id)["SecurityProfile"]
    modified = profile.pop("LastModifiedTime")
    assert before <= modified <= datetime.datetime.now(UTC) + datetime.timedelta(seconds=1)
    assert profile == {
        "Id": profile_id,
        "OrganizationResourceId": PROD_ID,
        "Arn": f"{PROD_ARN}/security-profile/{profile_id}",
        "SecurityProfileName": "Team Lead",
        "Description": "Leads",
        "Tags": {"team": "cc"},
        "AllowedAccessControlTags": {"Department": "Support"},
        "TagRestrictedResources": ["User"],
        "HierarchyRestrictedResources": ["User"],
        "AllowedAccessControlHierarchyGroupId": SALES_GROUP_ID,
        "LastModifiedRegion": "eu-west-2",
    }
    assert connect.list_security_profile_permissions(InstanceId=PROD_ID, SecurityProfileId=profile_id)[
        "Permissions"] == ["BasicAgentAccess", "AccessMetrics"]


def test_update_changes_only_the_members_it_carries(connect):
    connect.update_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID, Description="Changed")
    profile = connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)["SecurityProfile"]
    assert profile["Description"] == "Changed"
    assert profile["AllowedAccessControlTags"] == {"Department": "Sales"}
    assert profile["TagRestrictedResources"] == ["User"]
    assert connect.list_security_profile_permissions(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)[
        "Permissions"] == ["BasicAgentAccess", "OutboundCallAccess", "TransferDestinations.View"]


def test_update_replaces_lists_whole_and_moves_last_modified(connect):
    response = connect.update_security_profile(
        InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID, Permissions=["BasicAgentAccess"],
        Applications=[], AllowedAccessControlTags={})
    assert body(response) == {}
    listed = connect.list_security_profile_permissions(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)
    assert listed["Permissions"] == ["BasicAgentAccess"]
    assert listed["LastModifiedTime"] > datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC)
    assert connect.list_security_profile_applications(
        InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)["Applications"] == []
    profile = connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)["SecurityProfile"]
    assert profile["AllowedAccessControlTags"] == {}
    assert profile["LastModifiedTime"] == listed["LastModifiedTime"]


def test_names_are_unique_per_instance(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.create_security_profile(InstanceId=PROD_ID, SecurityProfileName="SalesAgent")
    code, _, status = error_of(excinfo)
    assert (code, status) == ("DuplicateResourceException", 409)


def test_delete_then_describe_is_not_found(connect):
    profile_id = connect.create_security_profile(InstanceId=PROD_ID, SecurityProfileName="Temp")["SecurityProfileId"]
    assert body(connect.delete_security_profile(InstanceId=PROD_ID, SecurityProfileId=profile_id)) == {}
    with pytest.raises(ClientError) as excinfo:
        connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=profile_id)
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)


def test_the_admin_profile_is_in_use(connect):
    admin = profiles_by_name(connect)["Admin"]["Id"]
    with pytest.raises(ClientError) as excinfo:
        connect.delete_security_profile(InstanceId=PROD_ID, SecurityProfileId=admin)
    assert error_of(excinfo)[0::2] == ("ResourceInUseException", 409)


def test_unknown_profile_id_is_resource_not_found(connect):
    for call in (connect.describe_security_profile, connect.delete_security_profile,
                 connect.list_security_profile_permissions):
        with pytest.raises(ClientError) as excinfo:
            call(InstanceId=PROD_ID, SecurityProfileId="no-such-profile")
        assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)


def test_missing_required_name(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.create_security_profile(InstanceId=PROD_ID)
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "1 validation error detected: Value null at 'securityProfileName' failed to satisfy constraint: "
        "Member must not be null",
        400,
    )


def test_name_pattern_and_length(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.create_security_profile(InstanceId=PROD_ID, SecurityProfileName="bad/name")
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "1 validation error detected: Value 'bad/name' at 'securityProfileName' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: ^[ a-zA-Z0-9_@-]+$",
        400,
    )
    with pytest.raises(ClientError) as excinfo:
        raw_connect.create_security_profile(InstanceId=PROD_ID, SecurityProfileName="x" * 128)
    assert error_of(excinfo)[1] == (
        f"1 validation error detected: Value '{'x' * 128}' at 'securityProfileName' failed to satisfy constraint: "
        "Member must have length less than or equal to 127")


def test_several_violations_are_reported_together(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.update_security_profile(
            InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID, Description="d" * 251,
            Applications=[{"Namespace": "n", "ApplicationPermissions": [], "Type": "OTHER"}])
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)
    assert message == (
        "3 validation errors detected: "
        "Value '[]' at 'applications.1.member.applicationPermissions' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1; "
        "Value 'OTHER' at 'applications.1.member.type' failed to satisfy constraint: "
        "Member must satisfy enum value set: [MCP, THIRD_PARTY_APPLICATION]; "
        f"Value '{'d' * 251}' at 'description' failed to satisfy constraint: "
        "Member must have length less than or equal to 250")


def test_hierarchy_restrictions_apply_to_users_only(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.update_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID,
                                        HierarchyRestrictedResources=["Queue"])
    assert error_of(excinfo)[0::2] == ("InvalidParameterException", 400)


def test_a_wrongly_typed_member_is_a_serialization_error(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.update_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID, Description=123)
    assert error_of(excinfo)[0::2] == ("SerializationException", 400)
