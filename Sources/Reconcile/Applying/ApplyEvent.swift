import Foundation
public import Plan

/// What apply reports while it works, one event per resource as it starts and as it ends, and a note when
/// something worth knowing happened on the way (a lost answer recovered). `line` is the text `warden apply`
/// prints on standard error.
public enum ApplyEvent: Sendable, Equatable {
    case started(address: String, action: ResourceChange.Action)
    /// A started resource ended, after `elapsed`.
    case finished(ApplyReport.Entry, elapsed: Duration)
    /// A resource that will not be started: something it depends on did not succeed.
    case skipped(ApplyReport.Entry)
    case note(address: String, message: String)

    /// `connect.prod.securityProfiles.agent: creating...`, `... created after 0.4s [id=...]`.
    public var line: String {
        switch self {
        case .started(let address, let action):
            return "\(address): \(Self.progressive(action))..."
        case .finished(let entry, let elapsed):
            let after = "after \(Self.format(elapsed))"
            switch entry.outcome {
            case .succeeded:
                let id = entry.action == .create ? entry.identity?.id.map { " [id=\($0)]" } ?? "" : ""
                return "\(entry.address): \(Self.past(entry.action)) \(after)\(id)"
            case .failed(let reason): return "\(entry.address): failed \(after): \(reason)"
            case .stale(let reason): return "\(entry.address): stale, nothing written (\(after)): \(reason)"
            case .notAttempted(let reason): return "\(entry.address): not attempted: \(reason)"
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
