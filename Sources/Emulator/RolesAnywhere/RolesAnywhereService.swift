import AWSModel
import Foundation

/// IAM Roles Anywhere: the profile operations of DESIGN.md section 1 over the profiles of the caller's account
/// in one region.
struct RolesAnywhereService: EmulatedService {
    let call: Invocation
    var region: RegionState
    var random: SeededRandom

    /// AWS's limit of tags per resource.
    static let tagsPerResource = 50
    /// ListProfiles' page size when the request gives none, and the largest accepted.
    static let defaultPageSize = 50
    static let maximumPageSize = 1000

    var input: JSONValue { call.input }

    mutating func dispatch() throws(ServiceError) -> HandlerResult {
        switch call.operation {
        case "ListProfiles": return try listProfiles()
        case "GetProfile": return .read(["profile": render(region.rolesAnywhereProfiles[try profileIndex()])])
        case "CreateProfile": return try createProfile()
        case "UpdateProfile": return try updateProfile()
        case "DeleteProfile":
            let index = try profileIndex()
            let profile = region.rolesAnywhereProfiles.remove(at: index)
            return .wrote(["profile": render(profile)])
        case "EnableProfile": return try modify { $0.enabled = true }
        case "DisableProfile": return try modify { $0.enabled = false }
        case "PutAttributeMapping": return try putAttributeMapping()
        case "DeleteAttributeMapping": return try deleteAttributeMapping()
        case "TagResource": return try tagResource()
        case "UntagResource": return try untagResource()
        case "ListTagsForResource":
            let index = try taggedProfileIndex()
            return .read(["tags": .array(region.rolesAnywhereProfiles[index].tags.map(render))])
        default:
            throw ServiceError("ValidationException", "Operation \(call.operation) is not supported.")
        }
    }

    // MARK: Operations

    private func listProfiles() throws(ServiceError) -> HandlerResult {
        let size = input.int("pageSize") ?? Self.defaultPageSize
        guard (1...Self.maximumPageSize).contains(size) else {
            let bound =
                size < 1
                ? "greater than or equal to 1" : "less than or equal to \(Self.maximumPageSize)"
            throw ServiceError(
                "ValidationException",
                "1 validation error detected: Value '\(size)' at 'pageSize' failed to satisfy constraint: "
                    + "Member must have value \(bound)"
            )
        }
        let page: (items: [RolesAnywhereProfile], next: String?)
        do {
            page = try Pagination(operation: "ListProfiles", scope: call.region).page(
                region.rolesAnywhereProfiles, size: size, token: input.string("nextToken"))
        } catch {
            throw ServiceError("ValidationException", "Invalid nextToken.")
        }
        var output: [String: JSONValue] = ["profiles": .array(page.items.map(render))]
        if let next = page.next { output["nextToken"] = .string(next) }
        return .read(.object(output))
    }

    private mutating func createProfile() throws(ServiceError) -> HandlerResult {
        if let policy = input.string("sessionPolicy") { try Self.checkPolicy(policy) }
        let tags = try Self.tags(input["tags"])
        guard tags.count <= Self.tagsPerResource else {
            throw ServiceError("ValidationException", "A resource can have at most \(Self.tagsPerResource) tags.")
        }
        let profile = RolesAnywhereProfile(
            id: DerivedIdentifier.uuid(using: &random),
            name: input.string("name") ?? "",
            enabled: input.bool("enabled") ?? false,
            requireInstanceProperties: input.bool("requireInstanceProperties") ?? false,
            sessionPolicy: input.string("sessionPolicy"),
            roleArns: input.strings("roleArns") ?? [],
            managedPolicyArns: input.strings("managedPolicyArns") ?? [],
            durationSeconds: input.int("durationSeconds") ?? 3600,
            acceptRoleSessionName: input.bool("acceptRoleSessionName") ?? false,
            tags: tags,
            createdAt: call.now,
            updatedAt: call.now,
            createdBy: call.caller.arn
        )
        region.rolesAnywhereProfiles.append(profile)
        return .wrote(["profile": render(profile)])
    }

    private mutating func updateProfile() throws(ServiceError) -> HandlerResult {
        if let policy = input.string("sessionPolicy") { try Self.checkPolicy(policy) }
        let input = self.input
        return try modify { profile in
            if let name = input.string("name") { profile.name = name }
            if let policy = input.string("sessionPolicy") { profile.sessionPolicy = policy }
            if let roles = input.strings("roleArns") { profile.roleArns = roles }
            if let policies = input.strings("managedPolicyArns") { profile.managedPolicyArns = policies }
            if let seconds = input.int("durationSeconds") { profile.durationSeconds = seconds }
            if let accept = input.bool("acceptRoleSessionName") { profile.acceptRoleSessionName = accept }
        }
    }

    /// Replaces the rules of one certificate field (adding the field when it has none).
    private mutating func putAttributeMapping() throws(ServiceError) -> HandlerResult {
        let field = input.string("certificateField") ?? ""
        let specifiers = (input["mappingRules"]?.arrayValue ?? []).compactMap { $0.string("specifier") }
        return try modify { profile in
            if let index = profile.attributeMappings.firstIndex(where: { $0.certificateField == field }) {
                profile.attributeMappings[index].specifiers = specifiers
            } else {
                profile.attributeMappings.append(AttributeMapping(certificateField: field, specifiers: specifiers))
            }
        }
    }

