#!/usr/bin/env python3
"""Writes the typed shapes and client methods of ConnectAPI and RolesAnywhereAPI from botocore's models.

Run from the package root once per botocore update, then format:
    python3 Sources/ConnectAPI/generate_api.py && swift format --in-place --recursive Sources/ConnectAPI Sources/RolesAnywhereAPI

Every structure reachable from the operations in scope (DESIGN.md section 1) becomes a Codable struct
whose coding keys are the model's member names; strings (and enums) are String, numbers Int or Double,
timestamps Date, free-form documents JSONValue. Required members of input shapes are non-optional;
everything an answer carries is optional, because AWS omits what is unset.
"""
import gzip
import html
import json
import os
import re

import botocore

DATA = os.path.join(os.path.dirname(botocore.__file__), "data")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

SERVICES = [
    {
        "module": "ConnectAPI",
        "client": "ConnectClient",
        "path": "connect/2017-08-08",
        "operations": [
            "ListInstances", "DescribeInstance", "ListAuthenticationProfiles", "DescribeAuthenticationProfile",
            "UpdateAuthenticationProfile", "ListSecurityProfiles", "DescribeSecurityProfile", "CreateSecurityProfile",
            "UpdateSecurityProfile", "DeleteSecurityProfile", "ListSecurityProfilePermissions",
            "ListSecurityProfileApplications", "ListSecurityProfileFlowModules", "ListUserHierarchyGroups",
            "TagResource", "UntagResource", "ListTagsForResource", "UpdateParticipantAuthentication",
        ],
        # Optional members that are left out when empty: Connect tag maps have a minimum of one entry.
        "omit_empty": {"CreateSecurityProfileRequest": ["Tags"]},
    },
    {
        "module": "RolesAnywhereAPI",
        "client": "RolesAnywhereClient",
        "path": "rolesanywhere/2018-05-10",
        "operations": [
            "ListProfiles", "GetProfile", "CreateProfile", "UpdateProfile", "DeleteProfile", "EnableProfile",
            "DisableProfile", "PutAttributeMapping", "DeleteAttributeMapping", "TagResource", "UntagResource",
            "ListTagsForResource",
        ],
        "omit_empty": {},
    },
]

KEYWORDS = {"default", "protocol", "extension", "internal", "operator", "repeat", "return", "self", "static", "struct",
            "subscript", "switch", "where", "while", "in", "is", "func", "enum", "case", "class", "import", "init"}


def camel(name):
    match = re.match(r"^([A-Z]+)(?=[A-Z][a-z]|$)", name)
    if match:
        head = match.group(1)
        result = head.lower() + name[len(head):]
    else:
        result = name[0].lower() + name[1:]
    return f"`{result}`" if result in KEYWORDS else result


def plain(name):
    return name.strip("`")


def summary(documentation):
    """The first sentence of a model documentation string, as plain text."""
    text = re.sub(r"<[^>]+>", " ", documentation or "")
    text = html.unescape(re.sub(r"\s+", " ", text)).strip()
    match = re.match(r"(.+?\.)(\s|$)", text)
    return (match.group(1) if match else text)[:400]


def comment(text, indent):
    words, lines, line = text.split(), [], ""
    width = 116 - indent
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "".join(" " * indent + "/// " + l + "\n" for l in lines)


