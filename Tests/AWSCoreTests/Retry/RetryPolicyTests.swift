import AWSCore
import AWSTestSupport
import Testing

@Suite struct RetryPolicyTests {
    static func service(_ code: String, _ status: Int) -> AWSError {
        AWSError(kind: .service, code: code, message: "", httpStatus: status)
    }

    @Test(arguments: [
        (service("ThrottlingException", 429), RetryReason.throttling),
        (service("TooManyRequestsException", 429), .throttling),
        (service("LimitExceededException", 429), .throttling),
        (service("Throttling", 400), .throttling),
        (service("SomethingNew", 429), .throttling),
        (service("InternalServiceException", 500), .transient),
        (service("Http502", 502), .transient),
        (service("ServiceUnavailable", 503), .transient),
        (service("Http504", 504), .transient),
        (service("RequestTimeout", 400), .transient),
        (service("IDPCommunicationError", 400), .transient),
        (AWSError(kind: .timeout, code: "RequestTimeout", message: ""), .timeout),
        (AWSError(kind: .connection, code: "ConnectionError", message: ""), .connection),
    ])
    func retryableErrors(error: AWSError, reason: RetryReason) {
        #expect(error.retryReason == reason)
        #expect(error.isRetryable)
    }

    @Test(arguments: [
        service("InvalidParameterException", 400),
        service("InvalidRequestException", 400),
        service("ValidationException", 400),
        service("ResourceNotFoundException", 404),
        service("AccessDeniedException", 403),
        service("DuplicateResourceException", 409),
        service("Http501", 501),
        AWSError(kind: .validation, code: "ValidationError", message: ""),
        AWSError(kind: .credentials, code: "NoCredentials", message: ""),
        AWSError(kind: .invalidResponse, code: "InvalidResponse", message: ""),
    ])
    func neverRetried(error: AWSError) {
        var quota = RetryQuota()
        var cost: Int?
        let decision = RetryPolicy(random: FixedRandom([0.5])).decide(
            after: error, attempt: 1, quota: &quota, retryCost: &cost)
        #expect(decision == .doNotRetry(.notRetryable))
        #expect(quota.available == 500)
    }

    @Test func threeAttemptsByDefault() {
        let policy = RetryPolicy(random: FixedRandom([0.5]))
        let error = Self.service("ThrottlingException", 429)
        var quota = RetryQuota()
        var cost: Int?
        #expect(
            policy.decide(after: error, attempt: 1, quota: &quota, retryCost: &cost)
                == .retry(after: .milliseconds(500)))
        #expect(policy.decide(after: error, attempt: 2, quota: &quota, retryCost: &cost) == .retry(after: .seconds(1)))
        #expect(
            policy.decide(after: error, attempt: 3, quota: &quota, retryCost: &cost) == .doNotRetry(.attemptsExhausted))
        #expect(quota.available == 490)
    }

    @Test func backoffIsFullJitterOverACappedExponential() {
        let top = RetryPolicy(random: FixedRandom([0.999_999]))
        let bounds = (1...8).map { top.backoff(afterAttempt: $0) }
        let ceilings: [Duration] = [1, 2, 4, 8, 16, 20, 20, 20].map { .seconds($0) }
        for (bound, ceiling) in zip(bounds, ceilings) {
            #expect(bound < ceiling)
            #expect(bound > ceiling * 0.999)
        }
        #expect(RetryPolicy(random: FixedRandom([0])).backoff(afterAttempt: 5) == .zero)
        #expect(RetryPolicy(random: FixedRandom([0.25])).backoff(afterAttempt: 3) == .seconds(1))
    }

    @Test func theQuotaStopsRetryStormsAndRefillsOnSuccess() {
        let policy = RetryPolicy(maxAttempts: 10, random: FixedRandom([0]))
        var quota = RetryQuota()
        var cost: Int?
        let error = Self.service("Http503", 503)
        for _ in 0..<100 {
            #expect(policy.decide(after: error, attempt: 1, quota: &quota, retryCost: &cost) == .retry(after: .zero))
        }
        #expect(quota.available == 0)
        #expect(
            policy.decide(after: error, attempt: 1, quota: &quota, retryCost: &cost) == .doNotRetry(.quotaExhausted))

        quota.releaseAfterSuccess(retryCost: 5)
        #expect(quota.available == 5)
        quota.releaseAfterSuccess(retryCost: nil)
        #expect(quota.available == 6)
        #expect(policy.decide(after: error, attempt: 1, quota: &quota, retryCost: &cost) == .retry(after: .zero))
        #expect(quota.available == 1)
    }

    @Test func aTimeoutCostsTenTokens() {
        var quota = RetryQuota(capacity: 15)
        #expect(quota.acquire(for: .timeout) == 10)
        #expect(quota.acquire(for: .timeout) == nil)
        #expect(quota.acquire(for: .throttling) == 5)
        #expect(quota.available == 0)
        for _ in 0..<20 { quota.releaseAfterSuccess(retryCost: 10) }
        #expect(quota.available == 15)
    }
}
