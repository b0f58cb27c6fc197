public import AWSModel

/// A value in a plan: known, or only known once apply has created what it refers to.
public enum PlanValue: Codable, Sendable, Equatable {
    case known(JSONValue)
    /// `(known after apply)`: the value depends on a reference such as `${connect.prod.securityProfiles.agent.arn}`.
    case unknown(reference: String)

    private enum CodingKeys: String, CodingKey {
        case value
        case knownAfterApply
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let reference = try container.decodeIfPresent(String.self, forKey: .knownAfterApply) {
            self = .unknown(reference: reference)
        } else {
            self = .known(try container.decode(JSONValue.self, forKey: .value))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .known(let value): try container.encode(value, forKey: .value)
        case .unknown(let reference): try container.encode(reference, forKey: .knownAfterApply)
        }
    }
}

/// How one attribute of a resource changes, in the file's terms (`permissions`, `sessionInactivity.duration`).
public struct AttributeChange: Codable, Sendable, Equatable {
    /// The attribute's path in the file, e.g. `description`, `sessionInactivity.duration`, `tags`.
    public var path: String
    public var change: Change

    public init(path: String, change: Change) {
        self.path = path
        self.change = change
    }

    public enum Change: Codable, Sendable, Equatable {
        /// A whole value replaced: before → after (before absent on create, after absent on delete).
        case value(before: PlanValue?, after: PlanValue?)
        /// An unordered set: elements added and removed; the others stay.
        case set(added: [PlanValue], removed: [PlanValue], unchanged: Int)
        /// A keyed collection (tags, applications by namespace, attribute mappings by field): entries added,
        /// removed and changed.
        case entries(added: [Entry], removed: [Entry], changed: [EntryChange], unchanged: Int)

        private enum CodingKeys: String, CodingKey {
            case kind, before, after, added, removed, changed, unchanged
        }

        private enum Kind: String, Codable {
            case value, set, entries
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(Kind.self, forKey: .kind) {
            case .value:
                self = .value(
                    before: try container.decodeIfPresent(PlanValue.self, forKey: .before),
                    after: try container.decodeIfPresent(PlanValue.self, forKey: .after)
                )
            case .set:
                self = .set(
                    added: try container.decode([PlanValue].self, forKey: .added),
                    removed: try container.decode([PlanValue].self, forKey: .removed),
                    unchanged: try container.decode(Int.self, forKey: .unchanged)
                )
            case .entries:
                self = .entries(
                    added: try container.decode([Entry].self, forKey: .added),
                    removed: try container.decode([Entry].self, forKey: .removed),
                    changed: try container.decode([EntryChange].self, forKey: .changed),
                    unchanged: try container.decode(Int.self, forKey: .unchanged)
                )
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .value(let before, let after):
                try container.encode(Kind.value, forKey: .kind)
                try container.encodeIfPresent(before, forKey: .before)
                try container.encodeIfPresent(after, forKey: .after)
            case .set(let added, let removed, let unchanged):
                try container.encode(Kind.set, forKey: .kind)
                try container.encode(added, forKey: .added)
                try container.encode(removed, forKey: .removed)
                try container.encode(unchanged, forKey: .unchanged)
            case .entries(let added, let removed, let changed, let unchanged):
                try container.encode(Kind.entries, forKey: .kind)
                try container.encode(added, forKey: .added)
                try container.encode(removed, forKey: .removed)
                try container.encode(changed, forKey: .changed)
                try container.encode(unchanged, forKey: .unchanged)
            }
        }
    }

    /// One entry of a keyed collection.
    public struct Entry: Codable, Sendable, Equatable {
        public var key: String
        public var value: PlanValue

        public init(key: String, value: PlanValue) {
            self.key = key
            self.value = value
        }
    }

    /// One entry whose value changes.
    public struct EntryChange: Codable, Sendable, Equatable {
        public var key: String
        public var before: PlanValue
        public var after: PlanValue

        public init(key: String, before: PlanValue, after: PlanValue) {
            self.key = key
            self.before = before
            self.after = after
        }
    }
}
