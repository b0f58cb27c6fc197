import Testing

@testable import warden_bench

@Suite struct ReportTests {
    @Test func tablesAlignTheFirstColumnLeftAndTheOthersRight() {
        var table = TextTable(["run", "wall", "ratio"])
        table.add(["plan at quota", "18.7 s", "1.04×"])
        table.add(["apply", "34.2 s", "1.12×"])
        #expect(
            table.rendered == """
                run              wall  ratio
                plan at quota  18.7 s  1.04×
                apply          34.2 s  1.12×

                """)
    }

    @Test func numbersAreWrittenForPeople() {
        #expect(Format.seconds(18.666) == "18.7 s")
        #expect(Format.seconds(0.0424) == "42 ms")
        #expect(Format.ratio(1.0449) == "1.04×")
        #expect(Format.megabytes(173_456_789) == "173 MB")
        #expect(Format.count(10_000) == "10,000")
        #expect(Format.count(503) == "503")
        #expect(Format.fixed(-0.04, 1) == "0.0")
    }

    @Test func targetsAreMetOrMissedAsTheIssueSetsThem() {
        let offline = OfflineBenchmarks.Results(
            resources: 10_000, fileBytes: 10_000_000,
            parse: .init(seconds: 0.1, peakMemoryBytes: 40_000_000),
            validate: .init(seconds: 0.5, peakMemoryBytes: 150_000_000),
            plan: .init(seconds: 0.29, peakMemoryBytes: 310_000_000),
            planProcess: .init(seconds: 0.4, peakMemoryBytes: 310_000_000), steps: [],
            ratios: .init(validate: 5, plan: 2.9, planProcess: 4), variableCount: 8,
            withVariables: .init(seconds: 0.33, peakMemoryBytes: 310_000_000), variablesRatio: 1.12, variableUses: 9_000
        )
        let targets = Targets(online: nil, offline: offline)
        #expect(
            targets.checks == [
                .init(target: "offline validate + plan ≤ 3.00× libyaml's parse", figure: "2.90×", met: true),
                .init(target: "offline plan with variables ≤ 1.10× the plain file's", figure: "1.12×", met: false),
                .init(target: "offline peak memory < 300 MB", figure: "310 MB", met: false),
            ])
        #expect(!targets.allMet)
    }

    /// Each round's ratio is taken before the median: a round on a slow machine slows both of its runs.
    @Test func medianOfRatiosAndMedians() {
        #expect(OfflineBenchmarks.median([3, 1, 2]) == 2)
        #expect(OfflineBenchmarks.median([4, 1, 3, 2]) == 2.5)
        #expect(OfflineBenchmarks.median([]) == 0)
        let summary = OfflineBenchmarks.summary([
            .init(seconds: 0.3, peakMemoryBytes: 5), .init(seconds: 0.1, peakMemoryBytes: 9),
            .init(seconds: 0.2, peakMemoryBytes: 7),
        ])
        #expect(summary == .init(seconds: 0.2, peakMemoryBytes: 9))
    }
}
