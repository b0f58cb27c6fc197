/// What apply reports while it works: one event per resource as it starts and as it ends, and a note when
/// something worth knowing happened on the way (a lost answer recovered). Plain data: `ApplyProgressView`
/// (module Render) turns each event into the line `warden apply` prints on standard error.
public enum ApplyEvent: Sendable, Equatable {
    case started(address: String, action: ResourceChange.Action)
    /// A started resource ended, after `elapsed`.
    case finished(ApplyReport.Entry, elapsed: Duration)
    /// A resource that will not be started: something it depends on did not succeed.
    case skipped(ApplyReport.Entry)
    case note(address: String, message: String)
}