def generate(service):
    with gzip.open(os.path.join(DATA, service["path"], "service-2.json.gz")) as handle:
        model = json.load(handle)
    with open(os.path.join(DATA, service["path"], "paginators-1.json")) as handle:
        paginators = json.load(handle)["pagination"]
    shapes = model["shapes"]
    operations = {name: model["operations"][name] for name in service["operations"]}

    input_shapes, output_shapes = set(), set()

    def reach(name, into):
        if name in into:
            return
        shape = shapes[name]
        if shape["type"] == "structure" and not shape.get("document"):
            into.add(name)
            for member in shape["members"].values():
                reach(member["shape"], into)
        elif shape["type"] == "list":
            reach(shape["member"]["shape"], into)
        elif shape["type"] == "map":
            reach(shape["value"]["shape"], into)

    for operation in operations.values():
        if "input" in operation:
            reach(operation["input"]["shape"], input_shapes)
        if "output" in operation:
            reach(operation["output"]["shape"], output_shapes)

    def swift_type(name):
        shape = shapes[name]
        kind = shape["type"]
        if shape.get("document"):
            return "JSONValue"
        return {
            "string": "String", "integer": "Int", "long": "Int", "boolean": "Bool", "timestamp": "Date",
            "double": "Double", "float": "Double", "blob": "String",
            "list": lambda: "[" + swift_type(shape["member"]["shape"]) + "]",
            "map": lambda: "[String: " + swift_type(shape["value"]["shape"]) + "]",
            "structure": lambda: name,
        }[kind] if kind not in ("list", "map", "structure") else {
            "list": lambda: "[" + swift_type(shape["member"]["shape"]) + "]",
            "map": lambda: "[String: " + swift_type(shape["value"]["shape"]) + "]",
            "structure": lambda: name,
        }[kind]()

    out = [f"// Generated by Sources/ConnectAPI/generate_api.py from botocore {botocore.__version__} "
           f"({service['path']}). Do not edit.\n\nimport AWSCore\nimport AWSModel\nimport Foundation\n"]
    for name in sorted(input_shapes | output_shapes):
        shape = shapes[name]
        is_input = name in input_shapes
        required = set(shape.get("required", [])) if is_input else set()
        members = shape["members"]
        doc = summary(shape.get("documentation")) or f"The {name} shape of the {service['path']} model."
        out.append("\n" + comment(doc, 0))
        out.append(f"public struct {name}: Codable, Sendable, Hashable {{\n")
        fields = []
        for member_name, member in members.items():
            prop = camel(member_name)
            typ = swift_type(member["shape"])
            optional = member_name not in required
            fields.append((member_name, prop, typ, optional))
            member_doc = summary(member.get("documentation"))
            if member_doc:
                out.append(comment(member_doc, 4))
            out.append(f"    public var {prop}: {typ}{'?' if optional else ''}\n")
        if fields:
            params = ", ".join(
                f"{prop}: {typ}{'? = nil' if optional else ''}" for _, prop, typ, optional in fields)
            out.append(f"\n    public init({params}) {{\n")
            for _, prop, _, _ in fields:
                out.append(f"        self.{plain(prop)} = {prop}\n")
            out.append("    }\n")
            out.append("\n    enum CodingKeys: String, CodingKey {\n")
            for member_name, prop, _, _ in fields:
                raw = "" if plain(prop) == member_name else f" = \"{member_name}\""
                out.append(f"        case {prop}{raw}\n")
            out.append("    }\n")
        else:
            out.append("    public init() {}\n")
        omit = service["omit_empty"].get(name, [])
        if omit:
            out.append("\n    /// Empty values of " + ", ".join(f"`{m}`" for m in omit)
                       + " are left out: the model requires at least one entry.\n")
            out.append("    public func encode(to encoder: any Encoder) throws {\n")
            out.append("        var container = encoder.container(keyedBy: CodingKeys.self)\n")
            for member_name, prop, typ, optional in fields:
                bare = plain(prop)
                if member_name in omit:
                    out.append(f"        if let {bare}, !{bare}.isEmpty {{ try container.encode({bare}, forKey: .{bare}) }}\n")
                elif optional:
                    out.append(f"        try container.encodeIfPresent({bare}, forKey: .{bare})\n")
                else:
                    out.append(f"        try container.encode({bare}, forKey: .{bare})\n")
            out.append("    }\n")
        out.append("}\n")
    with open(os.path.join(ROOT, service["module"], "Generated", service["client"] + "+Shapes.swift"), "w") as handle:
        handle.write("".join(out))

    ops = [f"// Generated by Sources/ConnectAPI/generate_api.py from botocore {botocore.__version__} "
           f"({service['path']}). Do not edit.\n\nimport AWSCore\nimport AWSModel\n\nextension {service['client']} {{\n"]
    for name, operation in operations.items():
        method = name[0].lower() + name[1:]
        http = operation["http"]
        input_type = operation.get("input", {}).get("shape")
        output_type = operation.get("output", {}).get("shape")
        doc = summary(operation.get("documentation"))
        ops.append("\n" + comment(doc, 4) if doc else "\n")
        ops.append(f"    ///\n    /// `{http['method']} {http['requestUri']}`\n")
        returns = f" -> {output_type}" if output_type else ""
        ops.append(f"    public func {method}(_ input: {input_type}) async throws(AWSError){returns} {{\n")
        if output_type:
            ops.append(f"        try await client.call(\"{name}\", input: input, output: {output_type}.self)\n")
        else:
            ops.append(f"        try await client.call(\"{name}\", input: input)\n")
        ops.append("    }\n")
        if name in paginators:
            paginator = paginators[name]
            ops.append(f"\n    /// Every page of {name}, following `{paginator['output_token']}`")
            if "limit_key" in paginator:
                ops.append(f"\n    /// with the largest `{paginator['limit_key']}` the model allows")
            ops.append(".\n")
            ops.append(f"    public func {method}Paginator(_ input: {input_type}) throws(AWSError) -> AWSPaginator<{output_type}> {{\n")
            ops.append(f"        try client.paginate(\"{name}\", input: input, page: {output_type}.self)\n    }}\n")
    ops.append("}\n")
    with open(os.path.join(ROOT, service["module"], "Generated", service["client"] + "+Operations.swift"), "w") as handle:
        handle.write("".join(ops))


for service in SERVICES:
    generate(service)
