import AWSModel
public import Foundation
public import YAML

extension EmulatorSeed {
    /// When seeded resources were created, unless the seed says otherwise.
    public static let defaultCreatedTime = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z

    /// Reads the seed file at `path` (see `Sources/Emulator/README.md` for its format).
    public static func load(path: String) throws(EmulatorError) -> EmulatorSeed {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw EmulatorError(["\(path): error: cannot read the seed file: \(error.localizedDescription)"])
        }
        do {
            return try parse(text, file: path)
        } catch {
            throw EmulatorError(error.sorted().map(\.description))
        }
    }

    /// Parses seed YAML, reporting every problem at once, each as `file:line:column: error: message`.
    public static func parse(_ text: String, file: String) throws(Diagnostics) -> EmulatorSeed {
        let root = try YAMLParser().parse(text, file: file)
        var reader = SeedReader(file: file)
        let seed = reader.seed(root)
        if reader.diagnostics.hasErrors { throw reader.diagnostics }
        return seed
    }
}

extension SeedReader {
    /// The keys of one account: the top level of a single-account seed, or an entry of `accounts:`.
    static let accountKeys = ["accountId", "credentials", "sts", "identityCenter", "connect", "rolesAnywhere"]

    mutating func seed(_ root: Node) -> EmulatorSeed {
        var seed = EmulatorSeed()
        if root.scalar?.type == .null { return seed }
        let top = mapping(root, allowed: ["accounts"] + Self.accountKeys, what: "the seed")
        seed.accounts = []
        guard let accountsNode = top["accounts"] else {
            account(top, in: &seed)
            return seed
        }
        for entry in root.mapping ?? [] where entry.keyScalar.value != "accounts" && top[entry.keyScalar.value] != nil {
            error(
                "'\(entry.keyScalar.value)' cannot be beside 'accounts'; put it in an account of 'accounts'",
                at: entry.key)
        }
        let items = sequence(accountsNode, what: "accounts")
        if items.isEmpty, accountsNode.sequence != nil {
            error("accounts must list at least one account", at: accountsNode)
        }
        multipleAccounts = true
        for item in items {
            let fields = mapping(item, allowed: Self.accountKeys, what: "an account")
            guard fields["accountId"] != nil else {
                error("an account needs an accountId", at: item)
                continue
            }
            account(fields, in: &seed)
        }
        return seed
    }

    /// Reads one account's settings and resources into `seed`, after the accounts read before it; the first
    /// is the one `state.regions` belongs to.
    private mutating func account(_ fields: [String: Node], in seed: inout EmulatorSeed) {
        var account = EmulatorAccount(accountId: EmulatorSeed.defaultAccountId)
        if let node = fields["accountId"], let id = string(node, what: "accountId") {
            if id.count == 12, id.allSatisfy(\.isNumber) {
                account.accountId = id
            } else {
                error("accountId must be 12 digits, got '\(id)'", at: node)
            }
            if seed.accounts.contains(where: { $0.accountId == id }) {
                error("two accounts have the accountId \(id)", at: node)
                return
            }
        }
        // A single-account seed without credentials has the default ones; an account of `accounts:` has none.
        if !multipleAccounts { account.credentials = [defaultCredential(account: account.accountId)] }
        if let node = fields["credentials"] {
            account.credentials = []
            for item in sequence(node, what: "credentials") {
                if let credential = credential(item, account: account, seed: seed) {
                    account.credentials.append(credential)
                }
            }
        }
        if let node = fields["sts"] {
            let sts = mapping(node, allowed: ["roles", "oidcProviders"], what: "sts")
            if let roles = sts["roles"] {
                account.roles = sequence(roles, what: "sts.roles").compactMap { role($0) }
            }
            if let providers = sts["oidcProviders"] {
                account.oidcProviders = strings(providers, what: "sts.oidcProviders").map {
                    $0.hasPrefix("https://") ? String($0.dropFirst(8)) : $0
                }
            }
        }
        if seed.accounts.isEmpty { seed.state.accountId = account.accountId }
        seed.accounts.append(account)
        if let node = fields["identityCenter"] {
            identityCenter(node, account: account.accountId, into: &seed)
        }
        if let node = fields["connect"] {
            let connect = mapping(node, allowed: ["instances"], what: "connect")
            for item in connect["instances"].map({ sequence($0, what: "connect.instances") }) ?? [] {
                if let (region, instance) = instance(item, account: account.accountId) {
                    let existing = seed.accounts.flatMap { seed.state[account: $0.accountId].values }
                    if existing.flatMap(\.connectInstances).contains(where: { $0.id == instance.id }) {
                        error("two instances have the id \(instance.id)", at: item)
                    }
                    seed.state[account: account.accountId, region: region].connectInstances.append(instance)
                }
            }
        }
        if let node = fields["rolesAnywhere"] {
            let rolesAnywhere = mapping(node, allowed: ["profiles"], what: "rolesAnywhere")
            for item in rolesAnywhere["profiles"].map({ sequence($0, what: "rolesAnywhere.profiles") }) ?? [] {
                if let (region, profile) = rolesAnywhereProfile(item, account: account) {
                    seed.state[account: account.accountId, region: region].rolesAnywhereProfiles.append(profile)
                }
            }
        }
    }

