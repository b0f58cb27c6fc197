/// The standard retry mode's retry quota: a bucket of tokens shared by all requests of a client.
/// A retry costs 5 tokens (10 after a timeout); a success refunds what its retry cost, or 1 token
/// when it needed no retry. When the bucket is empty, failures are no longer retried, which stops
/// retry storms against a struggling service.
public struct RetryQuota: Sendable, Hashable {
    public static let initialTokens = 500
    public static let retryCost = 5
    public static let timeoutRetryCost = 10
    public static let noRetryIncrement = 1

    public let capacity: Int
    public private(set) var available: Int

    public init(capacity: Int = RetryQuota.initialTokens) {
        self.capacity = capacity
        available = capacity
    }

    /// Takes the cost of retrying after `reason`; nil (and nothing taken) when the quota cannot pay.
    public mutating func acquire(for reason: RetryReason) -> Int? {
        let cost = reason == .timeout ? Self.timeoutRetryCost : Self.retryCost
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// Records a success: `retryCost` is what the last retry of the request took, nil if it needed none.
    public mutating func releaseAfterSuccess(retryCost: Int?) {
        available = min(capacity, available + (retryCost ?? Self.noRetryIncrement))
    }
}
