public import YAML

/// What `warden validate` found, as plain data for its views: for each file, in the order given, its
/// diagnostics and, when it is valid, how many resources it declares.
public struct ValidationReport: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        /// The file as the user named it.
        public var path: String
        /// Every problem found, in reading order.
        public var diagnostics: Diagnostics
        /// What the file declares; nil when it has an error.
        public var declared: Declared?

        public init(path: String, diagnostics: Diagnostics, declared: Declared?) {
            self.path = path
            self.diagnostics = diagnostics
            self.declared = declared
        }

        /// Whether the file has no error (warnings do not make a file invalid).
        public var isValid: Bool { !diagnostics.hasErrors }
    }

    /// How many Connect instances and resources of each kind a file declares.
    public struct Declared: Sendable, Equatable {
        public var connectInstances: Int
        /// One count per resource kind, in the kinds' order (zero counts included).
        public var resources: [Count]

        public init(connectInstances: Int, resources: [Count]) {
            self.connectInstances = connectInstances
            self.resources = resources
        }
    }

    /// How many resources of one kind, with the kind's names for people.
    public struct Count: Sendable, Equatable {
        /// The kind's id, as in plans: `authenticationProfile`, `securityProfile`, `rolesAnywhereProfile`.
        public var kind: String
        public var singular: String
        public var plural: String
        public var count: Int

        public init(kind: String, singular: String, plural: String, count: Int) {
            self.kind = kind
            self.singular = singular
            self.plural = plural
            self.count = count
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files
    }

    /// Whether any file has an error: `warden validate` then exits 1.
    public var hasErrors: Bool { files.contains { !$0.isValid } }
}
