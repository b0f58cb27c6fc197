import AWSCore
import AWSModel
import DesiredState
import Emulator
import Foundation
import Plan
import Reconcile
import Testing
import YAML

/// Reads run concurrently, within the per-operation quotas of the AWS layer; what AWS refuses is reported
/// with its code and message and the resource it concerns.
@Suite(.serialized) struct ReaderThrottlingTests {
    static let profiles = 40

    static var seed: String {
        var text = "connect:\n  instances:\n    - alias: big\n      region: eu-west-2\n      securityProfiles:\n"
        for index in 1...profiles { text += "        - { name: SP\(index), description: old, permissions: [A] }\n" }
        return text
    }

    static var desired: String {
        var text = "version: 1\nregion: eu-west-2\nconnect:\n  big:\n    alias: big\n    securityProfiles:\n"
        for index in 1...profiles {
            text += "      sp\(index): { name: SP\(index), description: new, permissions: [A] }\n"
        }
        return text
    }

    /// The emulator at 4 times AWS's quotas: Connect 8 requests/s per operation, bursts of 20.
    static let emulatorScale = 4.0

    static func throttled(_ account: EmulatedAccount) async -> [String] {
        await account.server.engine.callLog().filter { $0.errorCode == "ThrottlingException" }.compactMap(\.operation)
    }

    @Test func aLargeReadStaysWithinTheQuotasItIsGiven() async throws {
        let account = try await EmulatedAccount.start(seed: Self.seed, quotaScale: Self.emulatorScale, throttling: true)
        defer { Task { try? await account.stop() } }
        // A little under the emulator's quotas, as one would leave room for other clients of the account.
        var limits = RateLimits.documentedDefaults
        try limits.apply("Connect=7/18,RolesAnywhere=3/6")
        let clients = try account.clients(account.access(rateLimits: limits, maxAttempts: 1))
        let observed = try await Reader(clients: clients).read(try DesiredText.load(Self.desired)).get()
        #expect(observed.resources.count == Self.profiles)
        #expect(await Self.throttled(account) == [])
        let calls = await account.calls().map { String($0.split(separator: " ")[0]) }
        #expect(calls.filter { $0 == "DescribeSecurityProfile" }.count == Self.profiles)
        #expect(calls.filter { $0 == "ListSecurityProfilePermissions" }.count == Self.profiles)
    }

    @Test func withoutClientLimitsTheSameReadIsThrottled() async throws {
        // The control for the test above: the reads are concurrent enough to exceed the quota unchecked. At
        // AWS's own quota (2/s, bursts of 5), 40 reads of an operation would have to take 17.5 s to stay under
        // it, so a slow machine cannot hide the excess (at 4 times the quota, a loaded one could).
        let account = try await EmulatedAccount.start(seed: Self.seed, quotaScale: 1, throttling: true)
        defer { Task { try? await account.stop() } }
        let clients = try account.clients(account.access(rateLimits: .unlimited, maxAttempts: 1))
        _ = await Reader(clients: clients).read(try DesiredText.load(Self.desired))
        #expect(await Self.throttled(account).count > 0)
    }

    /// Holds the first `count` requests for `delay` before sending them, as a queue for connections or a slow
    /// first handshake would: they reach AWS well after the rate limiter let them go.
    final class LateFirstRequests: HTTPTransport, @unchecked Sendable {
        private let next = AsyncHTTPClientTransport()
        private let lock = NSLock()
        private var held: Int
        private let delay: Duration

        init(count: Int, delay: Duration) {
            held = count
            self.delay = delay
        }

        func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse {
            let late = lock.withLock {
                held -= 1
                return held >= 0
            }
            if late { try? await Task.sleep(for: delay) }
            return try await next.send(request, timeout: timeout)
        }
    }

    @Test func aBurstThatReachesAWSLateIsNotThrottled() async throws {
        // The client limits exactly at the emulator's quotas (Connect 8/s per operation, bursts of 20), and the
        // first requests of the read (every operation's burst) arrive 400 ms late: the requests beyond a burst
        // wait for its first answer before the bucket refills, so none of them overtakes the burst at AWS.
        let account = try await EmulatedAccount.start(seed: Self.seed, quotaScale: Self.emulatorScale, throttling: true)
        defer { Task { try? await account.stop() } }
        var limits = RateLimits.documentedDefaults
        try limits.apply("Connect=8/20")
        let clients = try ApplyHarness.clients(
            account, transport: LateFirstRequests(count: 45, delay: .milliseconds(400)), rateLimits: limits)
        let observed = try await Reader(clients: clients).read(try DesiredText.load(Self.desired)).get()
        #expect(observed.resources.count == Self.profiles)
        #expect(await Self.throttled(account) == [])
    }

    static let instanceId = "11111111-0000-4000-8000-000000000001"
    static let profileId = "22222222-0000-4000-8000-000000000001"

    static let smallSeed = """
        connect:
          instances:
            - alias: small
              region: eu-west-2
              id: \(instanceId)
              securityProfiles:
                - { name: SP1, id: \(profileId), description: old }

        """

    static let smallDesired = """
        version: 1
        region: eu-west-2
        connect:
          small:
            id: \(instanceId)
            securityProfiles:
              sp1: { name: SP1, description: new }

        """

    /// An emulator whose clock stands still, so its buckets never refill: with the quotas scaled down to one
    /// request a bucket, whatever was called once is refused the second time.
    static func frozenAccount() async throws -> EmulatedAccount {
        let now = Date()
        return try await EmulatedAccount.start(seed: smallSeed, quotaScale: 0.01, throttling: true, clock: { now })
    }

    @Test func aFailedListIsReportedWithTheAWSCodeAndMessageAndTheInstance() async throws {
        let account = try await Self.frozenAccount()
        defer { Task { try? await account.stop() } }
        let clients = try account.clients(account.access(maxAttempts: 1))
        _ = try await clients.connect("eu-west-2").call(
            "ListSecurityProfiles", input: ["InstanceId": .string(Self.instanceId)])

        let failure = try #require(await Reader(clients: clients).read(try DesiredText.load(Self.smallDesired)).failure)
        #expect(
            failure.map(\.description).map(Self.withoutRequestId) == [
                "warden.yaml:4:3: error: connect.small.securityProfiles: cannot list security profiles in instance "
                    + "\(Self.instanceId) (eu-west-2): Connect.ListSecurityProfiles: ThrottlingException (HTTP 429): Rate exceeded"
            ])
    }

    @Test func aFailedReadIsReportedWithTheAWSCodeAndMessageAndTheResource() async throws {
        let account = try await Self.frozenAccount()
        defer { Task { try? await account.stop() } }
        let clients = try account.clients(account.access(maxAttempts: 1))
        _ = try await clients.connect("eu-west-2").call(
            "DescribeSecurityProfile",
            input: ["InstanceId": .string(Self.instanceId), "SecurityProfileId": .string(Self.profileId)])

        let failure = try #require(await Reader(clients: clients).read(try DesiredText.load(Self.smallDesired)).failure)
        #expect(
            failure.map(\.description).map(Self.withoutRequestId) == [
                "warden.yaml:7:7: error: connect.small.securityProfiles.sp1: cannot read security profile \"SP1\" "
                    + "(id \(Self.profileId)): Connect.DescribeSecurityProfile: ThrottlingException (HTTP 429): Rate exceeded"
            ])
    }

    /// AWS's request ids differ from run to run.
    static func withoutRequestId(_ message: String) -> String {
        guard let range = message.range(of: " [request id ") else { return message }
        return String(message[..<range.lowerBound])
    }
}
