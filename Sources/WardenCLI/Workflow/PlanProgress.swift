import Foundation
import Reconcile

/// Progress of a plan's reads on standard error, once the plan has taken more than a moment: quick plans
/// print nothing, slow ones (large files, the API's low rate limits) say which resource was just read and
/// how many of how many.
final class PlanProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let start: Date
    private let threshold: TimeInterval
    private let clock: @Sendable () -> Date
    private let write: @Sendable (String) -> Void

    init(
        threshold: TimeInterval = 1,
        clock: @escaping @Sendable () -> Date = { Date() },
        write: @escaping @Sendable (String) -> Void = { Console.standardError.write($0) }
    ) {
        self.threshold = threshold
        self.clock = clock
        self.write = write
        start = clock()
    }

    /// Writes `progress` as a line when the plan has been running for at least the threshold.
    func report(_ progress: ReadProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard clock().timeIntervalSince(start) >= threshold else { return }
        write(progress.description + "\n")
    }

    /// The reporter as the reader takes it.
    var callback: @Sendable (ReadProgress) -> Void {
        { [self] progress in report(progress) }
    }
}
