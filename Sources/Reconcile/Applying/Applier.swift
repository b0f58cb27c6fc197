import AWSCore
import AWSModel
import DesiredState
import Foundation
public import Plan

/// Makes the calls of a plan: resources in dependency order, independent ones concurrently (at most
/// `parallelism` at a time, shared between the rate buckets their calls draw from, each call within the AWS
/// layer's rate limits), each resource's calls in the plan's order with exactly the planned members.
///
/// Before writing to a resource it checks that the resource is as the plan saw it (`ResourceApplier`); a
/// resource that depends on one that did not succeed (failed, stale or itself not attempted) is not started.
/// A plan made for another AWS account than the credentials' is refused whole.
///
/// An interrupt closes the clients' `CallGate`: from then on no change is started (each ends `.interrupted`),
/// and the changes in progress end as soon as their next call is refused, or as they would have.
///
/// Choices made where the plan is silent:
/// - A create is stale when something of that kind has taken the name since the plan, for Roles Anywhere
///   profiles too (AWS allows duplicate names there; Warden never makes one).
/// - A create's answer counts as lost after a timeout, a dropped connection or a server error (HTTP 5xx): the
///   resource is looked up by name before the create is sent again, up to the client's attempt limit.
/// - A delete that finds the resource already gone has done its job (an earlier attempt whose answer was lost,
///   or someone else, deleted it).
/// - Calls other than creates are idempotent and are retried by the AWS layer as usual.
public struct Applier: Sendable {
    public let clients: AWSClients
    /// How many resources may be in progress at once.
    public var parallelism: Int
    /// Receives an event as each resource starts and ends (`ApplyEvent.line` is the text to show).
    public var progress: @Sendable (ApplyEvent) -> Void
    /// The account these clients' credentials were found in already (by the plan just made with them, in this
    /// process); when it is the plan's, STS is not asked again.
    public var knownAccount: String?

    public init(
        clients: AWSClients,
        parallelism: Int = 4,
        knownAccount: String? = nil,
        progress: @escaping @Sendable (ApplyEvent) -> Void = { _ in }
    ) {
        self.clients = clients
        self.parallelism = max(1, parallelism)
        self.knownAccount = knownAccount
        self.progress = progress
    }

    public func apply(_ plan: Plan) async -> ApplyReport {
        if let expected = plan.accountId, expected != knownAccount {
            let refusal: String?
            do throws(AWSError) {
                let account = try await clients.sts.getCallerIdentity().account
                refusal =
                    account == expected
                    ? nil : "the plan was made for AWS account \(expected), but the credentials are for \(account)"
            } catch {
                guard !error.isInterruption else {
                    return ApplyReport(
                        entries: plan.changes.map {
                            ApplyReport.Entry(
                                address: $0.address, action: $0.action, outcome: .interrupted, callsMade: [])
                        })
                }
                refusal = "cannot identify the AWS account (STS GetCallerIdentity): \(error)"
            }
            if let refusal {
                return ApplyReport(
                    entries: plan.changes.map {
                        ApplyReport.Entry(
                            address: $0.address, action: $0.action, outcome: .notAttempted("apply refused"),
                            callsMade: [])
                    },
                    refusal: refusal
                )
            }
        }
        let progress = self.progress
        let resource = ResourceApplier(
            clients: clients, values: AppliedValues(),
            listings: await BulkReread(clients: clients).listings(for: plan.changes)
        ) { address, message in
            progress(.note(address: address, message: message))
        }
        let gate = clients.base.gate
        let clients = self.clients
        return await Self.run(
            plan.changes, parallelism: parallelism, progress: progress, interrupted: { gate.isClosed },
            lane: { Self.lane(of: $0, clients: clients) }, perform: { change in await resource.apply(change) })
    }

    /// The rate bucket the change's first call draws from, as the AWS layer's rate limiter counts it.
    static func lane(of change: ResourceChange, clients: AWSClients) -> ApplySchedule.Lane {
        guard let call = change.calls.first, ServiceModel.signedAs(call.service) != nil else {
            return ApplySchedule.Lane(bucket: change.kind, ratePerSecond: nil)
        }
        let region = change.identity.region
        let service = clients.service(call.service, region: region).service
        guard
            let (bucket, quota) = clients.base.rateLimiter.bucket(
                service: service, region: region, operation: call.operation)
        else {
            return ApplySchedule.Lane(bucket: "\(service.serviceId)/\(region)/\(call.operation)", ratePerSecond: nil)
        }
        return ApplySchedule.Lane(bucket: bucket, ratePerSecond: quota.ratePerSecond)
    }

    /// Runs `perform` for each change as `ApplySchedule` allows, reporting each start and end to `progress`.
    /// Once `interrupted` says so, nothing more is started; what runs is waited for.
    static func run(
        _ changes: [ResourceChange],
        parallelism: Int,
        progress: @escaping @Sendable (ApplyEvent) -> Void,
        interrupted: @escaping @Sendable () -> Bool = { false },
        lane: (ResourceChange) -> ApplySchedule.Lane = { ApplySchedule.Lane(bucket: $0.kind, ratePerSecond: nil) },
        perform: @escaping @Sendable (ResourceChange) async -> ApplyReport.Entry
    ) async -> ApplyReport {
        var schedule = ApplySchedule(changes, parallelism: parallelism, lane: lane)
        var entries: [String: ApplyReport.Entry] = [:]
        await withTaskGroup(of: ApplyReport.Entry.self) { group in
            while !schedule.isComplete {
                if interrupted() {
                    for change in schedule.interrupt() {
                        entries[change.address] = ApplyReport.Entry(
                            address: change.address, action: change.action, outcome: .interrupted, callsMade: [])
                    }
                }
                for step in schedule.next() {
                    switch step {
                    case .start(let change):
                        progress(.started(address: change.address, action: change.action))
                        group.addTask {
                            let started = ContinuousClock.now
                            let entry = await perform(change)
                            progress(.finished(entry, elapsed: ContinuousClock.now - started))
                            return entry
                        }
                    case .skip(let change, let reason):
                        let entry = ApplyReport.Entry(
                            address: change.address, action: change.action, outcome: .notAttempted(reason),
                            callsMade: [])
                        entries[change.address] = entry
                        progress(.skipped(entry))
                    }
                }
                guard let entry = await group.next() else { break }
                entries[entry.address] = entry
                schedule.finished(entry.address, outcome: entry.outcome)
            }
        }
        return ApplyReport(entries: changes.compactMap { entries[$0.address] })
    }
}
