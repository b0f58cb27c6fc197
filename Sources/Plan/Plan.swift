import AWSModel

/// What `warden plan` found and what `warden apply` will do: plain, versioned, Codable data.
///
/// The JSON form (`--format json`, `-o PLAN`) is Warden's public plan format, documented by
/// `schemas/plan.schema.json`. The text and markdown views are pure functions of this value, so what
/// people review and what machines read cannot drift apart.
public struct Plan: Codable, Sendable, Equatable {
    /// The version of this format. Readers refuse plans with a version they do not know.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    /// The `warden --version` that wrote the plan.
    public var wardenVersion: String
    /// `plan` for a plan, `drift` for a drift report (which also lists `unmanaged`).
    public var mode: Mode
    /// The desired-state file the plan was made from.
    public var desiredFile: DesiredFile
    /// The AWS account the live state was read from, when known (STS GetCallerIdentity).
    public var accountId: String?
    /// Resources that will change, in an order apply may run them (dependencies first).
    public var changes: [ResourceChange]
    /// Live resources of managed kinds, in managed instances, that the file does not declare.
    public var unmanaged: [UnmanagedResource]
    /// Counts computed once, when the plan is made.
    public let summary: Summary
    /// The variables' values the plan was made with; absent when the file declares none.
    public var inputs: Inputs?

    public init(
        wardenVersion: String,
        mode: Mode = .plan,
        desiredFile: DesiredFile,
        accountId: String? = nil,
        changes: [ResourceChange],
        unmanaged: [UnmanagedResource] = [],
        unchangedCount: Int
    ) {
        formatVersion = Self.currentFormatVersion
        self.wardenVersion = wardenVersion
        self.mode = mode
        self.desiredFile = desiredFile
        self.accountId = accountId
        self.changes = changes
        self.unmanaged = unmanaged
        summary = Summary(changes: changes, unchanged: unchangedCount, unmanaged: unmanaged.count)
    }

    /// Whether applying the plan would change anything.
    public var hasChanges: Bool { !changes.isEmpty }

    public enum Mode: String, Codable, Sendable {
        case plan
        case drift
    }

    /// Identifies the file a plan was made from, so a saved plan can be matched to its source.
    public struct DesiredFile: Codable, Sendable, Equatable {
        public var path: String
        /// Lower-case hex SHA-256 of the file's bytes.
        public var sha256: String

        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    /// How many resources each action touches.
    public struct Summary: Codable, Sendable, Equatable {
        public var create: Int
        public var update: Int
        public var delete: Int
        /// Managed resources that are already as declared.
        public var unchanged: Int
        /// Live resources the file does not manage (drift reports only).
        public var unmanaged: Int

        public init(changes: [ResourceChange], unchanged: Int, unmanaged: Int) {
            (create, update, delete) = (0, 0, 0)
            // By index: reading one member of each change, not copying every change three times.
            for index in changes.indices {
                switch changes[index].action {
                case .create: create += 1
                case .update: update += 1
                case .delete: delete += 1
                }
            }
            self.unchanged = unchanged
            self.unmanaged = unmanaged
        }

        /// `Plan: 1 to create, 2 to update, 0 to delete.`
        public var sentence: String {
            "Plan: \(create) to create, \(update) to update, \(delete) to delete."
        }
    }
}
