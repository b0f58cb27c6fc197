"""Every example is valid against schemas/warden.schema.json, and invalid files are rejected by it."""

import json
import pathlib

import jsonschema
import pytest

from yaml12 import load

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas" / "warden.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
# Desired-state files; the emulator's seed file (emulator-seed.yaml) is another format.
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.startswith("emulator-"))


def errors(document):
    return sorted(
        ("/".join(str(part) for part in error.absolute_path), error.validator) for error in VALIDATOR.iter_errors(document)
    )


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_there_are_examples():
    assert [path.name for path in EXAMPLES] == ["contact-center.yaml", "minimal.yaml"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_example_is_valid(path):
    assert errors(load(path.read_text())) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_example_names_the_schema_for_editors(path):
    assert path.read_text().splitlines()[0] == "# yaml-language-server: $schema=../schemas/warden.schema.json"


MINIMAL = "version: 1\nconnect:\n  prod:\n    alias: acme\n    securityProfiles:\n      agent:\n"

INVALID = {
    "missing version": ("region: eu-west-2\n", [("", "required")]),
    "unsupported version": ("version: 2\n", [("version", "const")]),
    "unknown key": ("version: 1\nregoin: eu-west-2\n", [("", "additionalProperties")]),
    "account id as a number": ("version: 1\naccountId: 111122223333\n", [("accountId", "type")]),
    "instance with id and alias": (
        "version: 1\nconnect:\n  prod:\n    id: abc\n    alias: acme\n",
        [("connect/prod", "oneOf")],
    ),
    "security profile name pattern": (MINIMAL + "        name: Agent!\n", [("connect/prod/securityProfiles/agent/name", "pattern")]),
    "yes is not a boolean": (
        "version: 1\nrolesAnywhere:\n  profiles:\n    ops:\n      name: ops\n      enabled: yes\n",
        # A string is accepted only as ${var.NAME}.
        [("rolesAnywhere/profiles/ops/enabled", "pattern")],
    ),
    "duration out of range": (
        "version: 1\nrolesAnywhere:\n  profiles:\n    ops:\n      name: ops\n      durationSeconds: 60\n",
        [("rolesAnywhere/profiles/ops/durationSeconds", "minimum")],
    ),
    "application type enum": (
        MINIMAL + "        name: Agent\n        applications: [{namespace: crm, type: APP, permissions: [ACCESS]}]\n",
        # Either one of the values or a string using a variable.
        [("connect/prod/securityProfiles/agent/applications/0/type", "anyOf")],
    ),
    "too many access-control tags": (
        MINIMAL + "        name: Agent\n        allowedAccessControlTags: {a: x, b: x, c: x, d: x, e: x}\n",
        [("connect/prod/securityProfiles/agent/allowedAccessControlTags", "maxProperties")],
    ),
    "duplicate permission": (
        MINIMAL + "        name: Agent\n        permissions: [A, A]\n",
        [("connect/prod/securityProfiles/agent/permissions", "uniqueItems")],
    ),
    "profile without name or id": (
        "version: 1\nrolesAnywhere:\n  profiles:\n    ops:\n      enabled: true\n",
        [("rolesAnywhere/profiles/ops", "anyOf")],
    ),
    "tag key starting with aws:": (
        MINIMAL + "        name: Agent\n        tags: {'aws:team': x}\n",
        [("connect/prod/securityProfiles/agent/tags", "pattern")],
    ),
    "prune of a collection that cannot be pruned": (
        "version: 1\nconnect:\n  prod:\n    alias: acme\n    prune: [authenticationProfiles]\n",
        [("connect/prod/prune/0", "anyOf")],
    ),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_document_is_rejected(name):
    text, expected = INVALID[name]
    assert errors(load(text)) == expected


def test_a_reference_is_accepted_where_a_pattern_applies():
    text = (
        "version: 1\nconnect:\n  prod:\n    alias: acme\nrolesAnywhere:\n  profiles:\n    ops:\n      name: ops\n"
        "      tags: {instance: '${connect.prod.id}'}\n"
    )
    assert errors(load(text)) == []


def test_yaml12_loader_reads_yes_and_dates_as_strings():
    assert load("a: yes\nb: 2012-10-17\nc: 0x1F\nd: ~\ne: True\n") == {
        "a": "yes",
        "b": "2012-10-17",
        "c": 31,
        "d": None,
        "e": True,
    }


def test_permission_names_are_offered_yet_any_name_is_valid():
    items = SCHEMA["$defs"]["securityProfile"]["properties"]["permissions"]["items"]
    offered = items["anyOf"][0]["enum"]
    assert "ContactSearch.View" in offered and "BasicAgentAccess" in offered and len(offered) == 326
    document = {
        "version": 1,
        "allowPermissions": ["NewPermission.View"],
        "connect": {"prod": {
            "alias": "acme-prod",
            "allowPermissions": ["OtherNew.Access"],
            "securityProfiles": {"a": {"name": "A", "permissions": ["NewPermission.View", "BasicAgentAccess"]}},
        }},
    }
    assert errors(document) == []
    document["connect"]["prod"]["securityProfiles"]["a"]["permissions"] = [""]
    assert errors(document) == [("connect/prod/securityProfiles/a/permissions/0", "minLength")]


def test_a_variable_is_accepted_for_a_value_of_any_type():
    text = (
        "version: 1\nvariables:\n  alias: {type: string, default: acme}\n  minutes: {type: integer}\n"
        "  perms: {type: list}\n  on: {type: boolean}\n  tags: {type: map, sensitive: true}\n"
        "region: '${var.region}'\naccountId: '${var.account}'\n"
        "connect:\n  prod:\n    alias: '${var.alias}'\n    prune: ['${var.collection}']\n"
        "    authenticationProfiles:\n      default:\n        name: 'Default-${var.alias}'\n"
        "        sessionInactivity: {enabled: '${var.on}', duration: '${var.minutes}'}\n"
        "    securityProfiles:\n      agent:\n        name: Agent\n        permissions: '${var.perms}'\n"
        "        tags: '${var.tags}'\n"
        "        applications: [{namespace: crm, type: '${var.appType}', permissions: [ACCESS]}]\n"
    )
    assert errors(load(text)) == []
    # Only a whole ${var.NAME} stands for a value of another type; map keys stay literal.
    assert errors(load(text.replace("duration: '${var.minutes}'", "duration: 'x${var.minutes}'"))) == [
        ("connect/prod/authenticationProfiles/default/sessionInactivity/duration", "pattern")
    ]


def test_the_environments_example_is_valid_with_its_variables_unresolved():
    # The one file both environments share: editors see ${var.NAME} in fields of every type, and accept it.
    path = ROOT / "examples" / "environments" / "warden.yaml"
    assert path.read_text().splitlines()[0] == "# yaml-language-server: $schema=../../schemas/warden.schema.json"
    assert errors(load(path.read_text())) == []