    /// Removes the given specifiers of a field, or the whole field when none are given. Removing what is
    /// not there changes nothing.
    private mutating func deleteAttributeMapping() throws(ServiceError) -> HandlerResult {
        let field = input.string("certificateField") ?? ""
        let specifiers = input.strings("specifiers")
        return try modify { profile in
            guard let index = profile.attributeMappings.firstIndex(where: { $0.certificateField == field }) else {
                return
            }
            if let specifiers {
                profile.attributeMappings[index].specifiers.removeAll { specifiers.contains($0) }
            } else {
                profile.attributeMappings.remove(at: index)
            }
        }
    }

    private mutating func tagResource() throws(ServiceError) -> HandlerResult {
        let index = try taggedProfileIndex()
        var tags = region.rolesAnywhereProfiles[index].tags
        for tag in try Self.tags(input["tags"]) {
            if let existing = tags.firstIndex(where: { $0.key == tag.key }) {
                tags[existing] = tag
            } else {
                tags.append(tag)
            }
        }
        guard tags.count <= Self.tagsPerResource else {
            throw ServiceError("TooManyTagsException", "A resource can have at most \(Self.tagsPerResource) tags.")
        }
        region.rolesAnywhereProfiles[index].tags = tags
        return .wrote(.object([:]))
    }

    private mutating func untagResource() throws(ServiceError) -> HandlerResult {
        let index = try taggedProfileIndex()
        let keys = Set(input.strings("tagKeys") ?? [])
        region.rolesAnywhereProfiles[index].tags.removeAll { keys.contains($0.key) }
        return .wrote(.object([:]))
    }

    // MARK: Helpers

    private func profileIndex() throws(ServiceError) -> Int {
        let id = input.string("profileId") ?? ""
        guard let index = region.rolesAnywhereProfiles.firstIndex(where: { $0.id == id }) else {
            throw ServiceError("ResourceNotFoundException", "Profile \(id) not found")
        }
        return index
    }

    /// The profile the input's `resourceArn` names (`arn:aws:rolesanywhere:REGION:ACCOUNT:profile/ID`).
    private func taggedProfileIndex() throws(ServiceError) -> Int {
        let arn = input.string("resourceArn") ?? ""
        let prefix = "arn:aws:rolesanywhere:\(call.region):\(call.accountId):profile/"
        guard arn.hasPrefix(prefix),
            let index = region.rolesAnywhereProfiles.firstIndex(where: { $0.id == arn.dropFirst(prefix.count) })
        else { throw ServiceError("ResourceNotFoundException", "Resource \(arn) not found") }
        return index
    }

    /// Applies `change` to the profile the input names, moving `updatedAt`, and answers the profile.
    private mutating func modify(_ change: (inout RolesAnywhereProfile) -> Void) throws(ServiceError)
        -> HandlerResult
    {
        let index = try profileIndex()
        change(&region.rolesAnywhereProfiles[index])
        region.rolesAnywhereProfiles[index].updatedAt = call.now
        return .wrote(["profile": render(region.rolesAnywhereProfiles[index])])
    }

    private static func checkPolicy(_ policy: String) throws(ServiceError) {
        guard case .object? = try? JSONValue(parsing: policy) else {
            throw ServiceError("ValidationException", "sessionPolicy must be a JSON policy document.")
        }
    }

    private static func tags(_ value: JSONValue?) throws(ServiceError) -> [RolesAnywhereProfile.Tag] {
        let tags = (value?.arrayValue ?? []).map {
            RolesAnywhereProfile.Tag(key: $0.string("key") ?? "", value: $0.string("value") ?? "")
        }
        var keys: Set<String> = []
        for tag in tags where !keys.insert(tag.key).inserted {
            throw ServiceError("ValidationException", "Duplicate tag keys are not allowed.")
        }
        return tags
    }

    // MARK: Rendering

    func arn(_ profile: RolesAnywhereProfile) -> String {
        "arn:aws:rolesanywhere:\(call.region):\(call.accountId):profile/\(profile.id)"
    }

    /// `ProfileDetail`.
    func render(_ profile: RolesAnywhereProfile) -> JSONValue {
        var members: [String: JSONValue] = [
            "profileId": .string(profile.id),
            "profileArn": .string(arn(profile)),
            "name": .string(profile.name),
            "requireInstanceProperties": .bool(profile.requireInstanceProperties),
            "enabled": .bool(profile.enabled),
            "createdBy": .string(profile.createdBy),
            "roleArns": profile.roleArns.json,
            "managedPolicyArns": profile.managedPolicyArns.json,
            "createdAt": profile.createdAt.json,
            "updatedAt": profile.updatedAt.json,
            "durationSeconds": .integer(Int64(profile.durationSeconds)),
            "acceptRoleSessionName": .bool(profile.acceptRoleSessionName),
            "attributeMappings": .array(
                profile.attributeMappings.map { mapping in
                    [
                        "certificateField": .string(mapping.certificateField),
                        "mappingRules": .array(mapping.specifiers.map { ["specifier": .string($0)] }),
                    ]
                }
            ),
        ]
        if let policy = profile.sessionPolicy { members["sessionPolicy"] = .string(policy) }
        return .object(members)
    }

    func render(_ tag: RolesAnywhereProfile.Tag) -> JSONValue {
        ["key": .string(tag.key), "value": .string(tag.value)]
    }
}

extension RolesAnywhereService {
    static func scope(of call: Invocation) -> WritableKeyPath<EmulatorState, RegionState> {
        \EmulatorState.[account: call.accountId, region: call.region]
    }

    init(call: Invocation, scope: RegionState, random: SeededRandom) {
        self.init(call: call, region: scope, random: random)
    }

    var scope: RegionState { region }
}
