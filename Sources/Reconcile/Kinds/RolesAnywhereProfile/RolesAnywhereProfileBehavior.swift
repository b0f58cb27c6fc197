import AWSModel
import DesiredState
import Plan

/// IAM Roles Anywhere profiles. Beyond renaming, two fields have their own AWS shapes: tags are a list of
/// `{key, value}`, and attribute mappings a list of `{certificateField, mappingRules: [{specifier}]}`
/// written one certificate field at a time by PutAttributeMapping and DeleteAttributeMapping. `enabled` is
/// written by EnableProfile and DisableProfile: a profile being disabled is disabled before anything else
/// changes, one being enabled is enabled after everything else (a new one is created disabled when its
/// attribute mappings need calls of their own, then enabled last).
struct RolesAnywhereProfileBehavior: KindBehavior {
    let kind = ResourceKind.rolesAnywhereProfile
    let service = ServiceModel.rolesAnywhere.signingName
    let listOperation = "ListProfiles"

    /// The certificate fields attribute mappings can name, in the order calls are made.
    static let certificateFields = ["x509Subject", "x509Issuer", "x509SAN"]

    /// The UpdateProfile members, by file key.
    private static let updatable: Set<String> = [
        "name", "roleArns", "managedPolicyArns", "sessionPolicy", "durationSeconds", "acceptRoleSessionName",
    ]

    func fileValues(fromAWS members: [String: JSONValue], managed: [FieldDescription]) -> [String: JSONValue] {
        var values = FieldMapping.fileValues(
            from: members,
            fields: managed.filter { $0.key != "tags" && $0.key != "attributeMappings" }
        )
        if managed.contains(where: { $0.key == "tags" }) {
            values["tags"] = Self.tagMap(members["tags"])
        }
        if managed.contains(where: { $0.key == "attributeMappings" }) {
            values["attributeMappings"] = Self.mappingMap(members["attributeMappings"])
        }
        return values
    }

