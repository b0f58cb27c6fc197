public import AWSCore
import Foundation

/// Jitter from a fixed list, repeated.
public final class FixedRandom: RandomSource, @unchecked Sendable {
    private let lock = NSLock()
    private let values: [Double]
    private var index = 0

    public init(_ values: [Double]) {
        self.values = values
    }

    public func nextUnit() -> Double {
        lock.withLock {
            defer { index += 1 }
            return values[index % values.count]
        }
    }
}
