import AWSCore
import AWSTestSupport
import Foundation
import Logging
import Testing

/// A provider that hands out numbered credentials valid for one hour, or fails when told to.
final class CountingProvider: CredentialProvider, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var failing = false
    let clock: TestClock

    init(clock: TestClock) {
        self.clock = clock
    }

    var name: String { "counting" }
    var fetches: Int { lock.withLock { count } }

    func fail(_ value: Bool) { lock.withLock { failing = value } }

    func credential(logger: Logger) async throws(AWSError) -> Credential? {
        let (number, fail) = lock.withLock { () -> (Int, Bool) in
            count += 1
            return (count, failing)
        }
        if fail { throw AWSError(kind: .credentials, code: "Down", message: "the source is down") }
        return Credential(
            accessKeyId: "ASIA\(number)",
            secretAccessKey: "s",
            sessionToken: "t",
            expiration: clock.date().addingTimeInterval(3_600),
            source: "counting"
        )
    }
}

@Suite struct RefreshingCredentialProviderTests {
    let clock = TestClock()
    let logger = Logger(label: "test")

    @Test func cachesUntilTheAdvisoryWindowThenRefreshes() async throws {
        let base = CountingProvider(clock: clock)
        let provider = RefreshingCredentialProvider(base, clock: clock)
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "ASIA1")
        clock.advance(by: .seconds(3_600 - 301))
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "ASIA1")
        clock.advance(by: .seconds(2))
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "ASIA2")
        #expect(base.fetches == 2)
    }

    @Test func keepsTheCachedCredentialsWhenAnAdvisoryRefreshFails() async throws {
        let base = CountingProvider(clock: clock)
        let provider = RefreshingCredentialProvider(base, clock: clock)
        _ = try await provider.credential(logger: logger)
        base.fail(true)
        clock.advance(by: .seconds(3_600 - 120))
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "ASIA1")
        clock.advance(by: .seconds(61))
        await #expect(throws: AWSError.self) { try await provider.credential(logger: logger) }
        base.fail(false)
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "ASIA4")
    }

    @Test func concurrentCallersShareOneFetch() async throws {
        let base = CountingProvider(clock: clock)
        let provider = RefreshingCredentialProvider(base, clock: clock)
        let logger = logger
        let keys = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<20 { group.addTask { try await provider.credential(logger: logger)?.accessKeyId } }
            return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
        }
        #expect(keys == ["ASIA1"])
        #expect(base.fetches == 1)
    }

    @Test func credentialsWithoutExpirationAreKept() async throws {
        let provider = RefreshingCredentialProvider(
            StaticCredentialProvider(Credential(accessKeyId: "AKID", secretAccessKey: "s", source: "static")),
            clock: clock
        )
        _ = try await provider.credential(logger: logger)
        clock.advance(by: .seconds(86_400 * 365))
        #expect(try await provider.credential(logger: logger)?.accessKeyId == "AKID")
    }
}
