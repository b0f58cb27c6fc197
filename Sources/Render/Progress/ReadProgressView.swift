public import Foundation
public import Plan

/// Progress of a plan's reads for people, once the plan has taken more than a moment: quick plans print
/// nothing, slow ones (large files, the API's low rate limits) say which resource was just read and how many
/// of how many: `Read connect.prod.securityProfiles.agent (2 of 9)`.
public final class ReadProgressView: @unchecked Sendable {
    private let lock = NSLock()
    private let start: Date
    private let threshold: TimeInterval
    private let clock: @Sendable () -> Date
    private let write: @Sendable (String) -> Void

    /// `write` receives each line, with its line end (the CLI: standard error).
    public init(
        threshold: TimeInterval = 1,
        clock: @escaping @Sendable () -> Date = { Date() },
        write: @escaping @Sendable (String) -> Void
    ) {
        self.threshold = threshold
        self.clock = clock
        self.write = write
        start = clock()
    }

    /// Writes `progress` as a line when the plan has been running for at least the threshold.
    public func report(_ progress: ReadProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard clock().timeIntervalSince(start) >= threshold else { return }
        write(Self.line(progress) + "\n")
    }

    /// The reporter as the reader takes it.
    public var callback: @Sendable (ReadProgress) -> Void {
        { [self] progress in report(progress) }
    }

    /// `Listed connect.prod.securityProfiles (1 of 3)`, `Read connect.prod.securityProfiles.agent (2 of 9)`.
    public static func line(_ progress: ReadProgress) -> String {
        "\(progress.step == .listed ? "Listed" : "Read") \(progress.address) (\(progress.completed) of \(progress.total))"
    }
}
