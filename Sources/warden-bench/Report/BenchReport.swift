/// The table `make bench` prints.
struct BenchReport: Sendable {
    var machine: Machine
    var settings: QuotaSettings
    var atQuota: FleetShape
    var online: OnlineBenchmarks.Results?
    var offline: OfflineBenchmarks.Results?
    var runs: Int
    var adopt: OfflineAdopt.Results?

    var targets: Targets { Targets(online: online, offline: offline, adopt: adopt) }

    var rendered: String {
        var text = "Warden benchmarks — \(machine.description)\n"
        if let online {
            text += "\n" + onlineSection(online)
        }
        if let offline {
            text += "\n" + offlineSection(offline)
        }
        if let adopt {
            text +=
                "\nAdopt: a generated file of \(Format.count(adopt.resources)) resources "
                + "(\(Format.megabytes(adopt.fileBytes)) of YAML), \(Format.count(adopt.drifted)) of them drifted; "
                + "load, drift report, marks, adopt, text and diff in process (reads aside): "
                + "\(Format.seconds(adopt.seconds)), median of \(runs) runs.\n"
        }
        let targets = self.targets
        if !targets.checks.isEmpty {
            var table = TextTable(["target", "figure", ""])
            for check in targets.checks {
                table.add([check.target, check.figure, check.met ? "met" : "MISSED"])
            }
            text += "\n" + table.rendered
        }
        return text
    }

    private func onlineSection(_ online: OnlineBenchmarks.Results) -> String {
        let changed = Fleet(atQuota).changes.count
        var text =
            "At quota: \(atQuota.instances) Connect instances × \(atQuota.securityProfilesPerInstance) security "
            + "profiles and their authentication profiles, \(atQuota.rolesAnywhereProfiles) Roles Anywhere profiles "
            + "(\(atQuota.resourceCount) resources, every field managed; the apply changes \(changed));\n"
            + settings.summary + ".\n"
            + "Lower bound: for each rate bucket (calls - burst) / rate over the fewest calls the job needs; "
            + "the slowest bucket. An apply's re-reads and writes come after its plan's calls, each bucket starting "
            + "them with the tokens it has left.\n\n"
        let runs = [online.plan, online.apply] + (online.baseline.map { [$0] } ?? [])
        var table = TextTable(["run", "wall", "lower bound", "ratio", "calls", "fewest", "throttled", "bound by"])
        for run in runs {
            table.add([
                run.name, Format.seconds(run.seconds), Format.seconds(run.bound.seconds), Format.ratio(run.ratio),
                Format.count(run.log.calls.total), Format.count(run.minimal.total), "\(run.log.throttled)",
                run.bound.limitingDescription,
            ])
        }
        text += table.rendered
        if let baseline = online.baseline {
            text += "boto3 baseline / warden plan: \(Format.ratio(baseline.seconds / online.plan.seconds))\n"
        }
        text += applyBounds()
        let errors = runs.flatMap { run in run.log.errors.map { "\(run.name): \($0.key) ×\($0.value)" } }.sorted()
        if !errors.isEmpty { text += "Errors answered: " + errors.joined(separator: "; ") + "\n" }

        text += "\n"
        var header = ["calls per operation (made / fewest)"] + [online.plan, online.apply].map(\.name)
        if online.baseline != nil { header.append("boto3 baseline") }
        var operations = TextTable(header)
        let keys = Set(runs.flatMap { Array($0.log.calls.keys) + Array($0.minimal.keys) }).sorted()
        for key in keys {
            var row = [key.description]
            for run in runs {
                row.append("\(run.log.calls[key] ?? 0) / \(run.minimal[key] ?? 0)")
            }
            operations.add(row)
        }
        return text + operations.rendered
    }

    /// The apply's lower bound as it was counted before apply re-read only what it writes (every managed field,
    /// one resource at a time) and as it is, here and at AWS's real quotas (computed from the bound, not run);
    /// and, to show what the plan-before-write order costs, the bound as if the writes could start at once.
    private func applyBounds() -> String {
        let changed = Fleet(atQuota).changed()
        func bound(_ reread: MinimalCalls.Reread, _ scale: Double) -> String {
            let bound = LowerBound(phases: MinimalCalls.applyPhases(changed, rereading: reread), quotaScale: scale)
            return Format.seconds(bound.seconds) + " (" + bound.limitingDescription + ")"
        }
        let before = MinimalCalls.apply(changed, rereading: .everyManagedField)
        let after = MinimalCalls.apply(changed)
        let merged = LowerBound(calls: after, quotaScale: settings.scale)
        return "Apply lower bound, re-reading every managed field one by one (the earlier bound): "
            + "\(Format.count(before.total)) calls, \(bound(.everyManagedField, settings.scale)); re-reading what is "
            + "written, in bulk where cheaper: \(Format.count(after.total)) calls, \(bound(.written, settings.scale)). "
            + "Both make the plan's calls first, then the re-reads and writes; with no such order the bound would be "
            + "\(Format.seconds(merged.seconds)) (\(merged.limitingDescription)).\n"
            + "The same apply at AWS's real quotas (×1, from the bound): before \(bound(.everyManagedField, 1)), after "
            + "\(bound(.written, 1)).\n"
    }

    private func offlineSection(_ offline: OfflineBenchmarks.Results) -> String {
        var text =
            "Offline core: a generated file of \(Format.count(offline.resources)) resources "
            + "(\(Format.megabytes(offline.fileBytes)) of YAML, half of them changed against the observed state); "
            + "\(runs) rounds of one run of each step, each in its own process; times are medians, ratios the "
            + "median of each round's (to libyaml's parse in the same round).\n\n"
        var table = TextTable(["step", "time", "× libyaml parse", "peak memory"])
        let rows: [(String, OfflineBenchmarks.Step, Double)] = [
            ("libyaml parse (events only, in process)", offline.parse, 1),
            ("read + validate + plan + render (in process)", offline.plan, offline.ratios.plan),
            ("  the same, whole process", offline.planProcess, offline.ratios.planProcess),
            ("warden validate (whole process)", offline.validate, offline.ratios.validate),
        ]
        for (index, (name, step, ratio)) in rows.enumerated() {
            table.add([
                name, Format.seconds(step.seconds), Format.ratio(ratio),
                // The libyaml loop runs inside this harness, whose own memory says nothing about libyaml.
                index == 0 ? "-" : Format.megabytes(step.peakMemoryBytes),
            ])
        }
        text += table.rendered
        text +=
            "The same file written with \(offline.variableCount) variables (\(Format.count(offline.variableUses)) "
            + "uses): read + validate + plan + render \(Format.seconds(offline.withVariables.seconds)), "
            + "\(Format.ratio(offline.variablesRatio)) the plain file's (median of each round's ratio).\n"
        let steps = Dictionary(offline.steps.map { ($0.name, $0.seconds) }) { first, _ in first }
        if let read = steps["read"], let load = steps["load"], let yaml = steps["yaml"], let plan = steps["plan"],
            let render = steps["render"]
        {
            text +=
                "In process: read \(Format.seconds(read)), parse and validate \(Format.seconds(load)) (Warden's YAML "
                + "parser alone, reading included: \(Format.seconds(yaml))), plan \(Format.seconds(plan)), render "
                + "\(Format.seconds(render)).\n"
        }
        return text
    }
}
