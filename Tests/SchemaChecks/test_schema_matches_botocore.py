"""The JSON Schema's constraints are botocore's: each property that names an AWS member ("AWS: Member (Op, …)."
in its description) must carry the min/max/pattern/enum of that member's shape in the service model.

The deliberate differences, each explained in README.md and DESIGN.md, are listed in KNOWN_DIFFERENCES.
"""

import json
import pathlib
import re

import botocore.session
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas" / "warden.schema.json").read_text())
SESSION = botocore.session.get_session()
MODELS = {"connect": SESSION.get_service_model("connect"), "rolesanywhere": SESSION.get_service_model("rolesanywhere")}
SERVICE_OF_KIND = {"authenticationProfile": "connect", "securityProfile": "connect", "rolesAnywhereProfile": "rolesanywhere"}
AWS = re.compile(r"AWS: (\w+)(?: \(([^)]*)\))?\.$")
REFERENCE_ALTERNATIVE = r"|.*\$\{(?:connect|rolesAnywhere|var)\..*)$"
VARIABLE_TEXT_ALTERNATIVE = r"|.*\$\{var\.[A-Za-z][A-Za-z0-9_]{0,63}\}.*)$"
VARIABLE_USE = r"^\$\{var\.[A-Za-z][A-Za-z0-9_]{0,63}\}$"


def without_variables(prop):
    """The property as it would be without the ${var.NAME} alternative every value may take."""
    prop = dict(prop)
    if isinstance(prop.get("type"), list) and "string" in prop["type"] and prop.get("pattern") == VARIABLE_USE:
        prop["type"] = next(t for t in prop["type"] if t != "string")
        del prop["pattern"]
    if "anyOf" in prop and prop["anyOf"][0].keys() == {"enum"} and "pattern" in prop["anyOf"][1]:
        prop["enum"] = prop.pop("anyOf")[0]["enum"]
    if "pattern" in prop:
        prop["pattern"] = prop["pattern"].replace(VARIABLE_TEXT_ALTERNATIVE, ")$")
    return prop

KNOWN_DIFFERENCES = {
    # The model's IpCidr pattern has no "." and rejects every IPv4 block; Warden parses CIDRs instead.
    ("IpCidr", "pattern"),
    # Connect tag maps need at least one entry on the wire; in the file an empty map means "remove every tag".
    ("TagMap", "min"),
    # \p{L} and friends are not portable to ECMA-262 and Python regular expressions; Warden checks the full pattern.
    ("TagKey", "pattern"),
}


def aws_member(prop):
    match = AWS.search(prop.get("description", ""))
    return (match.group(1), [op for op in (match.group(2) or "").split(", ") if op]) if match else (None, [])


def member_shape(model, operations, member):
    for name in operations:
        shape = model.operation_model(name).input_shape
        if member in shape.members:
            return shape.members[member]
    return None


def compare(path, prop, shape, found):
    """Records (path, keyword, schema value, model value) for every constraint that differs."""
    prop = without_variables(prop)
    metadata = shape.metadata

    def check(keyword, model_key, value=None):
        model_value = metadata.get(model_key) if value is None else value
        if (shape.name, model_key) in KNOWN_DIFFERENCES:
            return
        if prop.get(keyword) != model_value:
            found.append((path, keyword, prop.get(keyword), model_value))

    if shape.type_name == "string":
        check("minLength", "min")
        check("maxLength", "max")
        if shape.enum:
            check("enum", "enum", list(shape.enum))
        if "pattern" in metadata and (shape.name, "pattern") not in KNOWN_DIFFERENCES:
            pattern = prop.get("pattern", "").replace(REFERENCE_ALTERNATIVE, ")$")
            body = metadata["pattern"].removeprefix("^").removesuffix("$")
            if pattern != f"^(?:{body})$":
                found.append((path, "pattern", prop.get("pattern"), metadata["pattern"]))
    elif shape.type_name in ("integer", "long"):
        check("minimum", "min")
        check("maximum", "max")
    elif shape.type_name == "boolean":
        if prop.get("type") != "boolean":
            found.append((path, "type", prop.get("type"), "boolean"))
    elif shape.type_name == "list" and prop.get("type") == "object":
        # A list of {key, value} tags, written as a mapping in the file.
        check("maxProperties", "max")
        compare(path + "/keys", prop["propertyNames"], shape.member.members["key"], found)
        compare(path + "/values", prop["additionalProperties"], shape.member.members["value"], found)
    elif shape.type_name == "list":
        check("minItems", "min")
        check("maxItems", "max")
        compare(path + "/items", prop["items"], shape.member, found)
    elif shape.type_name == "map":
        check("minProperties", "min")
        check("maxProperties", "max")
        compare(path + "/keys", prop["propertyNames"], shape.key, found)
        compare(path + "/values", prop["additionalProperties"], shape.value, found)
    elif shape.type_name == "structure":
        for key, nested in prop.get("properties", {}).items():
            member, _ = aws_member(nested)
            assert member in shape.members, f"{path}/{key}: {shape.name} has no member {member}"
            compare(f"{path}/{key}", nested, shape.members[member], found)


def checked_properties():
    """Every property written by an operation, including those grouped under a key of Warden's own
    (sessionInactivity)."""
    for kind, service in SERVICE_OF_KIND.items():
        pending = list(SCHEMA["$defs"][kind]["properties"].items())
        while pending:
            key, prop = pending.pop(0)
            member, operations = aws_member(prop)
            if operations:
                yield kind, service, key, prop, member, operations
            elif member is None and "properties" in prop:
                pending += [(f"{key}.{nested}", value) for nested, value in prop["properties"].items()]


PROPERTIES = list(checked_properties())


def test_every_written_field_is_checked():
    assert len(PROPERTIES) == 28


@pytest.mark.parametrize(
    "kind,service,key,prop,member,operations", PROPERTIES, ids=[f"{p[0]}.{p[2]}" for p in PROPERTIES]
)
def test_property_has_the_model_constraints(kind, service, key, prop, member, operations):
    model = MODELS[service]
    for name in operations:
        assert name in model.operation_names, f"{name} is not a {service} operation"
    shape = member_shape(model, operations, member)
    if shape is None:
        # attributeMappings: written per certificate field through PutAttributeMapping.
        shape = model.shape_for("ProfileDetail").members[member]
        assert key == "attributeMappings"
        assert prop["propertyNames"]["enum"] == list(model.shape_for("CertificateField").enum)
        specifier = model.shape_for("MappingRule").members["specifier"]
        assert prop["additionalProperties"]["items"]["maxLength"] == specifier.metadata["max"]
        return
    if key == "sessionPolicy":
        assert shape.type_name == "string" and prop["type"] == ["object", "string"]
        return
    found = []
    compare(f"{kind}.{key}", prop, shape, found)
    assert found == []


def test_deprecated_members_are_marked_deprecated():
    for kind, service, key, prop, member, operations in PROPERTIES:
        shape = MODELS[service].operation_model(operations[0]).input_shape
        deprecated = member in shape.members and shape.members[member]._shape_model.get("deprecated", False)
        assert prop.get("deprecated", False) == deprecated, f"{kind}.{key}"
