import AWSCore
import AWSModel
import DesiredState
import Plan

/// Applies one resource's change: checks that the live resource is still as the plan saw it, then makes the
/// planned calls in order, each with exactly the planned members (those that waited for a create filled in).
///
/// - An update or delete re-reads the resource first (an update: the fields it writes) and compares it with the
///   plan's fingerprint; a create
///   first checks that nothing has taken the name since the plan. If either differs, nothing is written.
/// - A create is never sent twice blindly: when its answer is lost (timeout, dropped connection, server error)
///   the resource is looked up by name, and only if it is not there is the create sent again.
/// - A delete that finds the resource already gone has done its job.
/// - A call refused because apply was interrupted ends the resource: `.interrupted` when nothing was written to
///   it yet, else failed, with the calls made so far.
struct ResourceApplier: Sendable {
    let clients: AWSClients
    let values: AppliedValues
    /// Resources re-read in bulk before the apply started (`BulkReread`), by scope.
    var listings: [ReadScope: BulkReread.Listing] = [:]
    let note: @Sendable (String, String) -> Void

    func apply(_ change: ResourceChange) async -> ApplyReport.Entry {
        var made: [String] = []
        var identity = change.identity
        func entry(_ outcome: ApplyReport.Outcome) -> ApplyReport.Entry {
            ApplyReport.Entry(
                address: change.address,
                action: change.action,
                outcome: outcome == .interrupted && !made.isEmpty
                    ? .failed("apply was interrupted: the calls after these were not sent") : outcome,
                callsMade: made,
                identity: change.action == .create && identity.id == nil ? nil : identity
            )
        }
        guard let kind = Kinds.named(change.kind) else {
            return entry(.failed("this warden does not know resource kind \(change.kind)"))
        }
        let behavior = Kinds.behavior(for: kind)
        let address = Address(change.address.split(separator: ".").map(String.init))
        if let stale = await staleness(of: change, kind: kind, at: address) { return entry(stale) }

        for call in change.calls {
            let input: JSONValue
            switch call.resolvedInput(await values.known) {
            case .success(let resolved): input = resolved
            case .failure(let unresolved):
                return entry(
                    .failed(
                        "\(call.operation): cannot fill in \(unresolved.references.joined(separator: ", ")): "
                            + "nothing in this apply created it"
                    )
                )
            }
            let client = clients.service(call.service, region: change.identity.region)
            // The kind's create call is the one whose answer carries the new identity.
            if behavior.createdIdentity(call.operation, answer: [:]) != nil {
                switch await create(call.operation, input: input, client: client, change: change, kind: kind) {
                case .made(let id, let arn):
                    identity.id = id
                    identity.arn = arn
                    await values.record(address, id: id, arn: arn)
                case .refused(let outcome):
                    return entry(outcome)
                }
            } else {
                do throws(AWSError) {
                    _ = try await client.call(call.operation, input: input)
                } catch {
                    if error.isInterruption { return entry(.interrupted) }
                    guard change.action == .delete, error.code == "ResourceNotFoundException" else {
                        return entry(.failed(error.description))
                    }
                    // Checked before writing, gone now: an earlier attempt whose answer was lost deleted it, or
                    // someone else did. Either way it is gone, as the plan wanted.
                    note(change.address, "\(call.operation): it is already gone")
                }
            }
            made.append(call.operation)
        }
        return entry(.succeeded)
    }

