"""SigV4 verification: a wrong secret, an unknown key, a clock more than five minutes off, no signature."""
import datetime
import re
import urllib.error
import urllib.request

import botocore.auth
import pytest
from botocore.exceptions import ClientError

from emulator_harness import PROD_ID, error_of


def test_a_bad_signature(emulator):
    connect = emulator.client("connect", secret_key="not-the-secret")
    with pytest.raises(ClientError) as excinfo:
        connect.describe_instance(InstanceId=PROD_ID)
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidSignatureException", 403)
    assert message.startswith("The request signature we calculated does not match the signature you provided. "
                              "Check your AWS Secret Access Key and signing method.")


def test_a_bad_signature_on_sts(emulator):
    with pytest.raises(ClientError) as excinfo:
        emulator.client("sts", secret_key="not-the-secret").get_caller_identity()
    assert error_of(excinfo)[0::2] == ("SignatureDoesNotMatch", 403)


def test_an_unknown_access_key(emulator):
    for service, call in (("connect", lambda c: c.list_instances()), ("rolesanywhere", lambda c: c.list_profiles())):
        with pytest.raises(ClientError) as excinfo:
            call(emulator.client(service, access_key="AKIDUNKNOWN"))
        assert error_of(excinfo) == (
            "UnrecognizedClientException", "The security token included in the request is invalid.", 403)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("sts", access_key="AKIDUNKNOWN").get_caller_identity()
    assert error_of(excinfo) == ("InvalidClientTokenId", "The security token included in the request is invalid.", 403)


def test_a_request_signed_ten_minutes_ago_has_expired(emulator, monkeypatch):
    skewed = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=10)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: skewed)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("connect").describe_instance(InstanceId=PROD_ID)
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidSignatureException", 403)
    match = re.fullmatch(r"Signature expired: (\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) "
                         r"\((\d{8}T\d{6}Z) - 5 min\.\)", message)
    assert match, message
    assert match.group(1) == skewed.strftime("%Y%m%dT%H%M%SZ")
    signed, bound, now = (datetime.datetime.strptime(g, "%Y%m%dT%H%M%SZ") for g in match.groups())
    assert now - bound == datetime.timedelta(minutes=5)


def test_a_request_signed_in_the_future_is_not_yet_current(emulator, monkeypatch):
    skewed = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=10)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: skewed)
    with pytest.raises(ClientError) as excinfo:
        emulator.client("rolesanywhere").list_profiles()
    code, message, status = error_of(excinfo)
    assert (code, status) == ("InvalidSignatureException", 403)
    assert message.startswith("Signature not yet current: ")


def test_four_minutes_of_skew_is_accepted(emulator, monkeypatch):
    skewed = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=4)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: skewed)
    assert emulator.client("connect").describe_instance(InstanceId=PROD_ID)["Instance"]["Id"] == PROD_ID


def test_an_unsigned_request(emulator):
    request = urllib.request.Request(f"{emulator.url}/instance/{PROD_ID}")
    with pytest.raises(urllib.error.HTTPError) as excinfo:
        urllib.request.urlopen(request)
    assert excinfo.value.code == 403
    assert excinfo.value.headers["x-amzn-ErrorType"] == "MissingAuthenticationTokenException"
