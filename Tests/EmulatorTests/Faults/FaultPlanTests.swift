import Testing

@testable import Emulator

@Suite struct FaultPlanTests {
    @Test func carriesTheLatencyAndDrawsFourValuesPerRequest() {
        var random = SeededRandom(seed: 9)
        let plan = FaultPlan.draw(FaultConfiguration(latencyMilliseconds: 250), using: &random)
        #expect(plan == FaultPlan(outcome: .none, latencyMilliseconds: 250))
        var reference = SeededRandom(seed: 9)
        for _ in 0..<4 { _ = reference.next() }
        #expect(random.next() == reference.next())
    }

    @Test func certainFaultsAlwaysHappen() {
        var random = SeededRandom(seed: 1)
        #expect(FaultPlan.draw(FaultConfiguration(dropConnectionRate: 1), using: &random).outcome == .dropConnection)
        #expect(FaultPlan.draw(FaultConfiguration(dropResponseRate: 1), using: &random).outcome == .dropResponse)
        let error = FaultPlan.draw(FaultConfiguration(errorRate: 1), using: &random).outcome
        #expect(error == .internalError || error == .unavailable)
    }

    @Test func theGeneratorIsStable() {
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }
}
