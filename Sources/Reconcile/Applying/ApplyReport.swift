public import Plan

/// What apply did, resource by resource: what succeeded, what failed and why, what was left alone because
/// it changed since the plan (stale) or because something it depends on did not succeed. Running `plan`
/// afterwards shows exactly what remains.
public struct ApplyReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case succeeded
        /// The AWS error (operation, code, message) or the reason the resource could not be changed.
        case failed(String)
        /// The live resource no longer matches what the plan read; nothing was written to it.
        case stale(String)
        /// Not started because a resource it depends on did not succeed (or apply was refused).
        case notAttempted(String)
    }

    public struct Entry: Sendable, Equatable {
        public var address: String
        public var action: ResourceChange.Action
        public var outcome: Outcome
        /// The calls that succeeded, in order (a failed resource may be partly changed: these say how far it
        /// got).
        public var callsMade: [String]
        /// Who the resource is after apply: for a create, the id and ARN AWS gave it (nil if it was not made).
        public var identity: ResourceChange.Identity?

        public init(
            address: String,
            action: ResourceChange.Action,
            outcome: Outcome,
            callsMade: [String],
            identity: ResourceChange.Identity? = nil
        ) {
            self.address = address
            self.action = action
            self.outcome = outcome
            self.callsMade = callsMade
            self.identity = identity
        }
    }

    /// One entry per planned change, in plan order.
    public var entries: [Entry]
    /// Why nothing at all was attempted (the credentials are for another account than the plan's), if so.
    public var refusal: String?

    public init(entries: [Entry], refusal: String? = nil) {
        self.entries = entries
        self.refusal = refusal
    }

    /// Whether every change was made.
    public var succeeded: Bool { refusal == nil && entries.allSatisfy { $0.outcome == .succeeded } }

    /// The entries that ended one way.
    public var succeededEntries: [Entry] { entries.filter { $0.outcome == .succeeded } }
    public var failedEntries: [Entry] { entries.filter { if case .failed = $0.outcome { true } else { false } } }
    public var staleEntries: [Entry] { entries.filter { if case .stale = $0.outcome { true } else { false } } }
    public var notAttemptedEntries: [Entry] {
        entries.filter { if case .notAttempted = $0.outcome { true } else { false } }
    }

    /// `Apply complete: 1 created, 2 updated, 0 deleted.`, or, when something was not done,
    /// `Apply incomplete: 1 created, 0 updated, 0 deleted; 1 failed, 0 stale, 2 not attempted.`
    public var summary: String {
        if let refusal { return "Apply refused: \(refusal). Nothing was changed." }
        let done = succeededEntries
        let counts =
            "\(done.count { $0.action == .create }) created, \(done.count { $0.action == .update }) updated, "
            + "\(done.count { $0.action == .delete }) deleted"
        if succeeded { return "Apply complete: \(counts)." }
        return "Apply incomplete: \(counts); \(failedEntries.count) failed, \(staleEntries.count) stale, "
            + "\(notAttemptedEntries.count) not attempted."
    }
}
