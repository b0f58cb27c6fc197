"""pytest fixtures for the boto3 checks of `warden-emulator` (the harness is in emulator_harness.py)."""
import pytest

from emulator_harness import Emulator


@pytest.fixture(scope="session")
def emulator(tmp_path_factory):
    """One emulator for the session, without throttling; reset before every test."""
    running = Emulator(tmp_path_factory.mktemp("emulator"), "--no-throttle", "--seed", "1")
    yield running
    assert running.stop() == 0


@pytest.fixture(autouse=True)
def fresh(request):
    if "emulator" in request.fixturenames:
        request.getfixturevalue("emulator").reset()


@pytest.fixture
def connect(emulator):
    return emulator.client("connect")


@pytest.fixture
def raw_connect(emulator):
    """A Connect client that sends what it is given: botocore's own parameter checks are off."""
    return emulator.client("connect", validate=False)


@pytest.fixture
def ra(emulator):
    return emulator.client("rolesanywhere")


@pytest.fixture
def raw_ra(emulator):
    return emulator.client("rolesanywhere", validate=False)


@pytest.fixture
def sts(emulator):
    return emulator.client("sts")
