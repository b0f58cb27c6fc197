/// The targets of issues 8, 15 and 19, checked against a run's figures.
struct Targets: Sendable {
    static let quotaRatio = 1.05
    static let baselineRatio = 2.0
    static let offlineRatio = 3.0
    static let peakMemoryBytes = 300_000_000
    static let variablesRatio = 1.10

    /// One target: what it asks, the figure, and whether the figure meets it.
    struct Check: Sendable, Hashable {
        var target: String
        var figure: String
        var met: Bool
    }

    var checks: [Check] = []

    var allMet: Bool { checks.allSatisfy(\.met) }

    init(online: OnlineBenchmarks.Results?, offline: OfflineBenchmarks.Results?, adopt: OfflineAdopt.Results? = nil) {
        if let online {
            for result in [online.plan, online.apply] {
                checks.append(
                    Check(
                        target: "\(result.name) ≤ \(Format.ratio(Self.quotaRatio)) the lower bound",
                        figure: Format.ratio(result.ratio), met: result.ratio <= Self.quotaRatio))
                checks.append(
                    Check(
                        target: "\(result.name): no throttled responses", figure: "\(result.log.throttled)",
                        met: result.log.throttled == 0))
            }
            if let baseline = online.baseline {
                let ratio = baseline.seconds / online.plan.seconds
                checks.append(
                    Check(
                        target: "boto3 baseline ≥ \(Format.ratio(Self.baselineRatio)) warden plan's time",
                        figure: Format.ratio(ratio), met: ratio >= Self.baselineRatio))
            }
        }
        if let adopt {
            checks.append(
                Check(
                    target:
                        "adopt \(Format.count(adopt.drifted)) drifted resources < \(Format.seconds(OfflineAdopt.targetSeconds))",
                    figure: Format.seconds(adopt.seconds), met: adopt.seconds < OfflineAdopt.targetSeconds))
        }
        if let offline {
            let ratio = offline.ratios.plan
            checks.append(
                Check(
                    target: "offline validate + plan ≤ \(Format.ratio(Self.offlineRatio)) libyaml's parse",
                    figure: Format.ratio(ratio), met: ratio <= Self.offlineRatio))
            checks.append(
                Check(
                    target: "offline plan with variables ≤ \(Format.ratio(Self.variablesRatio)) the plain file's",
                    figure: Format.ratio(offline.variablesRatio), met: offline.variablesRatio <= Self.variablesRatio))
            let peak = max(offline.validate.peakMemoryBytes, offline.plan.peakMemoryBytes)
            checks.append(
                Check(
                    target: "offline peak memory < \(Format.megabytes(Self.peakMemoryBytes))",
                    figure: Format.megabytes(peak), met: peak < Self.peakMemoryBytes))
        }
    }
}
