import AWSCore
import Testing

@Suite struct AdaptiveRateLimiterTests {
    @Test func doesNothingUntilTheFirstThrottle() {
        var limiter = AdaptiveRateLimiter(now: 0)
        for step in 0..<50 {
            #expect(limiter.acquire(now: Double(step) * 0.01) == 0)
            limiter.record(throttled: false, now: Double(step) * 0.01)
        }
        #expect(!limiter.isEnabled)
    }

    @Test func aThrottleCutsTheRateAndMakesRequestsWait() {
        var limiter = AdaptiveRateLimiter(now: 0)
        var now = 0.0
        // 10 requests per second for two seconds, then a throttle.
        for _ in 0..<20 {
            limiter.record(throttled: false, now: now)
            now += 0.1
        }
        limiter.record(throttled: true, now: now)
        #expect(limiter.isEnabled)
        #expect(limiter.fillRate > 5 && limiter.fillRate < 8)
        let rate = limiter.fillRate
        let waits = (0..<10).map { _ in limiter.acquire(now: now) }
        let waiting = waits.filter { $0 > 0 }
        #expect(waiting.count >= 8)
        for (earlier, later) in zip(waiting, waiting.dropFirst()) {
            #expect(abs(later - earlier - 1 / rate) < 1e-9)
        }
    }

    @Test func theRateGrowsBackAfterSuccesses() {
        var limiter = AdaptiveRateLimiter(now: 0)
        var now = 0.0
        for _ in 0..<20 {
            limiter.record(throttled: false, now: now)
            now += 0.1
        }
        limiter.record(throttled: true, now: now)
        let afterThrottle = limiter.fillRate
        for _ in 0..<40 {
            now += 0.1
            limiter.record(throttled: false, now: now)
        }
        #expect(limiter.fillRate > afterThrottle)
    }

    @Test func theRateNeverDropsBelowHalfARequestPerSecond() {
        var limiter = AdaptiveRateLimiter(now: 0)
        for step in 0..<20 { limiter.record(throttled: true, now: Double(step)) }
        #expect(limiter.fillRate == 0.5)
    }
}