    /// The parts a derived id is made from: in a seed of several accounts the account is one of them, so that
    /// the same alias in two accounts gives two ids (single-account seeds keep the ids they always had).
    private func derivedId(_ kind: String, account: String, _ parts: String...) -> String {
        DerivedIdentifier.uuid(parts: [kind] + (multipleAccounts ? [account] : []) + parts)
    }

    private func defaultCredential(account: String) -> EmulatorCredential {
        var credential = EmulatorCredential.default
        credential.principalArn = "arn:aws:iam::\(account):user/warden"
        return credential
    }

    /// A credential of `account`, whose access key no account (this one included) has yet.
    private mutating func credential(_ node: Node, account: EmulatorAccount, seed: EmulatorSeed)
        -> EmulatorCredential?
    {
        let fields = mapping(
            node, allowed: ["accessKeyId", "secretAccessKey", "userName", "principalArn", "userId"],
            what: "a credential")
        guard let keyNode = fields["accessKeyId"], let secretNode = fields["secretAccessKey"] else {
            error("a credential needs accessKeyId and secretAccessKey", at: node)
            return nil
        }
        guard let key = string(keyNode, what: "accessKeyId"), let secret = string(secretNode, what: "secretAccessKey")
        else { return nil }
        if let owner = seed.account(accessKeyId: key) ?? (account.credential(accessKeyId: key).map { _ in account }) {
            error("the access key \(key) is already a credential of account \(owner.accountId)", at: keyNode)
            return nil
        }
        let userName = fields["userName"].flatMap { string($0, what: "userName") } ?? "warden"
        return EmulatorCredential(
            accessKeyId: key,
            secretAccessKey: secret,
            principalArn: fields["principalArn"].flatMap { string($0, what: "principalArn") }
                ?? "arn:aws:iam::\(account.accountId):user/\(userName)",
            userId: fields["userId"].flatMap { string($0, what: "userId") }
                ?? "AIDA" + DerivedIdentifier.token(17, alphabet: DerivedIdentifier.upperAlphanumeric, from: key)
        )
    }

    private mutating func role(_ node: Node) -> EmulatorRole? {
        let fields = mapping(node, allowed: ["arn", "maxSessionDuration"], what: "a role")
        guard let arnNode = fields["arn"], let arn = string(arnNode, what: "arn") else {
            error("a role needs an arn", at: node)
            return nil
        }
        var role = EmulatorRole(arn: arn)
        if let duration = fields["maxSessionDuration"].flatMap({ int($0, what: "maxSessionDuration") }) {
            role.maxSessionDuration = duration
        }
        return role
    }

    // MARK: Connect