    func createCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        guard context.desired["roleArns"] != nil else {
            throw PlanningProblem(
                "roleArns is required to create a Roles Anywhere profile (CreateProfile needs at least the list, "
                    + "which may be empty)"
            )
        }
        let keys = context.desired.keys.filter { $0 != "attributeMappings" && $0 != "name" }.sorted()
        var members = context.members(for: keys, convert: Self.convert)
        let profileId = JSONValue.string(Reference(target: context.address, attribute: .id).description)
        var following: [PlannedCall] = []
        if let mappings = context.desired["attributeMappings"] {
            // The new profile has AWS's default mappings: put the declared fields, delete the others.
            following = mappingCalls(desired: mappings.json, observed: nil, profileId: profileId, waiting: true)
        }
        // A profile to be enabled is created disabled and enabled last, once its mappings are as declared: it
        // never accepts sessions with AWS's default mappings, even if apply stops half-way.
        let enableLast = members.input["enabled"] == .bool(true) && !following.isEmpty
        if enableLast { members.input["enabled"] = .bool(false) }
        var calls = [members.call(service, "CreateProfile", addressing: ["name": .string(context.name)])] + following
        if enableLast {
            calls.append(
                PlannedCall(
                    service: service,
                    operation: "EnableProfile",
                    input: ["profileId": profileId],
                    knownAfterApply: ["profileId": profileId.stringValue ?? ""]
                )
            )
        }
        return calls
    }

    func updateCalls(_ context: CallContext) throws(PlanningProblem) -> [PlannedCall] {
        if context.changed.contains("requireInstanceProperties") {
            throw PlanningProblem(
                "requireInstanceProperties can only be set when a profile is created (UpdateProfile has no such "
                    + "member); the live profile has \(context.observed["requireInstanceProperties"]?.serialized() ?? "no value")",
                field: "requireInstanceProperties"
            )
        }
        guard let id = context.identity.id else { return [] }
        let profileId = JSONValue.string(id)
        let enabled = context.changed.contains("enabled") ? context.desired["enabled"]?.json.boolValue : nil
        var calls: [PlannedCall] = []
        if enabled == false {
            calls.append(PlannedCall(service: service, operation: "DisableProfile", input: ["profileId": profileId]))
        }
        let members = context.members(for: context.changed.intersection(Self.updatable).sorted(), convert: Self.convert)
        if !members.isEmpty {
            calls.append(members.call(service, "UpdateProfile", addressing: ["profileId": profileId]))
        }
        if context.changed.contains("attributeMappings"), let mappings = context.desired["attributeMappings"] {
            calls += mappingCalls(
                desired: mappings.json,
                observed: context.observed["attributeMappings"],
                profileId: profileId,
                waiting: false
            )
        }
        if context.changed.contains("tags"), let arn = context.identity.arn {
            let tags = TagChanges(
                desired: context.desired["tags"], observed: context.observed["tags"], known: context.known)
            calls += tags.calls(service: service, resourceArn: arn, encode: Self.tagList)
        }
        if enabled == true {
            calls.append(PlannedCall(service: service, operation: "EnableProfile", input: ["profileId": profileId]))
        }
        return calls
    }

    func createdIdentity(_ operation: String, answer: JSONValue) -> (id: String?, arn: String?)? {
        guard operation == "CreateProfile" else { return nil }
        return (answer["profile"]?["profileId"]?.stringValue, answer["profile"]?["profileArn"]?.stringValue)
    }

    func deleteCalls(_ live: LiveResource) -> [PlannedCall] {
        guard let id = live.identity.id else { return [] }
        return [PlannedCall(service: service, operation: "DeleteProfile", input: ["profileId": .string(id)])]
    }

    /// PutAttributeMapping for each certificate field whose specifiers change, DeleteAttributeMapping for each
    /// field the file leaves out or empties.
    private func mappingCalls(desired: JSONValue, observed: JSONValue?, profileId: JSONValue, waiting: Bool)
        -> [PlannedCall]
    {
        let want = desired.objectValue ?? [:]
        let have = observed?.objectValue
        var calls: [PlannedCall] = []
        let pending = waiting ? ["profileId": profileId.stringValue ?? ""] : [:]
        for field in Self.certificateFields {
            let specifiers = Set(want[field]?.arrayValue ?? [])
            let current = have.map { Set($0[field]?.arrayValue ?? []) }
            if current == specifiers { continue }
            if specifiers.isEmpty {
                if let current, current.isEmpty { continue }
                calls.append(
                    PlannedCall(
                        service: service,
                        operation: "DeleteAttributeMapping",
                        input: ["profileId": profileId, "certificateField": .string(field)],
                        knownAfterApply: pending
                    )
                )
            } else {
                let rules = ValueDiff.sorted(specifiers).map { JSONValue.object(["specifier": $0]) }
                calls.append(
                    PlannedCall(
                        service: service,
                        operation: "PutAttributeMapping",
                        input: [
                            "profileId": profileId, "certificateField": .string(field), "mappingRules": .array(rules),
                        ],
                        knownAfterApply: pending
                    )
                )
            }
        }
        return calls
    }

    /// The members of fields whose AWS shape is not the file's: tags.
    static func convert(_ field: FieldDescription, _ value: JSONValue) -> [String: JSONValue]? {
        switch field.key {
        case "tags": ["tags": tagList(value.objectValue ?? [:])]
        default: nil
        }
    }

    /// `{key: value}` as Roles Anywhere's `[{key, value}]`, sorted by key.
    static func tagList(_ tags: [String: JSONValue]) -> JSONValue {
        .array(tags.keys.sorted().map { .object(["key": .string($0), "value": tags[$0]!]) })
    }

    /// Roles Anywhere's `[{key, value}]` as `{key: value}`.
    static func tagMap(_ list: JSONValue?) -> JSONValue {
        var map: [String: JSONValue] = [:]
        for tag in list?.arrayValue ?? [] {
            if let key = tag["key"]?.stringValue { map[key] = tag["value"] ?? "" }
        }
        return .object(map)
    }

    /// `[{certificateField, mappingRules: [{specifier}]}]` as `{certificateField: [specifier]}`, sorted.
    static func mappingMap(_ list: JSONValue?) -> JSONValue {
        var map: [String: JSONValue] = [:]
        for mapping in list?.arrayValue ?? [] {
            guard let field = mapping["certificateField"]?.stringValue else { continue }
            let specifiers = (mapping["mappingRules"]?.arrayValue ?? []).compactMap { $0["specifier"] }
            map[field] = .array(ValueDiff.sorted(Set(specifiers)))
        }
        return .object(map)
    }
}
