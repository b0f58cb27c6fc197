import AWSModel
import DesiredState
import Reconcile
import Testing
import YAML

/// Every file in Fixtures/invalid, with the exact diagnostics `warden validate` must print for it.
let invalidFixtures: [(name: String, diagnostics: [String])] = [
    (
        "account-id-not-a-string",
        [
            "account-id-not-a-string.yaml:2:12: error: accountId: expected a string, found an integer; quote it (\"111122223333\") to make it a string"
        ]
    ),
    (
        "account-id-wrong-length",
        [
            "account-id-wrong-length.yaml:2:12: error: accountId: \"1111-2222-3333\" is invalid: expected exactly 12 digits, such as \"111122223333\""
        ]
    ),
    (
        "application-bad-type",
        [
            "application-bad-type.yaml:10:19: error: connect.prod.securityProfiles.agent.applications[0].type: \"THIRD_PARTY\" is not one of MCP, THIRD_PARTY_APPLICATION; did you mean \"THIRD_PARTY_APPLICATION\"?"
        ]
    ),
    (
        "application-missing-namespace",
        [
            "application-missing-namespace.yaml:9:13: error: connect.prod.securityProfiles.agent.applications[0]: missing required key \"namespace\"",
            "application-missing-namespace.yaml:10:26: error: connect.prod.securityProfiles.agent.applications[0].permissions: has 0 items; AWS requires at least 1",
        ]
    ),
    (
        "attribute-mapping-unknown-field",
        [
            "attribute-mapping-unknown-field.yaml:7:9: error: rolesAnywhere.profiles.ops.attributeMappings: key \"x509Subjct\" is not one of x509Subject, x509Issuer, x509SAN; did you mean \"x509Subject\"?",
            "attribute-mapping-unknown-field.yaml:8:19: error: rolesAnywhere.profiles.ops.attributeMappings.x509SAN[0]: \"DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD...\" is 61 characters long; AWS allows at most 60",
        ]
    ),
    (
        "auth-profile-without-name-or-id",
        [
            "auth-profile-without-name-or-id.yaml:6:7: error: connect.prod.authenticationProfiles.default: give at least one of \"name\" or \"id\""
        ]
    ),
    (
        "bad-instance-alias",
        [
            "bad-instance-alias.yaml:4:12: error: connect.prod.alias: \"d-1234567890\" is invalid: expected letters, digits and -, not starting with d-"
        ]
    ),
    (
        "bad-logical-name",
        [
            "bad-logical-name.yaml:3:3: error: connect: key \"prod.eu\" is invalid: expected letters, digits, _ and -, starting with a letter or digit"
        ]
    ),
    (
        "bad-region",
        [
            "bad-region.yaml:2:9: error: region: \"London\" is invalid: expected an AWS Region code such as eu-west-2"
        ]
    ),
    (
        "billion-laughs",
        [
            "billion-laughs.yaml:6:47: error: aliases expand to more than 100000 nodes (a \"billion laughs\" file?); parsing stopped here"
        ]
    ),
    (
        "cidr-host-bits",
        [
            "cidr-host-bits.yaml:9:13: error: connect.prod.authenticationProfiles.default.allowedIps[0]: \"203.0.113.7/24\" is not a valid CIDR block: host bits are set; the network is 203.0.113.0/24",
            "cidr-host-bits.yaml:10:13: error: connect.prod.authenticationProfiles.default.allowedIps[1]: \"2001:db8::1/32\" is not a valid CIDR block: host bits are set; the network is 2001:db8::/32",
        ]
    ),
    (
        "cidr-invalid",
        [
            "cidr-invalid.yaml:9:13: error: connect.prod.authenticationProfiles.default.blockedIps[0]: \"203.0.113.7\" is not a valid CIDR block: the /prefix length is missing (for a single address write 203.0.113.7/32)",
            "cidr-invalid.yaml:10:13: error: connect.prod.authenticationProfiles.default.blockedIps[1]: \"203.0.113.256/32\" is not a valid CIDR block: 203.0.113.256 is not an IPv4 or IPv6 address",
            "cidr-invalid.yaml:11:13: error: connect.prod.authenticationProfiles.default.blockedIps[2]: \"10.0.0.0/33\" is not a valid CIDR block: the prefix length 33 is out of range for IPv4 (0 to 32)",
            "cidr-invalid.yaml:12:13: error: connect.prod.authenticationProfiles.default.blockedIps[3]: \"2001:db8::/129\" is not a valid CIDR block: the prefix length 129 is out of range for IPv6 (0 to 128)",
            "cidr-invalid.yaml:13:13: error: connect.prod.authenticationProfiles.default.blockedIps[4]: \"2001:db8:::1/64\" is not a valid CIDR block: 2001:db8:::1 is not an IPv4 or IPv6 address",
            "cidr-invalid.yaml:14:13: error: connect.prod.authenticationProfiles.default.blockedIps[5]: \"not-a-cidr\" is not a valid CIDR block: expected an IPv4 or IPv6 address, \"/\" and a prefix length",
        ]
    ),
    (
        "duplicate-application-namespace",
        [
            "duplicate-application-namespace.yaml:10:26: error: connect.prod.securityProfiles.agent.applications[1].namespace: duplicate namespace \"crm\" (first at 9:26)"
        ]
    ),
    (
        "duplicate-instance",
        [
            "duplicate-instance.yaml:6:12: error: connect.production.alias: instance alias \"acme\" is already used by connect.prod (at 4:12)"
        ]
    ),
    (
        "duplicate-key",
        [
            "duplicate-key.yaml:9:9: error: duplicate key \"permissions\" (first defined at 8:9)"
        ]
    ),
    (
        "duplicate-permission",
        [
            "duplicate-permission.yaml:8:61: error: connect.prod.securityProfiles.agent.permissions[2]: duplicate value \"BasicAgentAccess\" (first at 8:23)"
        ]
    ),
    (
        "duplicate-security-profile-name",
        [
            "duplicate-security-profile-name.yaml:9:15: error: connect.prod.securityProfiles.agent-copy.name: security profile name \"Agent\" is already used by connect.prod.securityProfiles.agent (at 7:15)"
        ]
    ),
    (
        "duration-seconds-out-of-range",
        [
            "duration-seconds-out-of-range.yaml:6:24: error: rolesAnywhere.profiles.ops.durationSeconds: 86400 is out of range; AWS allows 900 to 43200"
        ]
    ),
    (
        "empty-file",
        [
            "empty-file.yaml:1:1: error: the file must be a YAML mapping starting with \"version: 1\", found null"
        ]
    ),
    (
        "flow-module-bad-type",
        [
            "flow-module-bad-type.yaml:9:41: error: connect.prod.securityProfiles.agent.allowedFlowModules[0].type: \"LAMBDA\" is not allowed; expected MCP"
        ]
    ),
    (
        "granular-access-control",
        [
            "granular-access-control.yaml:12:31: error: connect.prod.securityProfiles.agent.granularAccessControlConfiguration.dataTableAccessControlConfiguration.primaryAttributeAccessControlConfiguration.primaryAttributeValues[0].accessType: \"DENY\" is not allowed; expected ALLOW",
            "granular-access-control.yaml:13:34: error: connect.prod.securityProfiles.agent.granularAccessControlConfiguration.dataTableAccessControlConfiguration.primaryAttributeAccessControlConfiguration.primaryAttributeValues[0].attributeName: \"connect:Region\" is invalid: expected printable Latin-1 characters, not starting with aws: or connect:",
            "granular-access-control.yaml:14:27: error: connect.prod.securityProfiles.agent.granularAccessControlConfiguration.dataTableAccessControlConfiguration.primaryAttributeAccessControlConfiguration.primaryAttributeValues[0].values: has 3 items; AWS allows at most 2",
        ]
    ),
    (
        "inactivity-duration-out-of-range",
        [
            "inactivity-duration-out-of-range.yaml:8:55: error: connect.prod.authenticationProfiles.default.sessionInactivity.duration: 10 is out of range; AWS allows 15 to 720"
        ]
    ),
    (
        "instance-id-and-alias",
        [
            "instance-id-and-alias.yaml:5:5: error: connect.prod: give only one of \"id\" or \"alias\""
        ]
    ),
    (
        "instance-without-selector",
        [
            "instance-without-selector.yaml:3:3: error: connect.prod: give one of \"id\" or \"alias\""
        ]
    ),
    (
        "many-errors",
        [
            "many-errors.yaml:9:22: error: connect.prod.authenticationProfiles.default.allowedIps[0]: \"10.0.0.1/8\" is not a valid CIDR block: host bits are set; the network is 10.0.0.0/8",
            "many-errors.yaml:10:39: error: connect.prod.authenticationProfiles.default.sessionInactivity.enabled: expected true or false, found a string (YAML 1.2 reads only true and false as booleans)",
            "many-errors.yaml:10:53: error: connect.prod.authenticationProfiles.default.sessionInactivity.duration: 1000 is out of range; AWS allows 15 to 720",
            "many-errors.yaml:14:9: error: connect.prod.securityProfiles.agent: unknown key \"permisions\"; did you mean \"permissions\"?",
            "many-errors.yaml:15:23: error: connect.prod.securityProfiles.agent.tags.team: expected a string, found an integer; quote it (\"7\") to make it a string",
            "many-errors.yaml:21:24: error: rolesAnywhere.profiles.ops.durationSeconds: 60 is out of range; AWS allows 900 to 43200",
            "many-errors.yaml:23:19: error: rolesAnywhere.profiles.ops.tags.sp: reference ${connect.prod.securityProfiles.supervisor.arn} points at connect.prod.securityProfiles.supervisor, which this file does not declare",
        ]
    ),
    (
        "merge-key",
        [
            "merge-key.yaml:9:9: error: merge keys (<<) are not supported; write the keys out in full"
        ]
    ),
    (
        "missing-version",
        [
            "missing-version.yaml:1:1: error: missing required key \"version\""
        ]
    ),
    (
        "multiple-documents",
        [
            "multiple-documents.yaml:2:1: error: the file holds more than one YAML document (a second one starts here); Warden reads exactly one"
        ]
    ),
    (
        "non-string-key",
        [
            "non-string-key.yaml:9:11: error: connect.prod.securityProfiles.agent.allowedAccessControlTags: keys must be strings, found an integer key; quote it (\"2024\")"
        ]
    ),
    (
        "null-list",
        [
            "null-list.yaml:8:20: error: connect.prod.authenticationProfiles.default.blockedIps: expected a list, found null; write [] for an empty list, or remove the key to leave the field unmanaged"
        ]
    ),
    (
        "periodic-session-out-of-range",
        [
            "periodic-session-out-of-range.yaml:8:9: warning: connect.prod.authenticationProfiles.default.periodicSessionDuration: AWS deprecated PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead",
            "periodic-session-out-of-range.yaml:8:34: error: connect.prod.authenticationProfiles.default.periodicSessionDuration: 90 is out of range; AWS allows 10 to 60",
        ]
    ),
    (
        "policy-arn-invalid",
        [
            "policy-arn-invalid.yaml:8:11: error: rolesAnywhere.profiles.ops.managedPolicyArns[1]: \"ReadOnlyAccess\" is not an IAM managed policy ARN (arn:aws:iam::aws:policy/<name> or arn:aws:iam::<12-digit account id>:policy/<name>)"
        ]
    ),
    (
        "prune-unknown-collection",
        [
            "prune-unknown-collection.yaml:5:13: error: connect.prod.prune[0]: \"securityProfile\" is not allowed; expected securityProfiles",
            "prune-unknown-collection.yaml:5:30: error: connect.prod.prune[1]: \"authenticationProfiles\" is not allowed; expected securityProfiles",
        ]
    ),
    (
        "quoted-integer",
        [
            "quoted-integer.yaml:6:24: error: rolesAnywhere.profiles.ops.durationSeconds: expected an integer, found a string; remove the quotes"
        ]
    ),
    (
        "reference-bad-syntax",
        [
            "reference-bad-syntax.yaml:8:22: error: connect.prod.securityProfiles.agent.description: invalid reference ${connect.prod.name}: it must end with .arn or .id",
            "reference-bad-syntax.yaml:9:47: error: connect.prod.securityProfiles.agent.allowedAccessControlHierarchyGroupId: unterminated reference \"${connect.prod.securityProfiles.agent.arn\": add the closing }",
            "reference-bad-syntax.yaml:15:12: error: rolesAnywhere.profiles.ops.tags.a: invalid reference ${conect.prod.arn}: it must start with connect. or rolesAnywhere.; did you mean \"connect\"?",
            "reference-bad-syntax.yaml:16:12: error: rolesAnywhere.profiles.ops.tags.b: invalid reference ${connect.prod.securityProfile.agent.id}: unknown collection \"securityProfile\"; did you mean \"securityProfiles\"?",
            "reference-bad-syntax.yaml:17:12: error: rolesAnywhere.profiles.ops.tags.c: invalid reference ${rolesAnywhere.profiles.ops}: it must end with .arn or .id",
        ]
    ),
    (
        "reference-cycle",
        [
            "reference-cycle.yaml:9:48: error: rolesAnywhere.profiles.b: reference cycle: rolesAnywhere.profiles.a -> rolesAnywhere.profiles.b -> rolesAnywhere.profiles.a; a resource cannot depend on itself",
            "reference-cycle.yaml:12:19: error: rolesAnywhere.profiles.self: reference cycle: rolesAnywhere.profiles.self -> rolesAnywhere.profiles.self; a resource cannot depend on itself",
        ]
    ),
    (
        "reference-undeclared-instance",
        [
            "reference-undeclared-instance.yaml:10:19: error: rolesAnywhere.profiles.ops.tags.instance: reference ${connect.prd.arn} points at Connect instance \"prd\", which this file does not declare; did you mean \"prod\"?"
        ]
    ),
    (
        "reference-undeclared-resource",
        [
            "reference-undeclared-resource.yaml:17:23: error: rolesAnywhere.profiles.ops.sessionPolicy.Statement[0].Resource: reference ${connect.prod.securityProfiles.agnet.arn} points at connect.prod.securityProfiles.agnet, which this file does not declare; did you mean \"agent\"?"
        ]
    ),
    (
        "role-arn-invalid",
        [
            "role-arn-invalid.yaml:7:11: error: rolesAnywhere.profiles.ops.roleArns[0]: \"arn:aws:iam::1111:role/ConnectOps\" is not an IAM role ARN (arn:aws:iam::<12-digit account id>:role/<name>)",
            "role-arn-invalid.yaml:8:11: error: rolesAnywhere.profiles.ops.roleArns[1]: \"arn:aws:iam::111122223333:user/ConnectOps\" is not an IAM role ARN (arn:aws:iam::<12-digit account id>:role/<name>)",
            "role-arn-invalid.yaml:9:11: error: rolesAnywhere.profiles.ops.roleArns[2]: \"ConnectOps\" is not an IAM role ARN (arn:aws:iam::<12-digit account id>:role/<name>)",
        ]
    ),
    (
        "roles-anywhere-bad-name",
        [
            "roles-anywhere-bad-name.yaml:5:13: error: rolesAnywhere.profiles.ops.name: \"connect.ops\" is invalid: expected letters, digits, spaces, - and _"
        ]
    ),
    (
        "roles-anywhere-profile-id",
        [
            "roles-anywhere-profile-id.yaml:5:11: error: rolesAnywhere.profiles.ops.id: \"ops-profile\" is invalid: expected a lowercase UUID"
        ]
    ),
    (
        "roles-anywhere-tag-characters",
        [
            "roles-anywhere-tag-characters.yaml:7:15: error: rolesAnywhere.profiles.ops.tags.team: \"contact center!\" is invalid: expected letters, digits, spaces and _ . : / = + @ -",
            "roles-anywhere-tag-characters.yaml:8:9: error: rolesAnywhere.profiles.ops.tags: key \"owner#1\" is invalid: expected letters, digits, spaces and _ . : / = + @ -",
        ]
    ),
    (
        "root-not-a-mapping",
        [
            "root-not-a-mapping.yaml:1:1: error: the file must be a YAML mapping starting with \"version: 1\", found a list"
        ]
    ),
    (
        "security-profile-bad-name",
        [
            "security-profile-bad-name.yaml:7:15: error: connect.prod.securityProfiles.agent.name: \"Agent (EU)\" is invalid: expected letters, digits, spaces, _, @ and -"
        ]
    ),
    (
        "security-profile-name-too-long",
        [
            "security-profile-name-too-long.yaml:7:15: error: connect.prod.securityProfiles.agent.name: \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...\" is 128 characters long; AWS allows at most 127"
        ]
    ),
    (
        "session-policy-invalid-json",
        [
            "session-policy-invalid-json.yaml:6:22: error: rolesAnywhere.profiles.ops.sessionPolicy: is not valid JSON: unexpected '\"'; expected ',' or '}' at line 4, column 3 of the JSON text"
        ]
    ),
    (
        "session-policy-not-an-object",
        [
            "session-policy-not-an-object.yaml:6:22: error: rolesAnywhere.profiles.ops.sessionPolicy: must be a JSON object, found an array",
            "session-policy-not-an-object.yaml:9:22: error: rolesAnywhere.profiles.ops2.sessionPolicy: expected a mapping or a string of JSON, found a list",
        ]
    ),
    (
        "session-policy-not-json-number",
        [
            "session-policy-not-json-number.yaml:8:17: error: rolesAnywhere.profiles.ops.sessionPolicy.Weight: .inf cannot be represented in JSON"
        ]
    ),
    (
        "tag-key-aws-prefix",
        [
            "tag-key-aws-prefix.yaml:9:11: error: connect.prod.securityProfiles.agent.tags: key \"aws:team\" is invalid: expected letters, digits, spaces and _ . : / = + - @, not starting with aws:"
        ]
    ),
    (
        "tag-value-not-a-string",
        [
            "tag-value-not-a-string.yaml:9:24: error: connect.prod.securityProfiles.agent.tags.cost-center: expected a string, found an integer; quote it (\"4410\") to make it a string",
            "tag-value-not-a-string.yaml:10:20: error: connect.prod.securityProfiles.agent.tags.on-call: expected a string, found a boolean; quote it (\"true\") to make it a string",
        ]
    ),
    (
        "tags-written-as-list",
        [
            "tags-written-as-list.yaml:9:11: error: connect.prod.securityProfiles.agent.tags: expected a mapping, found a list"
        ]
    ),
    (
        "too-many-access-control-tags",
        [
            "too-many-access-control-tags.yaml:8:35: error: connect.prod.securityProfiles.agent.allowedAccessControlTags: has 5 entries; AWS allows at most 4"
        ]
    ),
    (
        "too-many-permissions",
        [
            "too-many-permissions.yaml:9:11: error: connect.prod.securityProfiles.agent.permissions: has 501 items; AWS allows at most 500"
        ]
    ),
    (
        "unknown-key-aws-member-name",
        [
            "unknown-key-aws-member-name.yaml:8:9: error: connect.prod.authenticationProfiles.default: unknown key \"SessionInactivityDuration\"; did you mean \"sessionInactivity.duration\"?",
            "unknown-key-aws-member-name.yaml:9:9: error: connect.prod.authenticationProfiles.default: unknown key \"allowedIP\"; did you mean \"allowedIps\"?",
        ]
    ),
    (
        "unknown-top-level-key",
        [
            "unknown-top-level-key.yaml:2:1: error: unknown key \"regoin\"; did you mean \"region\"?",
            "unknown-top-level-key.yaml:3:1: error: unknown key \"conect\"; did you mean \"connect\"?",
        ]
    ),
    (
        "unsupported-tag",
        [
            "unsupported-tag.yaml:2:9: error: unsupported tag !Ref; Warden reads plain YAML only"
        ]
    ),
    (
        "unsupported-version",
        [
            "unsupported-version.yaml:1:10: error: version: unsupported value 2; expected 1"
        ]
    ),
    (
        "wrong-kind-of-value",
        [
            "wrong-kind-of-value.yaml:5:23: error: connect.prod.securityProfiles: expected a mapping, found a list",
            "wrong-kind-of-value.yaml:7:16: error: connect.prod.authenticationProfiles.default: expected a mapping, found a string",
        ]
    ),
    (
        "yaml-syntax-error",
        [
            "yaml-syntax-error.yaml:6:1: error: did not find expected ',' or ']' (while parsing a flow sequence at 5:23)"
        ]
    ),
    (
        "yes-is-not-a-boolean",
        [
            "yes-is-not-a-boolean.yaml:9:20: error: connect.prod.authenticationProfiles.default.sessionInactivity.enabled: expected true or false, found a string (YAML 1.2 reads only true and false as booleans)"
        ]
    ),
]

@Suite struct InvalidFixtures {
    @Test(arguments: invalidFixtures)
    func reportsExactlyTheseDiagnostics(name: String, diagnostics: [String]) throws {
        let result = DesiredState.load(text: try Fixtures.invalid(name), file: "\(name).yaml", layout: Kinds.layout)
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.description) == diagnostics)
    }

    @Test func everyFixtureFileIsCheckedAndThereAreAtLeastThirty() throws {
        let files = try Fixtures.names(in: "invalid")
        #expect(files == invalidFixtures.map(\.name).sorted())
        #expect(files.count >= 30)
    }
}