    private mutating func instance(_ node: Node, account: String) -> (String, ConnectInstance)? {
        let fields = mapping(
            node,
            allowed: [
                "id", "alias", "region", "createdTime", "identityManagementType", "status", "inboundCallsEnabled",
                "outboundCallsEnabled", "tags", "hierarchyGroups", "flowModules", "securityProfiles",
                "authenticationProfiles",
                "participantAuthentications",
            ],
            what: "an instance"
        )
        guard let aliasNode = fields["alias"], let regionNode = fields["region"] else {
            error("an instance needs an alias and a region", at: node)
            return nil
        }
        guard let alias = string(aliasNode, what: "alias"), let region = string(regionNode, what: "region") else {
            return nil
        }
        let created = fields["createdTime"].flatMap { date($0, what: "createdTime") } ?? EmulatorSeed.defaultCreatedTime
        var instance = ConnectInstance.created(
            id: fields["id"].flatMap { string($0, what: "id") }
                ?? derivedId("instance", account: account, region, alias),
            alias: alias,
            region: region,
            createdTime: created,
            identityManagementType: fields["identityManagementType"].flatMap {
                string($0, what: "identityManagementType")
            } ?? "CONNECT_MANAGED",
            tags: fields["tags"].map { stringMap($0, what: "tags") } ?? [:]
        )
        if let status = fields["status"].flatMap({ string($0, what: "status") }) { instance.status = status }
        if let inbound = fields["inboundCallsEnabled"].flatMap({ bool($0, what: "inboundCallsEnabled") }) {
            instance.inboundCallsEnabled = inbound
        }
        if let outbound = fields["outboundCallsEnabled"].flatMap({ bool($0, what: "outboundCallsEnabled") }) {
            instance.outboundCallsEnabled = outbound
        }
        for item in fields["hierarchyGroups"].map({ sequence($0, what: "hierarchyGroups") }) ?? [] {
            if let group = hierarchyGroup(item, instance: instance, region: region) {
                instance.hierarchyGroups.append(group)
            }
        }
        for item in fields["flowModules"].map({ sequence($0, what: "flowModules") }) ?? [] {
            if let module = flowModule(item, instance: instance) { instance.flowModules.append(module) }
        }
        for item in fields["securityProfiles"].map({ sequence($0, what: "securityProfiles") }) ?? [] {
            securityProfile(item, into: &instance, region: region)
        }
        for item in fields["authenticationProfiles"].map({ sequence($0, what: "authenticationProfiles") }) ?? [] {
            authenticationProfile(item, into: &instance, region: region)
        }
        for item in fields["participantAuthentications"].map({ sequence($0, what: "participantAuthentications") })
            ?? []
        {
            if let state = participantAuthentication(item) { instance.participantAuthentications.append(state) }
        }
        return (region, instance)
    }

    private mutating func hierarchyGroup(_ node: Node, instance: ConnectInstance, region: String) -> HierarchyGroup? {
        let fields = mapping(node, allowed: ["id", "name", "tags"], what: "a hierarchy group")
        guard let nameNode = fields["name"], let name = string(nameNode, what: "name") else {
            error("a hierarchy group needs a name", at: node)
            return nil
        }
        return HierarchyGroup(
            id: fields["id"].flatMap { string($0, what: "id") }
                ?? DerivedIdentifier.uuid("agent-group", instance.id, name),
            name: name,
            lastModifiedTime: instance.createdTime,
            lastModifiedRegion: region,
            tags: fields["tags"].map { stringMap($0, what: "tags") } ?? [:]
        )
    }

    /// A seeded flow module: `name`, optional `id` (derived from the name) and `state` (ACTIVE or ARCHIVED).
    private mutating func flowModule(_ node: Node, instance: ConnectInstance) -> ContactFlowModule? {
        let fields = mapping(node, allowed: ["id", "name", "state"], what: "a flow module")
        guard let nameNode = fields["name"], let name = string(nameNode, what: "name") else {
            error("a flow module needs a name", at: node)
            return nil
        }
        let state = fields["state"].flatMap { string($0, what: "state") } ?? "ACTIVE"
        guard ["ACTIVE", "ARCHIVED"].contains(state) else {
            error("a flow module's state is ACTIVE or ARCHIVED, not \(state)", at: fields["state"] ?? node)
            return nil
        }
        return ContactFlowModule(
            id: fields["id"].flatMap { string($0, what: "id") }
                ?? DerivedIdentifier.uuid("flow-module", instance.id, name),
            name: name, state: state)
    }

