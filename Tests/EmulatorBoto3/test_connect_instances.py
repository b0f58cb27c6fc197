"""ListInstances, DescribeInstance, ListUserHierarchyGroups: shapes from botocore's connect model, ARNs in
AWS's documented formats, state partitioned by region."""
import datetime
import re

import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, PROD_ID, SALES_GROUP_ID, STAGING_ID, SUPPORT_GROUP_ID, body, error_of

UTC = datetime.timezone.utc
PROD_ARN = f"arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{PROD_ID}"
SERVICE_ROLE = re.compile(
    rf"^arn:aws:iam::{ACCOUNT}:role/aws-service-role/connect\.amazonaws\.com/AWSServiceRoleForAmazonConnect_\w+$")


def test_list_instances_returns_the_regions_instances_only(emulator):
    listed = body(emulator.client("connect", region="eu-west-2").list_instances())
    summaries = listed["InstanceSummaryList"]
    assert list(listed) == ["InstanceSummaryList"]
    assert len(summaries) == 1
    summary = dict(summaries[0])
    assert SERVICE_ROLE.match(summary.pop("ServiceRole"))
    assert summary == {
        "Id": PROD_ID,
        "Arn": PROD_ARN,
        "IdentityManagementType": "SAML",
        "InstanceAlias": "acme-prod",
        "CreatedTime": datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC),
        "InstanceStatus": "ACTIVE",
        "InboundCallsEnabled": True,
        "OutboundCallsEnabled": True,
        "InstanceAccessUrl": "https://acme-prod.my.connect.aws",
    }
    staging = emulator.client("connect", region="us-east-1").list_instances()["InstanceSummaryList"]
    assert [(s["Id"], s["InstanceAlias"], s["Arn"]) for s in staging] == [
        (STAGING_ID, "acme-staging", f"arn:aws:connect:us-east-1:{ACCOUNT}:instance/{STAGING_ID}")]
    assert emulator.client("connect", region="ap-southeast-2").list_instances()["InstanceSummaryList"] == []


def test_describe_instance_adds_tags(connect):
    instance = connect.describe_instance(InstanceId=PROD_ID)["Instance"]
    assert instance["Id"] == PROD_ID
    assert instance["Arn"] == PROD_ARN
    assert instance["Tags"] == {"environment": "prod"}
    assert instance["CreatedTime"] == datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC)


def test_describe_instance_accepts_the_instance_arn(connect):
    assert connect.describe_instance(InstanceId=PROD_ARN)["Instance"]["Id"] == PROD_ID


def test_an_instance_of_another_region_is_not_found(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.describe_instance(InstanceId=STAGING_ID)
    code, _, status = error_of(excinfo)
    assert (code, status) == ("ResourceNotFoundException", 404)


def test_unknown_instance_is_resource_not_found(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.describe_instance(InstanceId="00000000-0000-0000-0000-000000000000")
    code, message, status = error_of(excinfo)
    assert (code, status) == ("ResourceNotFoundException", 404)
    assert "00000000-0000-0000-0000-000000000000" in message


def test_list_instances_max_results_is_at_most_10(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.list_instances(MaxResults=11)
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "1 validation error detected: Value '11' at 'maxResults' failed to satisfy constraint: "
        "Member must have value less than or equal to 10",
        400,
    )


def test_list_instances_max_results_is_at_least_1(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.list_instances(MaxResults=0)
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
        "Member must have value greater than or equal to 1",
        400,
    )


def test_list_user_hierarchy_groups(connect):
    listed = body(connect.list_user_hierarchy_groups(InstanceId=PROD_ID))
    groups = listed["UserHierarchyGroupSummaryList"]
    assert [(g["Id"], g["Name"]) for g in groups] == [
        (SALES_GROUP_ID, "Sales"), (SUPPORT_GROUP_ID, "Support"),
        ("aaaaaaaa-0000-4000-8000-000000000003", "Escalations")]
    assert groups[0] == {
        "Id": SALES_GROUP_ID,
        "Arn": f"{PROD_ARN}/agent-group/{SALES_GROUP_ID}",
        "Name": "Sales",
        "LastModifiedTime": datetime.datetime(2023, 3, 14, 9, 30, tzinfo=UTC),
        "LastModifiedRegion": "eu-west-2",
    }
    assert "NextToken" not in listed


def test_list_user_hierarchy_groups_pages(connect):
    first = connect.list_user_hierarchy_groups(InstanceId=PROD_ID, MaxResults=2)
    assert [g["Name"] for g in first["UserHierarchyGroupSummaryList"]] == ["Sales", "Support"]
    second = connect.list_user_hierarchy_groups(InstanceId=PROD_ID, MaxResults=2, NextToken=first["NextToken"])
    assert [g["Name"] for g in second["UserHierarchyGroupSummaryList"]] == ["Escalations"]
    assert "NextToken" not in second


def test_a_garbled_next_token_is_refused(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.list_user_hierarchy_groups(InstanceId=PROD_ID, NextToken="not-a-token")
    code, _, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)
