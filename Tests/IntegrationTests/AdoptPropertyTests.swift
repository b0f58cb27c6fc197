import AWSModel
import DesiredState
import Foundation
import Plan
import Reconcile
import Testing
import WardenCLI

/// The property `warden adopt` promises: whatever is changed in the console, after adopting, planning shows
/// no changes, except for exactly the fields adopt reported it could not adopt. 200 cases of random console
/// edits (a seeded generator: a failure names its case and replays), made through the API against the
/// in-process emulator, to copies of the example files.
@Suite(.serialized) struct AdoptPropertyTests {
    /// A small deterministic generator (SplitMix64), so that every run makes the same cases.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }

        mutating func bool() -> Bool { next() & 1 == 1 }

        mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
    }

    @Test(arguments: [("examples/contact-center.yaml", 140), ("examples/minimal.yaml", 60)])
    func randomConsoleEditsAreAdoptedAndPlanShowsNoChanges(_ example: String, _ cases: Int) async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "warden-adopt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("warden.yaml").path
        let console = directory.appendingPathComponent("console.yaml").path
        try FileManager.default.copyItem(atPath: EmulatedAccount.path(example), toPath: path)
        try await Self.apply(path, account)

        var generator = Generator(state: UInt64(cases))
        var adoptedCases = 0
        var editedCases = 0
        for index in 0..<cases {
            let drift = try await PlanWorkflow.plan(path: path, access: account.access(), mode: .drift).get()
            let edits = Self.edits(drift, &generator)
            guard !edits.isEmpty else { continue }
            try Self.consoleFile(edits, drift.desired).write(toFile: console, atomically: true, encoding: .utf8)
            try await Self.apply(console, account)

            let adopted = try await AdoptWorkflow.adopt(path: path, access: account.access()).get()
            if !adopted.adoption.edits.isEmpty { try AdoptWorkflow.write(adopted.adoptedText, to: path) }
            let report = adopted.adoption.report
            let plan = try await PlanWorkflow.plan(path: path, access: account.access(), mode: .drift).get().plan
            let refused = Set(report.notAdopted.map { "\($0.address) \(Self.topField($0.field ?? ""))" })
            let remaining = Set(
                plan.changes.flatMap { change in change.attributes.map { "\(change.address) \(Self.topField($0.path))" }
                })
            #expect(remaining == refused, "case \(index) of \(example): \(edits)\n\(adopted.adoptedText)")
            if !adopted.adoption.edits.isEmpty { editedCases += 1 }
            if report.notAdopted.isEmpty {
                #expect(plan.changes == [], "case \(index)")
                adoptedCases += 1
            } else {
                // What was not adopted is reverted, so that the next case starts from a file that matches.
                try await Self.apply(path, account)
            }
        }
        // Most cases change the file, and adopt everything they drifted.
        #expect(editedCases >= cases * 3 / 4, "only \(editedCases) of \(cases) cases changed the file")
        #expect(adoptedCases >= cases * 3 / 4, "only \(adoptedCases) of \(cases) cases adopted everything")
    }

    static func topField(_ path: String) -> String {
        String(path.prefix { $0 != "." && $0 != "[" })
    }

    static func apply(_ path: String, _ account: EmulatedAccount) async throws {
        let plan = try await PlanWorkflow.plan(path: path, access: account.access()).get().plan
        let report = await Applier(clients: try account.access().clients(fileRegion: "eu-west-2")).apply(plan)
        #expect(report.succeeded, "\(report.entries)")
    }

    /// One console edit: a field of a resource and its new live value.
    struct Edit: CustomStringConvertible {
        var address: Address
        var kind: ResourceKind
        var id: String
        var field: String
        var value: JSONValue

        var description: String { "\(address).\(field) = \(value.serialized())" }
    }

    /// One to three edits of fields the file manages.
    static func edits(_ drift: PlanWorkflow.Result, _ generator: inout Generator) -> [Edit] {
        var candidates: [(Resource, ObservedResource, String)] = []
        for resource in drift.desired.resources {
            guard let live = drift.observed.resources[resource.address] else { continue }
            for field in resource.managedFields where mutable.contains(field) {
                candidates.append((resource, live, field))
            }
        }
        guard !candidates.isEmpty else { return [] }
        var edits: [Edit] = []
        for _ in 0..<generator.int(1...3) {
            let (resource, live, field) = generator.pick(candidates)
            guard !edits.contains(where: { $0.address == resource.address && $0.field == field }),
                let value = mutated(live.values[field], field, &generator)
            else { continue }
            edits.append(
                Edit(
                    address: resource.address, kind: resource.kind, id: live.live.identity.id!, field: field,
                    value: value))
        }
        return edits
    }

    static let mutable: Set<String> = [
        "description", "permissions", "allowedIps", "blockedIps", "tags", "allowedAccessControlTags",
        "tagRestrictedResources", "sessionInactivity", "durationSeconds", "enabled", "acceptRoleSessionName",
        "roleArns",
        "managedPolicyArns", "attributeMappings", "sessionPolicy", "applications",
    ]

    /// A set with an element dropped, one added, or both, at random: never the same set.
    static func set(_ value: JSONValue?, _ pool: [String], max: Int = 10, _ generator: inout Generator) -> JSONValue {
        var items = value?.arrayValue ?? []
        let fresh = pool.filter { !items.contains(.string($0)) }
        let choice = generator.int(0...2)
        let dropping = !items.isEmpty && (choice != 1 || fresh.isEmpty)
        if dropping { items.remove(at: generator.int(0...(items.count - 1))) }
        if !fresh.isEmpty && items.count < max && (choice != 0 || !dropping) {
            items.append(.string(generator.pick(fresh)))
        }
        return .array(items)
    }

    /// A map with one entry dropped, changed or added.
    static func map(_ value: JSONValue?, keys: [String], values: [String], max: Int, _ generator: inout Generator)
        -> JSONValue
    {
        var entries = value?.objectValue ?? [:]
        switch generator.int(0...2) {
        case 0 where !entries.isEmpty: entries[generator.pick(entries.keys.sorted())] = nil
        case 1 where !entries.isEmpty: entries[generator.pick(entries.keys.sorted())] = .string(generator.pick(values))
        default:
            if entries.count < max { entries[generator.pick(keys)] = .string(generator.pick(values)) }
        }
        return .object(entries)
    }

    static func mutated(_ value: JSONValue?, _ field: String, _ generator: inout Generator) -> JSONValue? {
        let number = generator.int(1...999)
        switch field {
        case "description":
            return .string(generator.pick(["Edited \(number)", "yes", "It's #\(number)", "a: b", "100"]))
        case "permissions":
            return set(
                value,
                ["BasicAgentAccess", "OutboundCallAccess", "AccessMetrics", "ContactSearch.View", "Queues.View"],
                &generator)
        case "allowedIps", "blockedIps":
            return set(
                value, ["192.0.2.0/24", "198.51.100.0/24", "10.\(number % 250).0.0/16", "2001:db8:abcd::/48"],
                &generator)
        case "tags":
            return map(
                value, keys: ["team", "env", "owner", "cost-center"], values: ["a", "contact-center", "4410", "on"],
                max: 4, &generator)
        case "allowedAccessControlTags":
            return map(value, keys: ["Department", "Site"], values: ["Sales", "Support", "Leeds"], max: 4, &generator)
        case "tagRestrictedResources":
            return set(value, ["User", "Queue", "SecurityProfile", "RoutingProfile"], &generator)
        case "sessionInactivity":
            return ["enabled": .bool(generator.bool()), "duration": .integer(Int64(generator.int(15...720)))]
        case "durationSeconds": return .integer(Int64(generator.int(900...43200)))
        case "enabled", "acceptRoleSessionName": return .bool(!(value == .bool(true)))
        case "roleArns": return set(value, (1...4).map { "arn:aws:iam::111122223333:role/Role\($0)" }, &generator)
        case "managedPolicyArns":
            return set(
                value, ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonConnect_FullAccess"],
                &generator)
        case "attributeMappings":
            var entries = value?.objectValue ?? [:]
            let key = generator.pick(["x509Subject", "x509Issuer", "x509SAN"])
            if var specifiers = set(entries[key], ["CN", "OU", "O", "DNS"], &generator).arrayValue {
                if specifiers.isEmpty { specifiers = ["CN"] }
                entries[key] = .array(specifiers)
            }
            return .object(entries)
        case "sessionPolicy":
            guard case .object(var policy)? = value, case .array(var statements)? = policy["Statement"],
                !statements.isEmpty,
                case .object(var statement) = statements[0]
            else { return nil }
            statement["Sid"] = .string("Edited\(number)")
            statements[0] = .object(statement)
            policy["Statement"] = .array(statements)
            return .object(policy)
        case "applications":
            var items = value?.arrayValue ?? []
            if !items.isEmpty && generator.bool() {
                items.remove(at: generator.int(0...(items.count - 1)))
            } else if items.count < 10 {
                items.append([
                    "namespace": .string("arn:aws:app-integrations:eu-west-2:111122223333:application/app-\(number)"),
                    "permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION",
                ])
            }
            return .array(items)
        default: return nil
        }
    }

    /// A file that makes the edits when applied: each edited resource selected by its id, with only the edited
    /// fields. JSON, which YAML reads as it is.
    static func consoleFile(_ edits: [Edit], _ desired: DesiredState) -> String {
        var resources: [Address: [String: JSONValue]] = [:]
        for edit in edits { resources[edit.address, default: ["id": .string(edit.id)]][edit.field] = edit.value }
        var connect: [String: [String: JSONValue]] = [:]
        var profiles: [String: JSONValue] = [:]
        for (address, fields) in resources {
            guard address.components[0] == "connect" else {
                profiles[address.components[2]] = .object(fields)
                continue
            }
            let key = address.components[1]
            let instance = desired.connectInstance(key)!
            var entry = connect[key] ?? [:]
            switch instance.selector.value {
            case .alias(let alias): entry["alias"] = .string(alias)
            case .id(let id): entry["id"] = .string(id)
            }
            if let region = instance.region?.value { entry["region"] = .string(region) }
            var collection = entry[address.components[2]]?.objectValue ?? [:]
            collection[address.components[3]] = .object(fields)
            entry[address.components[2]] = .object(collection)
            connect[key] = entry
        }
        var file: [String: JSONValue] = ["version": 1, "region": "eu-west-2"]
        if !connect.isEmpty { file["connect"] = .object(connect.mapValues(JSONValue.object)) }
        if !profiles.isEmpty { file["rolesAnywhere"] = ["profiles": .object(profiles)] }
        return JSONValue.object(file).serialized() + "\n"
    }
}