    /// A seeded security profile; one named like a default (Admin, Agent, ...) changes that default.
    private mutating func securityProfile(_ node: Node, into instance: inout ConnectInstance, region: String) {
        let fields = mapping(
            node,
            allowed: [
                "id", "name", "description", "permissions", "tags", "allowedAccessControlTags",
                "tagRestrictedResources", "hierarchyRestrictedResources", "allowedAccessControlHierarchyGroup",
                "applications", "allowedFlowModules", "assignedToUsers",
            ],
            what: "a security profile"
        )
        guard let nameNode = fields["name"], let name = string(nameNode, what: "name") else {
            error("a security profile needs a name", at: node)
            return
        }
        let existing = instance.securityProfiles.firstIndex { $0.name == name }
        var profile =
            existing.map { instance.securityProfiles[$0] }
            ?? SecurityProfile(
                id: DerivedIdentifier.uuid("security-profile", instance.id, name),
                name: name,
                lastModifiedTime: instance.createdTime,
                lastModifiedRegion: region
            )
        if let id = fields["id"].flatMap({ string($0, what: "id") }) { profile.id = id }
        if let description = fields["description"].flatMap({ string($0, what: "description") }) {
            profile.description = description
        }
        if let node = fields["permissions"] { profile.permissions = strings(node, what: "permissions") }
        if let node = fields["tags"] { profile.tags = stringMap(node, what: "tags") }
        if let node = fields["allowedAccessControlTags"] {
            profile.allowedAccessControlTags = stringMap(node, what: "allowedAccessControlTags")
        }
        if let node = fields["tagRestrictedResources"] {
            profile.tagRestrictedResources = strings(node, what: "tagRestrictedResources")
        }
        if let node = fields["hierarchyRestrictedResources"] {
            profile.hierarchyRestrictedResources = strings(node, what: "hierarchyRestrictedResources")
        }
        if let node = fields["allowedAccessControlHierarchyGroup"],
            let reference = string(node, what: "allowedAccessControlHierarchyGroup")
        {
            if let group = instance.hierarchyGroups.first(where: { $0.name == reference || $0.id == reference }) {
                profile.allowedAccessControlHierarchyGroupId = group.id
            } else {
                error("no hierarchy group of this instance is named or has the id '\(reference)'", at: node)
            }
        }
        if let node = fields["applications"] {
            profile.applications = sequence(node, what: "applications").compactMap { application($0) }
        }
        if let node = fields["allowedFlowModules"] {
            profile.allowedFlowModules = sequence(node, what: "allowedFlowModules").map { item in
                let module = mapping(item, allowed: ["type", "flowModuleId"], what: "a flow module")
                return FlowModule(
                    type: module["type"].flatMap { string($0, what: "type") },
                    flowModuleId: module["flowModuleId"].flatMap { string($0, what: "flowModuleId") }
                )
            }
        }
        if let assigned = fields["assignedToUsers"].flatMap({ bool($0, what: "assignedToUsers") }) {
            profile.assignedToUsers = assigned
        }
        if let existing {
            instance.securityProfiles[existing] = profile
        } else {
            instance.securityProfiles.append(profile)
        }
    }

    private mutating func application(_ node: Node) -> SecurityProfileApplication? {
        let fields = mapping(node, allowed: ["namespace", "applicationPermissions", "type"], what: "an application")
        guard let namespaceNode = fields["namespace"], let namespace = string(namespaceNode, what: "namespace") else {
            error("an application needs a namespace", at: node)
            return nil
        }
        return SecurityProfileApplication(
            namespace: namespace,
            applicationPermissions: fields["applicationPermissions"].map {
                strings($0, what: "applicationPermissions")
            } ?? [],
            type: fields["type"].flatMap { string($0, what: "type") }
        )
    }