    /// Why nothing may be written to the resource, or nil when it is as the plan saw it.
    private func staleness(of change: ResourceChange, kind: ResourceKind, at address: Address) async
        -> ApplyReport.Outcome?
    {
        if change.action == .create {
            do throws(AWSError) {
                let named = try await liveResources(named: change.name, kind: kind, identity: change.identity)
                guard named.isEmpty else {
                    let ids = named.compactMap(\.identity.id).joined(separator: ", ")
                    return .stale(
                        "a \(kind.singular) named \(JSONValue.string(change.name).serialized()) exists now (id \(ids)); "
                            + "it was created since the plan was made; run plan again"
                    )
                }
                return nil
            } catch {
                if error.isInterruption { return .interrupted }
                return .failed("cannot check that the name is still free before creating it: \(error)")
            }
        }
        guard let fingerprint = change.fingerprint else { return nil }
        var live = LiveResource(kind: kind, name: change.name, identity: change.identity)
        if let id = change.identity.id, let listing = listings[BulkReread.scope(of: kind, change.identity)] {
            if let listed = listing.found[id] {
                live.listed = listed.listed
            } else if listing.complete {
                return .stale("it no longer exists; run plan again")
            }
        }
        do throws(AWSError) {
            let current = try await Reader(clients: clients).read(live, at: address, managing: change.fieldsToCheck)
            return current.fingerprint == fingerprint
                ? nil : .stale("it changed since the plan was made; run plan again")
        } catch {
            if error.isInterruption { return .interrupted }
            if error.code == "ResourceNotFoundException" {
                return .stale("it no longer exists; run plan again")
            }
            return .failed("cannot re-read it before writing: \(error)")
        }
    }

    /// How a create ended: the new resource's id and ARN, or why there is none.
    enum CreateResult {
        case made(id: String?, arn: String?)
        case refused(ApplyReport.Outcome)
    }

    /// Sends a create at most once per attempt. When the answer is lost (timeout, dropped connection, server
    /// error) the resource is looked up by name before anything else: found, it is the one this create made;
    /// not found, the create is sent again after the standard backoff, up to the client's attempt limit.
    func create(
        _ operation: String,
        input: JSONValue,
        client: RestJSONClient,
        change: ResourceChange,
        kind: ResourceKind
    ) async -> CreateResult {
        let behavior = Kinds.behavior(for: kind)
        let policy = client.client.retryPolicy
        let name = JSONValue.string(change.name).serialized()
        var attempt = 1
        while true {
            let failure: AWSError
            do throws(AWSError) {
                let answer = try await client.call(operation, input: input, retryingAmbiguousFailures: false)
                let created = behavior.createdIdentity(operation, answer: answer)
                return .made(id: created?.id, arn: created?.arn)
            } catch {
                failure = error
            }
            // Not sent; an earlier attempt, if any, was looked for and not found.
            if failure.isInterruption { return .refused(.interrupted) }
            let nameTaken = failure.code == "DuplicateResourceException" || failure.code == "ConflictException"
            guard failure.mayHaveBeenApplied || (nameTaken && attempt > 1) else {
                if nameTaken {
                    return .refused(
                        .stale(
                            "a \(kind.singular) named \(name) was created by someone else since the plan: \(failure)")
                    )
                }
                return .refused(.failed(failure.description))
            }
            let found: [LiveResource]
            do throws(AWSError) {
                found = try await liveResources(named: change.name, kind: kind, identity: change.identity)
            } catch {
                return .refused(
                    .failed(
                        "\(failure) — \(operation) may have been made, and looking for the \(kind.singular) by name "
                            + "failed: \(error); run plan to see"
                    )
                )
            }
            switch found.count {
            case 1:
                let id = found[0].identity.id ?? "?"
                note(
                    change.address,
                    "the answer to \(operation) was lost (\(failure.code)); found the \(kind.singular) by name "
                        + "(id \(id)) and carried on"
                )
                return .made(id: found[0].identity.id, arn: found[0].identity.arn)
            case 0:
                guard failure.mayHaveBeenApplied, attempt < policy.maxAttempts else {
                    return .refused(.failed(failure.description))
                }
                try? await client.client.gate.pause(for: policy.backoff(afterAttempt: attempt), on: client.client.clock)
                attempt += 1
            default:
                let ids = found.compactMap(\.identity.id).joined(separator: ", ")
                return .refused(
                    .failed(
                        "\(failure) — \(found.count) \(kind.plural) are now named \(name) (ids \(ids)); "
                            + "another apply may be running; run plan again"
                    )
                )
            }
        }
    }

    /// The live resources of `kind` called `name` where `identity` says the resource lives.
    private func liveResources(named name: String, kind: ResourceKind, identity: ResourceChange.Identity)
        async throws(AWSError) -> [LiveResource]
    {
        let scope = BulkReread.scope(of: kind, identity)
        return try await Kinds.behavior(for: kind).list(scope, clients: clients).filter { $0.name == name }
    }
}
