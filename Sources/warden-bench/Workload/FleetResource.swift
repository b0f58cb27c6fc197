import AWSModel
import DesiredState
import Reconcile

/// One generated resource: where it lives, its AWS id, and its fields in the desired-state file's terms
/// (file keys and shapes; strings may hold `${...}` references), in the order the file lists them.
struct FleetResource: Sendable, Hashable {
    var kind: ResourceKind
    /// The logical name of its Connect instance; nil for Roles Anywhere profiles.
    var instance: String?
    /// Its logical name in the file.
    var key: String
    var id: String
    var fields: [Field]

    /// A file key and its value.
    struct Field: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    var address: Address { Address.resource(kind, instance: instance, key: key) }

    var name: String { self["name"]?.stringValue ?? key }

    /// The collections of live resources the resource names literal ids of (which plan checks exist).
    var namedLiveIdentifiers: Set<LiveIdentifier> {
        var named: Set<LiveIdentifier> = []
        for (keys, identifier) in kind.shape.liveIdentifierFields
        where Self.namesAnId(self[keys[0]], keys: keys.dropFirst()) {
            named.insert(identifier)
        }
        return named
    }

    private static func namesAnId(_ value: JSONValue?, keys: ArraySlice<String>) -> Bool {
        switch value {
        case .array(let items)?: items.contains { namesAnId($0, keys: keys) }
        case .object?: keys.first.map { namesAnId(value?[$0], keys: keys.dropFirst()) } ?? false
        case .string(let id)?: keys.isEmpty && !id.isEmpty && !id.contains("${")
        default: false
        }
    }

    subscript(key: String) -> JSONValue? {
        get { fields.first { $0.key == key }?.value }
        set {
            if let index = fields.firstIndex(where: { $0.key == key }) {
                if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append(Field(key: key, value: newValue))
            }
        }
    }
}

/// One generated Amazon Connect instance and the resources Warden manages in it.
struct FleetInstance: Sendable, Hashable {
    /// Its logical name in the file (`cc01`).
    var key: String
    var alias: String
    var id: String
    /// The agent hierarchy group the security profiles restrict access to.
    var hierarchyGroupId: String
    /// The flow modules the security profiles let AI agents invoke.
    var flowModuleIds: [String]
    var authenticationProfiles: [FleetResource]
    var securityProfiles: [FleetResource]

    /// How many live resources of the collection the instance holds: what the plan's check of the ids
    /// naming them lists.
    func count(of identifier: LiveIdentifier) -> Int {
        switch identifier {
        case .hierarchyGroup: 1
        case .flowModule: flowModuleIds.count
        default: 0
        }
    }

    func arn(region: String, accountId: String) -> String {
        "arn:aws:connect:\(region):\(accountId):instance/\(id)"
    }
}