    /// A seeded authentication profile; one named like the default (`Default`) changes the default.
    private mutating func authenticationProfile(_ node: Node, into instance: inout ConnectInstance, region: String) {
        let fields = mapping(
            node,
            allowed: [
                "id", "name", "description", "allowedIps", "blockedIps", "periodicSessionDuration",
                "maxSessionDuration", "sessionInactivityDuration", "sessionInactivityHandlingEnabled",
            ],
            what: "an authentication profile"
        )
        guard let nameNode = fields["name"], let name = string(nameNode, what: "name") else {
            error("an authentication profile needs a name", at: node)
            return
        }
        let existing = instance.authenticationProfiles.firstIndex { $0.name == name }
        var profile =
            existing.map { instance.authenticationProfiles[$0] }
            ?? AuthenticationProfile(
                id: DerivedIdentifier.uuid("authentication-profile", instance.id, name),
                name: name,
                createdTime: instance.createdTime,
                lastModifiedTime: instance.createdTime,
                lastModifiedRegion: region
            )
        if let id = fields["id"].flatMap({ string($0, what: "id") }) { profile.id = id }
        if let description = fields["description"].flatMap({ string($0, what: "description") }) {
            profile.description = description
        }
        if let node = fields["allowedIps"] { profile.allowedIps = cidrs(node, what: "allowedIps") }
        if let node = fields["blockedIps"] { profile.blockedIps = cidrs(node, what: "blockedIps") }
        if let minutes = fields["periodicSessionDuration"].flatMap({ int($0, what: "periodicSessionDuration") }) {
            profile.periodicSessionDuration = minutes
        }
        if let minutes = fields["maxSessionDuration"].flatMap({ int($0, what: "maxSessionDuration") }) {
            profile.maxSessionDuration = minutes
        }
        if let minutes = fields["sessionInactivityDuration"].flatMap({ int($0, what: "sessionInactivityDuration") }) {
            profile.sessionInactivityDuration = minutes
        }
        if let enabled = fields["sessionInactivityHandlingEnabled"].flatMap({
            bool($0, what: "sessionInactivityHandlingEnabled")
        }) {
            profile.sessionInactivityHandlingEnabled = enabled
        }
        if let existing {
            instance.authenticationProfiles[existing] = profile
        } else {
            instance.authenticationProfiles.append(profile)
        }
    }

    private mutating func cidrs(_ node: Node, what: String) -> [String] {
        let items = sequence(node, what: what)
        var values: [String] = []
        for item in items {
            guard let text = string(item, what: "an element of \(what)") else { continue }
            if CIDR.isValid(text) {
                values.append(text)
            } else {
                error("'\(text)' is not an IPv4 or IPv6 CIDR block", at: item)
            }
        }
        return values
    }

    private mutating func participantAuthentication(_ node: Node) -> ParticipantAuthentication? {
        let fields = mapping(node, allowed: ["state", "status"], what: "a participant authentication")
        guard let stateNode = fields["state"], let state = string(stateNode, what: "state") else {
            error("a participant authentication needs a state", at: node)
            return nil
        }
        var authentication = ParticipantAuthentication(state: state)
        if let statusNode = fields["status"], let text = string(statusNode, what: "status") {
            if let status = ParticipantAuthentication.Status(rawValue: text) {
                authentication.status = status
            } else {
                error("status must be pending, completed or failed, got '\(text)'", at: statusNode)
            }
        }
        return authentication
    }

    // MARK: Roles Anywhere

