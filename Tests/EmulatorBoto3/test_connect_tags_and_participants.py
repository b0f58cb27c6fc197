"""Connect tagging (TagResource, UntagResource, ListTagsForResource) and UpdateParticipantAuthentication."""
import pytest
from botocore.exceptions import ClientError

from emulator_harness import ACCOUNT, PROD_ID, SALES_AGENT_ID, SALES_GROUP_ID, body, error_of

PROD_ARN = f"arn:aws:connect:eu-west-2:{ACCOUNT}:instance/{PROD_ID}"
PROFILE_ARN = f"{PROD_ARN}/security-profile/{SALES_AGENT_ID}"


def test_tag_list_untag_a_security_profile(connect):
    assert body(connect.list_tags_for_resource(resourceArn=PROFILE_ARN)) == {"tags": {"team": "contact-center"}}
    assert body(connect.tag_resource(resourceArn=PROFILE_ARN, tags={"owner": "ops", "team": "cc"})) == {}
    assert connect.list_tags_for_resource(resourceArn=PROFILE_ARN)["tags"] == {"owner": "ops", "team": "cc"}
    assert body(connect.untag_resource(resourceArn=PROFILE_ARN, tagKeys=["team", "absent"])) == {}
    assert connect.list_tags_for_resource(resourceArn=PROFILE_ARN)["tags"] == {"owner": "ops"}
    described = connect.describe_security_profile(InstanceId=PROD_ID, SecurityProfileId=SALES_AGENT_ID)
    assert described["SecurityProfile"]["Tags"] == {"owner": "ops"}


def test_tag_an_instance_and_a_hierarchy_group(connect):
    connect.tag_resource(resourceArn=PROD_ARN, tags={"cost-center": "42"})
    assert connect.describe_instance(InstanceId=PROD_ID)["Instance"]["Tags"] == {
        "environment": "prod", "cost-center": "42"}
    group_arn = f"{PROD_ARN}/agent-group/{SALES_GROUP_ID}"
    connect.tag_resource(resourceArn=group_arn, tags={"a": "b"})
    assert connect.list_tags_for_resource(resourceArn=group_arn)["tags"] == {"a": "b"}


def test_unknown_resource_arn(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.list_tags_for_resource(resourceArn=f"{PROD_ARN}/security-profile/nope")
    assert error_of(excinfo)[0::2] == ("ResourceNotFoundException", 404)


def test_tags_need_at_least_one_entry(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.tag_resource(resourceArn=PROFILE_ARN, tags={})
    assert error_of(excinfo) == (
        "InvalidParameterException",
        "1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
        400,
    )


def test_tag_keys_may_not_start_with_aws(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.tag_resource(resourceArn=PROFILE_ARN, tags={"aws:owner": "x"})
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)
    assert message.startswith("1 validation error detected: Value '{aws:owner=x}' at 'tags' failed to satisfy "
                              "constraint: Map keys must satisfy constraint: [Member must satisfy regular expression "
                              "pattern: ^(?!aws:)")


def test_complete_a_pending_authentication(connect):
    response = connect.update_participant_authentication(
        State="prod-state-pending-1", InstanceId=PROD_ID, Code="authorization-code")
    assert body(response) == {}
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 200


def test_fail_a_pending_authentication(connect):
    response = connect.update_participant_authentication(
        State="prod-state-pending-2", InstanceId=PROD_ID, Error="access_denied",
        ErrorDescription="The customer cancelled")
    assert body(response) == {}


def test_a_completed_state_is_a_conflict(connect):
    connect.update_participant_authentication(State="prod-state-pending-1", InstanceId=PROD_ID, Code="c")
    with pytest.raises(ClientError) as excinfo:
        connect.update_participant_authentication(State="prod-state-pending-1", InstanceId=PROD_ID, Code="c")
    assert error_of(excinfo)[0::2] == ("ConflictException", 409)
    with pytest.raises(ClientError) as excinfo:
        connect.update_participant_authentication(State="prod-state-done", InstanceId=PROD_ID, Error="x")
    assert error_of(excinfo)[0::2] == ("ConflictException", 409)


def test_an_unknown_state_is_invalid(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.update_participant_authentication(State="never-issued", InstanceId=PROD_ID, Code="c")
    assert error_of(excinfo)[0::2] == ("InvalidParameterException", 400)


def test_code_and_error_exclude_each_other(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.update_participant_authentication(State="prod-state-pending-1", InstanceId=PROD_ID, Code="c",
                                                  Error="e")
    assert error_of(excinfo)[0::2] == ("InvalidParameterException", 400)


def test_the_error_is_never_echoed(raw_connect):
    with pytest.raises(ClientError) as excinfo:
        raw_connect.update_participant_authentication(State="prod-state-pending-1", InstanceId=PROD_ID,
                                                      Error='bad"quote')
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidParameterException", 400)
    assert "bad" not in message
    assert message.startswith("1 validation error detected: Value at 'error' failed to satisfy constraint: "
                              "Member must satisfy regular expression pattern")


def test_the_state_belongs_to_the_calls_instance(connect):
    with pytest.raises(ClientError) as excinfo:
        connect.update_participant_authentication(State="prod-state-pending-1", InstanceId="other", Code="c")
    assert error_of(excinfo)[0::2] == ("InvalidParameterException", 400)
