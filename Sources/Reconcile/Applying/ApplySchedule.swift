import Plan

/// When each change of a plan may run: after every change it depends on has succeeded, and only while fewer
/// than `parallelism` are running. A change whose dependency failed, was stale or was not attempted is never
/// started; neither is anything that depends on it in turn.
///
/// Pure bookkeeping, no clock and no network: the applier asks `next()` what to start, runs those, and
/// reports each end with `finished(_:outcome:)`.
struct ApplySchedule: Sendable {
    /// What to do with one change now.
    enum Step: Sendable, Equatable {
        case start(ResourceChange)
        /// Never started: a dependency did not succeed.
        case skip(ResourceChange, reason: String)
    }

    let parallelism: Int
    /// Changes not yet started or skipped, in plan order.
    private(set) var pending: [ResourceChange]
    private(set) var running: Set<String> = []
    /// The kind of each running change, so that places are shared between kinds.
    private var runningKinds: [String: String] = [:]
    /// How each finished (or skipped) change ended, by address.
    private(set) var outcomes: [String: ApplyReport.Outcome] = [:]
    private let planned: Set<String>

    init(_ changes: [ResourceChange], parallelism: Int) {
        self.parallelism = max(1, parallelism)
        pending = changes
        planned = Set(changes.map(\.address))
    }

    /// Whether every change has finished or been skipped.
    var isComplete: Bool { pending.isEmpty && running.isEmpty }

    /// The changes to start now, as many as the cap allows (shared between kinds, else in plan order), and
    /// before them those that will never start. Each returned `start` counts as running until `finished` is
    /// called for it.
    mutating func next() -> [Step] {
        var steps: [Step] = []
        var index = 0
        while index < pending.count {
            let change = pending[index]
            let dependencies = change.dependsOn.filter { planned.contains($0) && $0 != change.address }
            let finished = outcomes
            if let (blocker, outcome) = dependencies.lazy.compactMap({ address in
                finished[address].flatMap { $0 == .succeeded ? nil : (address, $0) }
            }).first {
                pending.remove(at: index)
                let reason = "it depends on \(blocker), which \(Self.describe(outcome))"
                outcomes[change.address] = .notAttempted(reason)
                steps.append(.skip(change, reason: reason))
                // A skip may block changes already passed over: look again from the start.
                index = 0
                continue
            }
            index += 1
        }
        // Fill the free places. Each kind talks to its own rate buckets (Connect per operation, Roles Anywhere
        // per group), so among the changes that are ready the one whose kind has fewest running goes first;
        // ties keep plan order. Otherwise a plan's first kind takes every place while another's buckets idle.
        while running.count < parallelism {
            let ready = pending.indices.filter { index in
                pending[index].dependsOn.allSatisfy {
                    !planned.contains($0) || $0 == pending[index].address || outcomes[$0] != nil
                }
            }
            let counts = Dictionary(runningKinds.values.map { ($0, 1) }, uniquingKeysWith: +)
            guard
                let chosen = ready.min(by: {
                    counts[pending[$0].kind, default: 0] < counts[pending[$1].kind, default: 0]
                })
            else { break }
            let change = pending.remove(at: chosen)
            running.insert(change.address)
            runningKinds[change.address] = change.kind
            steps.append(.start(change))
        }
        if running.isEmpty && !pending.isEmpty
            && !steps.contains(where: { if case .start = $0 { true } else { false } })
        {
            // Nothing runs and nothing can start: the remaining changes wait on each other (a plan edited by
            // hand into a cycle). Never start them.
            for change in pending {
                let reason = "its dependencies form a cycle (\(change.dependsOn.joined(separator: ", ")))"
                outcomes[change.address] = .notAttempted(reason)
                steps.append(.skip(change, reason: reason))
            }
            pending = []
        }
        return steps
    }

    /// Gives up every change not yet started, after an interrupt: each ends `.interrupted`, and nothing is
    /// started from now on. Returns them, in plan order.
    mutating func interrupt() -> [ResourceChange] {
        let stopped = pending
        pending = []
        for change in stopped { outcomes[change.address] = .interrupted }
        return stopped
    }

    /// Records how a started change ended, freeing its place.
    mutating func finished(_ address: String, outcome: ApplyReport.Outcome) {
        running.remove(address)
        runningKinds[address] = nil
        outcomes[address] = outcome
    }

    private static func describe(_ outcome: ApplyReport.Outcome) -> String {
        switch outcome {
        case .succeeded: "succeeded"
        case .failed: "failed"
        case .stale: "was stale"
        case .notAttempted: "was not attempted"
        case .interrupted: "was interrupted"
        }
    }
}