    private mutating func rolesAnywhereProfile(_ node: Node, account: EmulatorAccount) -> (
        String, RolesAnywhereProfile
    )? {
        let fields = mapping(
            node,
            allowed: [
                "id", "name", "region", "enabled", "requireInstanceProperties", "sessionPolicy", "roleArns",
                "managedPolicyArns", "durationSeconds", "acceptRoleSessionName", "attributeMappings", "tags",
                "createdAt", "createdBy",
            ],
            what: "a Roles Anywhere profile"
        )
        guard let nameNode = fields["name"], let regionNode = fields["region"] else {
            error("a Roles Anywhere profile needs a name and a region", at: node)
            return nil
        }
        guard let name = string(nameNode, what: "name"), let region = string(regionNode, what: "region") else {
            return nil
        }
        let created = fields["createdAt"].flatMap { date($0, what: "createdAt") } ?? EmulatorSeed.defaultCreatedTime
        var profile = RolesAnywhereProfile(
            id: fields["id"].flatMap { string($0, what: "id") }
                ?? derivedId("profile", account: account.accountId, region, name),
            name: name,
            createdAt: created,
            updatedAt: created,
            createdBy: fields["createdBy"].flatMap { string($0, what: "createdBy") }
                ?? account.credentials.first?.principalArn ?? "arn:aws:iam::\(account.accountId):root"
        )
        if let enabled = fields["enabled"].flatMap({ bool($0, what: "enabled") }) { profile.enabled = enabled }
        if let flag = fields["requireInstanceProperties"].flatMap({ bool($0, what: "requireInstanceProperties") }) {
            profile.requireInstanceProperties = flag
        }
        if let node = fields["sessionPolicy"] {
            if node.mapping != nil {
                profile.sessionPolicy = JSONValue(yaml: node).serialized()
            } else if let text = string(node, what: "sessionPolicy") {
                if case .object? = try? JSONValue(parsing: text) {
                    profile.sessionPolicy = text
                } else {
                    error("sessionPolicy must be a JSON policy document (a mapping or a JSON string)", at: node)
                }
            }
        }
        if let node = fields["roleArns"] { profile.roleArns = strings(node, what: "roleArns") }
        if let node = fields["managedPolicyArns"] {
            profile.managedPolicyArns = strings(node, what: "managedPolicyArns")
        }
        if let seconds = fields["durationSeconds"].flatMap({ int($0, what: "durationSeconds") }) {
            profile.durationSeconds = seconds
        }
        if let flag = fields["acceptRoleSessionName"].flatMap({ bool($0, what: "acceptRoleSessionName") }) {
            profile.acceptRoleSessionName = flag
        }
        if let node = fields["attributeMappings"] {
            let fieldNames = ["x509Subject", "x509Issuer", "x509SAN"]
            profile.attributeMappings = (node.mapping ?? []).compactMap { entry in
                let field = entry.keyScalar.value
                guard fieldNames.contains(field) else {
                    error(
                        "unknown certificate field '\(field)'; expected x509Subject, x509Issuer or x509SAN",
                        at: entry.key)
                    return nil
                }
                return AttributeMapping(certificateField: field, specifiers: strings(entry.value, what: field))
            }
            if node.mapping == nil {
                error("attributeMappings must be a mapping, found \(node.kindDescription)", at: node)
            }
        }
        if let node = fields["tags"] {
            profile.tags = stringMap(node, what: "tags").sorted { $0.key < $1.key }.map {
                RolesAnywhereProfile.Tag(key: $0.key, value: $0.value)
            }
        }
        return (region, profile)
    }
}

extension JSONValue {
    /// A YAML node as JSON (scalars by their resolved type).
    init(yaml node: Node) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.type {
            case .null: self = .null
            case .bool: self = .bool(scalar.boolValue ?? false)
            case .int: self = scalar.intValue.map { .integer(Int64($0)) } ?? .string(scalar.value)
            case .float: self = scalar.doubleValue.map(JSONValue.double) ?? .string(scalar.value)
            case .string: self = .string(scalar.value)
            }
        case .sequence(let items):
            self = .array(items.map(JSONValue.init(yaml:)))
        case .mapping(let entries):
            self = .object(
                Dictionary(entries.map { ($0.keyScalar.value, JSONValue(yaml: $0.value)) }) { first, _ in first })
        }
    }
}
