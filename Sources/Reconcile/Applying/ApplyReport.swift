import Plan

/// What apply did, resource by resource: what succeeded, what failed and why, what was left alone because
/// it changed since the plan (stale) or because something it depends on failed. Running `plan` afterwards
/// shows exactly what remains.
public struct ApplyReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case succeeded
        /// The AWS error (code and message) and the call that met it.
        case failed(String)
        /// The live resource no longer matches what the plan read; nothing was written to it.
        case stale(String)
        /// Not started because a resource it depends on did not succeed.
        case notAttempted(String)
    }

    public struct Entry: Sendable, Equatable {
        public var address: String
        public var action: ResourceChange.Action
        public var outcome: Outcome
        /// The calls that succeeded (a failed resource may be partly changed: these say how far it got).
        public var callsMade: [String]

        public init(address: String, action: ResourceChange.Action, outcome: Outcome, callsMade: [String]) {
            self.address = address
            self.action = action
            self.outcome = outcome
            self.callsMade = callsMade
        }
    }

    /// One entry per planned change, in plan order.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Whether every change was made.
    public var succeeded: Bool { entries.allSatisfy { $0.outcome == .succeeded } }

    /// `Apply complete: 1 created, 2 updated, 0 deleted.`, or the failure counts as well.
    public var summary: String {
        let done = entries.filter { $0.outcome == .succeeded }
        let counts =
            "\(done.count { $0.action == .create }) created, \(done.count { $0.action == .update }) updated, "
            + "\(done.count { $0.action == .delete }) deleted"
        if succeeded { return "Apply complete: \(counts)." }
        let failed = entries.count { if case .failed = $0.outcome { true } else { false } }
        let stale = entries.count { if case .stale = $0.outcome { true } else { false } }
        let skipped = entries.count { if case .notAttempted = $0.outcome { true } else { false } }
        return "Apply incomplete: \(counts); \(failed) failed, \(stale) stale, \(skipped) not attempted."
    }
}
