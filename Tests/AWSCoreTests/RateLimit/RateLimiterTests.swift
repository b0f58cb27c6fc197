import AWSCore
import AWSTestSupport
import Testing

@Suite struct RateLimiterTests {
    /// The waits of `count` reservations at `now`.
    static func waits(_ count: Int, _ bucket: inout TokenBucket, at now: Duration) -> [TokenBucket.Wait] {
        (0..<count).map { _ in bucket.reserve(at: now).wait }
    }

    @Test func aBurstFromFullRefillsFromItsFirstAnswer() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 5))
        let start = Duration.seconds(100)
        // Beyond the burst, before any answer: how many tokens ahead, counted from the first answer.
        #expect(
            Self.waits(7, &bucket, at: start)
                == [
                    .none, .none, .none, .none, .none, .afterFirstAnswer(tokensAhead: 1),
                    .afterFirstAnswer(tokensAhead: 2),
                ])
        let sixth = bucket.reserve(at: start)
        #expect(bucket.remaining(sixth, at: start) == nil)
        // The first answer, 80 ms later, starts the refilling: the first waiting token comes 500 ms after it.
        bucket.answered(generation: sixth.generation, at: start + .milliseconds(80))
        #expect(bucket.remaining(sixth, at: start + .milliseconds(100)) == .milliseconds(1_480))
        // Later answers change nothing; later reservations queue behind the waiting ones.
        bucket.answered(generation: sixth.generation, at: start + .seconds(1))
        #expect(bucket.reserve(at: start + .milliseconds(80)).wait == .duration(.seconds(2)))
    }

    @Test func aSteadyStreamWaitsOnlyForTokens() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 5))
        let first = bucket.reserve(at: .seconds(0))
        bucket.answered(generation: first.generation, at: .seconds(0))
        #expect(Self.waits(5, &bucket, at: .seconds(0)) == [.none, .none, .none, .none, .duration(.milliseconds(500))])
        // A second later two tokens have come back: one repays the wait, the other is taken now.
        #expect(Self.waits(2, &bucket, at: .seconds(1)) == [.none, .duration(.milliseconds(500))])
    }

    @Test func aBucketRefillsWithTimeUpToTheBurst() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 5))
        let first = bucket.reserve(at: .seconds(0))
        bucket.answered(generation: first.generation, at: .seconds(0))
        for _ in 0..<4 { _ = bucket.reserve(at: .seconds(0)) }
        #expect(bucket.reserve(at: .seconds(1)).wait == .none)
        #expect(bucket.reserve(at: .seconds(1)).wait == .none)
        #expect(bucket.reserve(at: .seconds(1)).wait == .duration(.milliseconds(500)))
        for _ in 0..<3 { _ = bucket.reserve(at: .seconds(2)) }
        #expect(bucket.tokens < 0)
        // Idle until full again: a new burst, which again waits for its first answer before refilling.
        let again = bucket.reserve(at: .seconds(3_600))
        #expect(bucket.tokens == 4)
        #expect(again.generation == first.generation + 1)
        #expect(bucket.awaitsFirstAnswer)
    }

    @Test func anAnswerToAnEarlierBurstDoesNotStartThisOnesRefilling() {
        var bucket = TokenBucket(quota: RateQuota(ratePerSecond: 2, burst: 1))
        let early = bucket.reserve(at: .seconds(0))
        bucket.answered(generation: early.generation, at: .seconds(0))
        // Full again at 10 s; a request of the first burst is answered only now (a slow answer).
        let burst = bucket.reserve(at: .seconds(10))
        let waiting = bucket.reserve(at: .seconds(10))
        bucket.answered(generation: early.generation, at: .seconds(10))
        #expect(bucket.awaitsFirstAnswer)
        #expect(bucket.remaining(waiting, at: .seconds(10)) == nil)
        bucket.answered(generation: burst.generation, at: .seconds(11))
        #expect(bucket.remaining(waiting, at: .seconds(11)) == .milliseconds(500))
    }

    @Test func aRequestBeyondTheBurstWaitsForTheFirstAnswerThenItsToken() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limits: .documentedDefaults, clock: clock)
        let burst = (0..<5).map { _ in
            limiter.reserve(service: .connect, region: "eu-west-2", operation: "ListSecurityProfiles")
        }
        let sixth = limiter.reserve(service: .connect, region: "eu-west-2", operation: "ListSecurityProfiles")
        let paused = Locked<[Duration]>([])
        let start = clock.now()
        let waiter = Task {
            try await limiter.wait(for: sixth) { duration throws(AWSError) in
                paused.withLock { $0.append(duration) }
                // Each pause takes its time on the test clock; the first answer comes 30 ms after the burst.
                clock.advance(by: duration)
                if clock.now() >= start + .milliseconds(30) { limiter.answered(burst[0]) }
                await Task.yield()
            }
        }
        try await waiter.value
        // Polls at 5, 10 and 20 ms; learns at 35 ms that the first answer came at 35 ms; then its token's 500 ms.
        #expect(paused.withLock { $0 } == [.milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(500)])
        #expect(
            limiter.reserve(service: .connect, region: "eu-west-2", operation: "DescribeSecurityProfile").reservation
                .wait
                == .none)
        #expect(
            limiter.reserve(service: .connect, region: "us-east-1", operation: "ListSecurityProfiles").reservation.wait
                == .none)
    }

    @Test func listContactFlowModulesHasConnectsDocumentedDefaultQuotaOfItsOwn() throws {
        let bucket = try #require(
            RateLimits.documentedDefaults.bucket(service: "Connect", operation: "ListContactFlowModules"))
        #expect(bucket.name == "ListContactFlowModules")
        #expect(bucket.quota == RateQuota(ratePerSecond: 2, burst: 5))
    }

    @Test func rolesAnywhereSharesOneBucketForProfilesAndOneForTagging() {
        let limiter = RateLimiter(limits: .documentedDefaults, clock: TestClock())
        func wait(_ operation: String) -> TokenBucket.Wait {
            limiter.reserve(service: .rolesAnywhere, region: "eu-west-2", operation: operation).reservation.wait
        }
        // 1/s with a burst of 1 each.
        #expect(wait("ListProfiles") == .none)
        #expect(wait("GetProfile") == .afterFirstAnswer(tokensAhead: 1))
        #expect(wait("PutAttributeMapping") == .afterFirstAnswer(tokensAhead: 2))
        #expect(wait("ListTagsForResource") == .none)
        #expect(wait("TagResource") == .afterFirstAnswer(tokensAhead: 1))
        #expect(limiter.reserve(service: .sts, region: "eu-west-2", operation: "AssumeRole").reservation.wait == .none)
    }

    @Test func limitsCanBeAdjusted() throws {
        var limits = RateLimits.documentedDefaults
        try limits.apply(
            "connect=10/20, Connect.ListUsers=1/1, RolesAnywhere.tagging=5, rolesanywhere.UpdateProfile=3/3")
        #expect(
            limits.bucket(service: "Connect", operation: "ListSecurityProfiles")?.quota
                == RateQuota(ratePerSecond: 10, burst: 20))
        #expect(
            limits.bucket(service: "Connect", operation: "ListUsers")?.quota == RateQuota(ratePerSecond: 1, burst: 1))
        #expect(
            limits.bucket(service: "RolesAnywhere", operation: "TagResource")?.quota
                == RateQuota(ratePerSecond: 5, burst: 5))
        #expect(limits.bucket(service: "RolesAnywhere", operation: "UpdateProfile")?.name == "UpdateProfile")
        #expect(limits.bucket(service: "RolesAnywhere", operation: "GetProfile")?.name == "group:profiles")
        try limits.apply("connect=off")
        #expect(limits.bucket(service: "Connect", operation: "ListUsers") == nil)
        try limits.apply("off")
        #expect(limits == .unlimited)
    }

    @Test func badLimitSettingsAreAllReported() {
        var limits = RateLimits.documentedDefaults
        #expect {
            try limits.apply("s3=1, connect=fast, connect, rolesanywhere.profiles=off")
        } throws: { error in
            (error as? AWSError)?.message == "Invalid rate limit settings: 's3' is not Connect or RolesAnywhere; "
                + "'fast' is not a rate like 2, 0.5 or 2/5 (requests per second / burst); "
                + "'connect' is not NAME=RATE[/BURST] or NAME=off; a group cannot be turned off; give it a rate."
        }
    }
}
