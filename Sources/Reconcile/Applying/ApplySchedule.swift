import Plan

/// When each change of a plan may run: after every change it depends on has succeeded, and only while fewer
/// than `parallelism` are running. A change whose dependency failed, was stale or was not attempted is never
/// started; neither is anything that depends on it in turn.
///
/// Places are shared between rate buckets (`Lane`), so that every bucket with work left stays busy: a change
/// waiting for a token of one bucket holds a place that a change of another could use.
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

    /// The rate bucket a change's first call draws from (its writes, and usually its re-read, draw from it
    /// too), and the bucket's rate when it has one.
    struct Lane: Sendable, Hashable {
        var bucket: String
        var ratePerSecond: Double?
    }

    let parallelism: Int
    /// Changes not yet started or skipped, in plan order.
    private(set) var pending: [ResourceChange]
    private(set) var running: Set<String> = []
    /// The lane of every change, by address.
    private let lanes: [String: Lane]
    /// How many changes of each lane run, and how many wait.
    private var runningIn: [Lane: Int] = [:]
    private var pendingIn: [Lane: Int] = [:]
    /// How each finished (or skipped) change ended, by address.
    private(set) var outcomes: [String: ApplyReport.Outcome] = [:]
    private let planned: Set<String>

    /// `lane` tells each change's rate bucket; without it, each kind is a lane of its own.
    init(
        _ changes: [ResourceChange],
        parallelism: Int,
        lane: (ResourceChange) -> Lane = { Lane(bucket: $0.kind, ratePerSecond: nil) }
    ) {
        self.parallelism = max(1, parallelism)
        pending = changes
        planned = Set(changes.map(\.address))
        lanes = Dictionary(changes.map { ($0.address, lane($0)) }) { first, _ in first }
        for change in changes { pendingIn[lanes[change.address]!, default: 0] += 1 }
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
                pendingIn[lanes[change.address]!]! -= 1
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
        // Fill the free places. Among the changes that are ready, one of the lane with fewest running goes first;
        // between lanes with as many, the one with the most time left at its rate (its waiting changes over its
        // rate), so that the bucket that will take longest never idles; then plan order. Otherwise a plan's first
        // kind takes every place while another's buckets idle.
        while running.count < parallelism {
            let ready = pending.indices.filter { index in
                pending[index].dependsOn.allSatisfy {
                    !planned.contains($0) || $0 == pending[index].address || outcomes[$0] != nil
                }
            }
            guard let chosen = ready.min(by: { precedes(lanes[pending[$0].address]!, lanes[pending[$1].address]!) })
            else { break }
            let change = pending.remove(at: chosen)
            let lane = lanes[change.address]!
            running.insert(change.address)
            runningIn[lane, default: 0] += 1
            pendingIn[lane]! -= 1
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
            pendingIn = [:]
        }
        return steps
    }

    /// Whether a change of lane `first` goes before one of `second` (neither does when both are in one lane).
    private func precedes(_ first: Lane, _ second: Lane) -> Bool {
        let running = (runningIn[first, default: 0], runningIn[second, default: 0])
        if running.0 != running.1 { return running.0 < running.1 }
        func secondsLeft(_ lane: Lane) -> Double {
            lane.ratePerSecond.map { Double(pendingIn[lane, default: 0]) / $0 } ?? 0
        }
        return secondsLeft(first) > secondsLeft(second)
    }

    /// Gives up every change not yet started, after an interrupt: each ends `.interrupted`, and nothing is
    /// started from now on. Returns them, in plan order.
    mutating func interrupt() -> [ResourceChange] {
        let stopped = pending
        pending = []
        pendingIn = [:]
        for change in stopped { outcomes[change.address] = .interrupted }
        return stopped
    }

    /// Records how a started change ended, freeing its place.
    mutating func finished(_ address: String, outcome: ApplyReport.Outcome) {
        if running.remove(address) != nil, let lane = lanes[address] { runningIn[lane]! -= 1 }
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
