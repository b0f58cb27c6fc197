import AWSCore
import AWSModel
import DesiredState
import Foundation
import Plan

/// Makes the calls of a plan: resources in dependency order, independent ones concurrently (at most
/// `parallelism` at a time, within the AWS layer's per-operation quotas), each resource's calls in order.
///
/// Before writing to a resource that exists it re-reads it and compares with the fingerprint the plan
/// recorded: if someone changed it since, it writes nothing to it and reports it stale. A create whose
/// answer is lost is never sent twice blindly: Warden looks for the resource by name first.
public struct Applier: Sendable {
    public let clients: AWSClients
    /// How many resources may be in progress at once.
    public var parallelism: Int
    /// Receives one line per resource as it starts and as it finishes.
    public var progress: @Sendable (String) -> Void

    public init(clients: AWSClients, parallelism: Int = 4, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.clients = clients
        self.parallelism = max(1, parallelism)
        self.progress = progress
    }

    public func apply(_ plan: Plan) async -> ApplyReport {
        let store = KnownStore()
        var outcomes: [String: ApplyReport.Entry] = [:]
        var pending = plan.changes
        let planned = Set(plan.changes.map(\.address))
        await withTaskGroup(of: ApplyReport.Entry.self) { group in
            var running = 0
            while !pending.isEmpty || running > 0 {
                var index = 0
                while index < pending.count && running < parallelism {
                    let change = pending[index]
                    let dependencies = change.dependsOn.filter(planned.contains)
                    if let blocked = dependencies.first(where: {
                        outcomes[$0].map { $0.outcome != .succeeded } ?? false
                    }) {
                        let entry = ApplyReport.Entry(
                            address: change.address,
                            action: change.action,
                            outcome: .notAttempted("\(blocked) did not succeed"),
                            callsMade: []
                        )
                        outcomes[change.address] = entry
                        progress("\(change.address): not attempted: \(blocked) did not succeed")
                        pending.remove(at: index)
                    } else if dependencies.allSatisfy({ outcomes[$0] != nil }) {
                        pending.remove(at: index)
                        running += 1
                        group.addTask { await run(change, store: store) }
                    } else {
                        index += 1
                    }
                }
                guard let entry = await group.next() else { break }
                running -= 1
                outcomes[entry.address] = entry
            }
        }
        return ApplyReport(entries: plan.changes.compactMap { outcomes[$0.address] })
    }

    /// Applies one resource's change.
    private func run(_ change: ResourceChange, store: KnownStore) async -> ApplyReport.Entry {
        let started = ContinuousClock.now
        let verb: (String, String) =
            switch change.action {
            case .create: ("creating", "created")
            case .update: ("updating", "updated")
            case .delete: ("deleting", "deleted")
            }
        progress("\(change.address): \(verb.0)...")
        func finish(_ outcome: ApplyReport.Outcome, _ calls: [String]) -> ApplyReport.Entry {
            let elapsed = Self.format(ContinuousClock.now - started)
            switch outcome {
            case .succeeded: progress("\(change.address): \(verb.1) after \(elapsed)")
            case .failed(let reason): progress("\(change.address): failed after \(elapsed): \(reason)")
            case .stale(let reason): progress("\(change.address): not changed: \(reason)")
            case .notAttempted(let reason): progress("\(change.address): not attempted: \(reason)")
            }
            return ApplyReport.Entry(address: change.address, action: change.action, outcome: outcome, callsMade: calls)
        }

        guard let kind = ResourceKind.named(change.kind) else {
            return finish(.failed("this warden does not know resource kind \(change.kind)"), [])
        }
        let behavior = KindBehaviors.behavior(for: kind)
        let address = Address(change.address.split(separator: ".").map(String.init))
        if let fingerprint = change.fingerprint {
            let live = LiveResource(kind: kind, name: change.name, identity: change.identity)
            do throws(AWSError) {
                let current = try await Reader(clients: clients).read(live, at: address, managing: change.managedFields)
                if current.fingerprint != fingerprint {
                    return finish(.stale("it changed since the plan was made; run plan again"), [])
                }
            } catch {
                if error.code == "ResourceNotFoundException" {
                    return finish(.stale("it no longer exists; run plan again"), [])
                }
                return finish(.failed("cannot re-read it before writing: \(error)"), [])
            }
        }

        var made: [String] = []
        for call in change.calls {
            let input: JSONValue
            switch call.resolvedInput(await store.known) {
            case .success(let resolved): input = resolved
            case .failure(let unresolved):
                return finish(
                    .failed("\(call.operation): \(unresolved.references.joined(separator: ", ")) unknown"), made)
            }
            let client = clients.service(call.service, region: change.identity.region)
            let isCreate = behavior.createdIdentity(call.operation, answer: [:]) != nil
            do throws(AWSError) {
                let answer: JSONValue
                if isCreate {
                    answer = try await create(call.operation, input: input, client: client, change: change, kind: kind)
                } else {
                    answer = try await client.call(call.operation, input: input)
                }
                if let (id, arn) = behavior.createdIdentity(call.operation, answer: answer) {
                    await store.record(address, id: id, arn: arn)
                }
                made.append(call.operation)
            } catch {
                return finish(.failed(error.description), made)
            }
        }
        return finish(.succeeded, made)
    }

