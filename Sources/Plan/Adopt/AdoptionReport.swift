public import AWSModel

/// What `warden adopt` did to a file and what it left alone: plain data, rendered by `AdoptionView`.
public struct AdoptionReport: Sendable, Equatable {
    /// Resources whose drifted fields now hold the live values, in plan order.
    public var adopted: [AdoptedResource]
    /// Live resources the file did not declare, appended to their collections (`--include-unmanaged`).
    public var appended: [AppendedResource]
    /// Drifted values and resources left as they are, each with why.
    public var notAdopted: [NotAdopted]
    /// Live resources the file does not declare, listed and not appended (nor pruned: not drift on their own).
    public var unmanaged: [UnmanagedResource]

    public init(
        adopted: [AdoptedResource] = [], appended: [AppendedResource] = [], notAdopted: [NotAdopted] = [],
        unmanaged: [UnmanagedResource] = []
    ) {
        self.adopted = adopted
        self.appended = appended
        self.notAdopted = notAdopted
        self.unmanaged = unmanaged
    }

    /// Whether something could not be adopted (exit code 1).
    public var isIncomplete: Bool { !notAdopted.isEmpty }
}

/// One declared resource and the fields that took the live values.
public struct AdoptedResource: Sendable, Equatable {
    public var address: String
    /// File keys, in the kind's order.
    public var fields: [String]

    public init(address: String, fields: [String]) {
        self.address = address
        self.fields = fields
    }
}

/// A live resource written into the file.
public struct AppendedResource: Sendable, Equatable {
    /// The address it now has (its logical name made unique in its collection).
    public var address: String
    /// Its name in AWS.
    public var name: String

    public init(address: String, name: String) {
        self.address = address
        self.name = name
    }
}

/// A drifted value, or a resource, that adopt did not write, and why.
public struct NotAdopted: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The value is written with a variable (`${var.NAME}`).
        case variable
        /// The value is written with a reference (`${connect.…}`, `${rolesAnywhere.…}`).
        case reference
        /// The value is an alias, or an anchor that an alias uses elsewhere: editing it would change both.
        case alias
        /// AWS reports no value for a field the file sets.
        case noLiveValue
        /// The file declares the resource, and AWS has none.
        case gone
        /// A live resource in a collection the file prunes, which apply would delete (`--include-unmanaged`
        /// writes it into the file).
        case notDeclared
        /// The value is written in a way adopt does not edit (a block scalar with a key on its line, …).
        case layout(String)

        /// The reason as the summary prints it.
        public var description: String {
            switch self {
            case .variable: "from a variable"
            case .reference: "from a reference"
            case .alias: "from an alias"
            case .noLiveValue: "AWS reports no value"
            case .gone: "not found in AWS (the file still declares it; adopt never removes a resource)"
            case .notDeclared:
                "not declared in the file, in a collection it prunes (--include-unmanaged writes it into the file)"
            case .layout(let why): why
            }
        }
    }

    public var address: String
    /// The file key (dotted below the resource: `sessionInactivity.duration`), nil for a whole resource.
    public var field: String?
    public var reason: Reason
    /// What AWS has, when there is a value to show.
    public var live: JSONValue?

    public init(address: String, field: String?, reason: Reason, live: JSONValue?) {
        self.address = address
        self.field = field
        self.reason = reason
        self.live = live
    }
}
