import AWSModel
import Emulator
import Foundation
import Testing

@Suite struct FaultInjectionTests {
    let clock = TestClock()
    let client = TestClient()

    /// What each of `count` ListInstances calls met: a status, or 0 for a dropped connection.
    func statuses(_ faults: FaultConfiguration, seed: UInt64, count: Int = 40) async throws -> [Int] {
        let engine = try EmulatorEngine(
            configuration: Fixtures.configuration(clock: clock, faults: faults, randomSeed: seed))
        var statuses: [Int] = []
        for _ in 0..<count {
            statuses.append(
                await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response?.status ?? 0)
        }
        return statuses
    }

    @Test func theSameSeedGivesTheSameFaults() async throws {
        let faults = FaultConfiguration(errorRate: 0.3, dropConnectionRate: 0.2)
        let first = try await statuses(faults, seed: 42)
        #expect(try await statuses(faults, seed: 42) == first)
        #expect(Set(first) == [0, 200, 500, 503])
        #expect(try await statuses(faults, seed: 43) != first)
    }

    @Test func ratesAreRoughlyHonoured() async throws {
        let statuses = try await statuses(FaultConfiguration(errorRate: 0.5), seed: 7, count: 400)
        let errors = statuses.filter { $0 != 200 }.count
        #expect((140...260).contains(errors))
    }

    @Test func noFaultsWithoutRates() async throws {
        #expect(try await statuses(.none, seed: 1) == Array(repeating: 200, count: 40))
    }

    @Test func injectedErrorsUseEachServicesCodes() async throws {
        let engine = try EmulatorEngine(
            configuration: Fixtures.configuration(clock: clock, faults: FaultConfiguration(errorRate: 1), randomSeed: 3)
        )
        var codes: Set<String> = []
        for _ in 0..<20 {
            let connect = try #require(
                await engine.handle(client.request(.connect, "ListInstances", at: clock.now)).response)
            codes.insert("\(connect.status) \(connect.header("x-amzn-ErrorType") ?? "")")
            let roles = try #require(
                await engine.handle(client.request(.rolesAnywhere, "ListProfiles", at: clock.now)).response)
            codes.insert("\(roles.status) \(roles.header("x-amzn-ErrorType") ?? "")")
        }
        #expect(
            codes == [
                "500 InternalServiceException", "503 ServiceUnavailableException", "500 InternalServerException",
            ])
        #expect(await engine.callLog().allSatisfy { $0.fault == "internalError" || $0.fault == "unavailable" })
    }

    @Test func aDroppedConnectionChangesNothing() async throws {
        let engine = try EmulatorEngine(
            configuration: Fixtures.configuration(clock: clock, faults: FaultConfiguration(dropConnectionRate: 1)))
        let delete = client.request(
            .rolesAnywhere, "DeleteProfile", ["profileId": .string(Fixtures.profileId)], at: clock.now)
        #expect(await engine.handle(delete) == .dropConnection)
        #expect(await engine.currentState() == Fixtures.seed.state)
        #expect(
            await engine.callLog() == [
                CallRecord(
                    service: "rolesanywhere", operation: "DeleteProfile", region: "eu-west-2", status: 0,
                    parameters: ["profileId": Fixtures.profileId], fault: "dropConnection")
            ])
    }

    @Test func aDroppedResponseStillAppliesTheChange() async throws {
        let engine = try EmulatorEngine(
            configuration: Fixtures.configuration(clock: clock, faults: FaultConfiguration(dropResponseRate: 1)))
        let delete = client.request(
            .rolesAnywhere, "DeleteProfile", ["profileId": .string(Fixtures.profileId)], at: clock.now)
        #expect(await engine.handle(delete) == .dropConnection)
        #expect(await engine.currentState()[region: "eu-west-2"].rolesAnywhereProfiles.isEmpty)
        let record = try #require(await engine.callLog().first)
        #expect(record.status == 200)
        #expect(record.fault == "dropResponse")
    }

    @Test func rejectsRatesOutsideZeroToOne() {
        #expect(
            FaultConfiguration(latencyMilliseconds: -1, errorRate: 1.5).problems == [
                "latency must not be negative, got -1", "error rate must be between 0 and 1, got 1.5",
            ])
    }
}
