import Foundation

/// A value behind a lock, for the little shared mutable state the client has (retry quota, token
/// buckets, the adaptive limiter). Work done under the lock never suspends.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) {
        self.value = value
    }

    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