    /// A create sent at most once per attempt: when its answer is lost (timeout, dropped connection) or AWS
    /// says the name is taken, the resource is looked up by name first and adopted if it is there.
    private func create(
        _ operation: String,
        input: JSONValue,
        client: RestJSONClient,
        change: ResourceChange,
        kind: ResourceKind
    ) async throws(AWSError) -> JSONValue {
        var attempt = 1
        while true {
            do throws(AWSError) {
                return try await client.call(operation, input: input, retryingAmbiguousFailures: false)
            } catch {
                let ambiguous = error.kind == .timeout || error.kind == .connection
                guard ambiguous || error.code == "DuplicateResourceException" else { throw error }
                if let found = try await lookUp(change, kind: kind) {
                    progress("\(change.address): the create's answer was lost; found it by name and carried on")
                    return found
                }
                guard ambiguous, attempt < 3 else { throw error }
                attempt += 1
            }
        }
    }

    /// The answer a create would have given, rebuilt from a list by name; nil if nothing has the name.
    private func lookUp(_ change: ResourceChange, kind: ResourceKind) async throws(AWSError) -> JSONValue? {
        let behavior = KindBehaviors.behavior(for: kind)
        let scope: ReadScope =
            switch kind.scope {
            case .connectInstance:
                .connectInstance(
                    ObservedInstance(
                        id: change.identity.instanceId ?? "", arn: "", alias: nil, region: change.identity.region)
                )
            case .rolesAnywhere: .rolesAnywhere(region: change.identity.region)
            }
        let named = try await behavior.list(scope, clients: clients).filter { $0.name == change.name }
        guard named.count == 1, let live = named.first else { return nil }
        switch kind.scope {
        case .connectInstance:
            return [
                "SecurityProfileId": live.identity.id.map(JSONValue.string) ?? nil,
                "SecurityProfileArn": live.identity.arn.map(JSONValue.string) ?? nil,
            ]
        case .rolesAnywhere:
            return [
                "profile": [
                    "profileId": live.identity.id.map(JSONValue.string) ?? nil,
                    "profileArn": live.identity.arn.map(JSONValue.string) ?? nil,
                ]
            ]
        }
    }

    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1fs", seconds)
    }
}

/// The ids and ARNs known so far in this apply: what creates returned, for the references that wait on them.
actor KnownStore {
    var known = KnownValues()

    func record(_ address: Address, id: String?, arn: String?) {
        known.record(address, id: id, arn: arn)
    }
}
