"""ListContactFlowModules: the shape of botocore's connect model, AWS's ARN format for flow modules,
pagination and the state filter."""
import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, PROD_ID, error_of

PROD_ARN = f"arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{PROD_ID}"


def test_lists_the_instances_flow_modules_in_seed_order(connect):
    listed = connect.list_contact_flow_modules(InstanceId=PROD_ID)
    assert "NextToken" not in listed
    assert listed["ContactFlowModulesSummaryList"] == [
        {"Id": "module-1", "Arn": f"{PROD_ARN}/flow-module/module-1", "Name": "Order lookup", "State": "ACTIVE"},
        {"Id": "module-2", "Arn": f"{PROD_ARN}/flow-module/module-2", "Name": "Refund request", "State": "ACTIVE"},
        {"Id": "module-3", "Arn": f"{PROD_ARN}/flow-module/module-3", "Name": "Legacy payment IVR",
         "State": "ARCHIVED"},
    ]


def test_the_state_filter_keeps_only_that_state(connect):
    active = connect.list_contact_flow_modules(InstanceId=PROD_ID, ContactFlowModuleState="ACTIVE")
    assert [m["Id"] for m in active["ContactFlowModulesSummaryList"]] == ["module-1", "module-2"]
    archived = connect.list_contact_flow_modules(InstanceId=PROD_ID, ContactFlowModuleState="ARCHIVED")
    assert [m["Id"] for m in archived["ContactFlowModulesSummaryList"]] == ["module-3"]


def test_pages_with_max_results_and_the_botocore_paginator(connect):
    first = connect.list_contact_flow_modules(InstanceId=PROD_ID, MaxResults=2)
    assert [m["Id"] for m in first["ContactFlowModulesSummaryList"]] == ["module-1", "module-2"]
    second = connect.list_contact_flow_modules(InstanceId=PROD_ID, MaxResults=2, NextToken=first["NextToken"])
    assert [m["Id"] for m in second["ContactFlowModulesSummaryList"]] == ["module-3"]
    assert "NextToken" not in second
    pages = connect.get_paginator("list_contact_flow_modules").paginate(
        InstanceId=PROD_ID, PaginationConfig={"PageSize": 1})
    assert [m["Id"] for page in pages for m in page["ContactFlowModulesSummaryList"]] == [
        "module-1", "module-2", "module-3"]


def test_an_unknown_state_fails_the_models_enum(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.list_contact_flow_modules(InstanceId=PROD_ID, ContactFlowModuleState="DRAFT")
    code, _, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)


def test_an_unknown_instance_is_resource_not_found(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.list_contact_flow_modules(InstanceId="00000000-0000-0000-0000-000000000000")
    code, _, status = error_of(excinfo)
    assert (code, status) == ("ResourceNotFoundException", 404)
