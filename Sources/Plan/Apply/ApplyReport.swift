/// What apply did, resource by resource: what succeeded, what failed and why, what was left alone because
/// it changed since the plan (stale) or because something it depends on did not succeed, and what an interrupt
/// kept from being written. Running `plan` afterwards shows exactly what remains.
public struct ApplyReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case succeeded
        /// The AWS error (operation, code, message) or the reason the resource could not be changed.
        case failed(String)
        /// The live resource no longer matches what the plan read; nothing was written to it.
        case stale(String)
        /// Not started because a resource it depends on did not succeed (or apply was refused).
        case notAttempted(String)
        /// Nothing was written to it because apply was interrupted first: never started, or stopped before its
        /// first write.
        case interrupted

        /// What `.interrupted` means, for reports.
        public static let interruptedReason = "apply was interrupted before anything was written to it"
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
    /// The signal that interrupted apply (`SIGINT`, `SIGTERM`), if one did.
    public var interruption: String?

    public init(entries: [Entry], refusal: String? = nil, interruption: String? = nil) {
        self.entries = entries
        self.refusal = refusal
        self.interruption = interruption
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
    public var interruptedEntries: [Entry] { entries.filter { $0.outcome == .interrupted } }

    /// How apply ended as a whole.
    public enum Status: String, Sendable {
        /// Every change was made (or there was none to make).
        case complete
        /// Some change was not made: failed, stale, not attempted or interrupted.
        case incomplete
        /// Nothing was attempted (`refusal` says why).
        case refused
    }

    public var status: Status {
        if refusal != nil { return .refused }
        return succeeded ? .complete : .incomplete
    }

    /// How many resources ended each way; `created`, `updated` and `deleted` count only what succeeded.
    public struct Counts: Codable, Sendable, Equatable {
        public var created = 0
        public var updated = 0
        public var deleted = 0
        public var failed = 0
        public var stale = 0
        public var notAttempted = 0
        /// Resources an interrupt kept apply from writing to.
        public var interrupted = 0
    }

    public var counts: Counts {
        var counts = Counts()
        for entry in entries {
            switch (entry.outcome, entry.action) {
            case (.succeeded, .create): counts.created += 1
            case (.succeeded, .update): counts.updated += 1
            case (.succeeded, .delete): counts.deleted += 1
            case (.failed, _): counts.failed += 1
            case (.stale, _): counts.stale += 1
            case (.notAttempted, _): counts.notAttempted += 1
            case (.interrupted, _): counts.interrupted += 1
            }
        }
        return counts
    }

    /// `Apply complete: 1 created, 2 updated, 0 deleted.`, or, when something was not done,
    /// `Apply incomplete: 1 created, 0 updated, 0 deleted; 1 failed, 0 stale, 2 not attempted.`, or, after an
    /// interrupt, `Apply interrupted (SIGINT): 1 created, 0 updated, 0 deleted; 0 failed, 0 stale, 0 not
    /// attempted, 4 not attempted (interrupted).`
    public var summary: String {
        if let refusal { return "Apply refused: \(refusal). Nothing was changed." }
        let counts = counts
        let done = "\(counts.created) created, \(counts.updated) updated, \(counts.deleted) deleted"
        if succeeded { return "Apply complete: \(done)." }
        let undone = "\(counts.failed) failed, \(counts.stale) stale, \(counts.notAttempted) not attempted"
        guard interruption != nil || counts.interrupted > 0 else { return "Apply incomplete: \(done); \(undone)." }
        let signal = interruption.map { " (\($0))" } ?? ""
        return "Apply interrupted\(signal): \(done); \(undone), \(counts.interrupted) not attempted (interrupted)."
    }
}
