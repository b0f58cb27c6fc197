import Foundation
public import Plan

/// Apply's progress for people, one line per event on standard error: `connect.prod.securityProfiles.agent:
/// creating...` as a resource starts, `... created after 0.4s [id=...]` as it ends, and notes on the way.
public enum ApplyProgressView {
    /// The line for `event`, without a line end.
    public static func line(_ event: ApplyEvent) -> String {
        switch event {
        case .started(let address, let action):
            return "\(address): \(progressive(action))..."
        case .finished(let entry, let elapsed):
            let after = "after \(format(elapsed))"
            switch entry.outcome {
            case .succeeded:
                let id = entry.action == .create ? entry.identity?.id.map { " [id=\($0)]" } ?? "" : ""
                return "\(entry.address): \(past(entry.action)) \(after)\(id)"
            case .failed(let reason): return "\(entry.address): failed \(after): \(reason)"
            case .stale(let reason): return "\(entry.address): stale, nothing written (\(after)): \(reason)"
            case .notAttempted(let reason): return "\(entry.address): not attempted: \(reason)"
            case .interrupted: return "\(entry.address): \(ApplyReport.Outcome.interruptedReason) (\(after))"
            }
        case .skipped(let entry):
            guard case .notAttempted(let reason) = entry.outcome else { return "\(entry.address): not attempted" }
            return "\(entry.address): not attempted: \(reason)"
        case .note(let address, let message):
            return "\(address): \(message)"
        }
    }

    /// Seconds with one decimal: `0.4s`, `12.0s`.
    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1fs", seconds)
    }

    private static func progressive(_ action: ResourceChange.Action) -> String {
        switch action {
        case .create: "creating"
        case .update: "updating"
        case .delete: "deleting"
        }
    }

    private static func past(_ action: ResourceChange.Action) -> String {
        switch action {
        case .create: "created"
        case .update: "updated"
        case .delete: "deleted"
        }
    }
}
