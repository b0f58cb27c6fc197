import AWSModel

/// One managed resource that will be created, updated or deleted, with the exact calls that do it.
public struct ResourceChange: Codable, Sendable, Equatable {
    /// `connect.prod.securityProfiles.agent`, `rolesAnywhere.profiles.connect-ops`.
    public var address: String
    /// The resource kind: `authenticationProfile`, `securityProfile` or `rolesAnywhereProfile` (`ResourceKind.id`).
    public var kind: String
    public var action: Action
    /// The name the resource has (or will have) in AWS.
    public var name: String
    /// What is known of the live resource: ids and ARN (absent for a create until it runs).
    public var identity: Identity
    /// What changes, attribute by attribute, in the file's own terms.
    public var attributes: [AttributeChange]
    /// The API calls apply will make, in order, with exactly the members they carry.
    public var calls: [PlannedCall]
    /// Addresses of resources that must be applied first (references and call order).
    public var dependsOn: [String]
    /// A digest of the live resource as read for this plan (its identity and the values of `checkedFields`);
    /// apply re-reads those and refuses to write if they changed since (stale plan). Absent for creates.
    public var fingerprint: String?
    /// The file keys Warden manages on this resource.
    public var managedFields: [String]
    /// For an update, the file keys its calls write: what the fingerprint covers and what apply re-reads. A
    /// write overwrites only what it sends, so a change behind Warden's back to another field is neither
    /// refused nor overwritten (the next plan shows it). Absent in plans of earlier Warden versions, whose
    /// fingerprint covers every managed field.
    public var checkedFields: [String]?

    /// The fields apply re-reads and compares before writing.
    public var fieldsToCheck: [String] { checkedFields ?? managedFields }

    public init(
        address: String,
        kind: String,
        action: Action,
        name: String,
        identity: Identity,
        attributes: [AttributeChange],
        calls: [PlannedCall],
        dependsOn: [String] = [],
        fingerprint: String? = nil,
        managedFields: [String] = [],
        checkedFields: [String]? = nil
    ) {
        self.address = address
        self.kind = kind
        self.action = action
        self.name = name
        self.identity = identity
        self.attributes = attributes
        self.calls = calls
        self.dependsOn = dependsOn
        self.fingerprint = fingerprint
        self.managedFields = managedFields
        self.checkedFields = checkedFields
    }

    /// What happens to the resource. The raw value is the plan's JSON; `symbol` is Terraform's mark.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case create
        case update
        case delete

        /// `+`, `~` or `-`.
        public var symbol: String {
            switch self {
            case .create: "+"
            case .update: "~"
            case .delete: "-"
            }
        }

        /// `created`, `updated in place`, `deleted`: the text view's verb phrase.
        public var pastParticiple: String {
            switch self {
            case .create: "created"
            case .update: "updated in place"
            case .delete: "deleted"
            }
        }
    }

    /// Where the resource lives and what AWS calls it.
    public struct Identity: Codable, Sendable, Hashable {
        public var region: String
        /// The Connect instance id, for Connect resources.
        public var instanceId: String?
        public var id: String?
        public var arn: String?

        public init(region: String, instanceId: String? = nil, id: String? = nil, arn: String? = nil) {
            self.region = region
            self.instanceId = instanceId
            self.id = id
            self.arn = arn
        }
    }
}

/// A live resource the file does not declare, reported by `warden drift`.
public struct UnmanagedResource: Codable, Sendable, Equatable {
    /// Where it would be declared, e.g. `connect.prod.securityProfiles` or `rolesAnywhere.profiles`.
    public var scope: String
    public var kind: String
    public var name: String
    public var identity: ResourceChange.Identity

    public init(scope: String, kind: String, name: String, identity: ResourceChange.Identity) {
        self.scope = scope
        self.kind = kind
        self.name = name
        self.identity = identity
    }
}
