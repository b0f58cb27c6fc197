import AWSCore
import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing

/// Each kind's `fewestReads` is what reading the managed fields of one of its resources really takes (the
/// benchmark's lower bound counts it): every field, each field alone and none, listed or on its own, as the
/// emulator's call log shows.
@Suite struct KindReadCostTests {
    @Test(arguments: Kinds.all.map(\.kind))
    func readingEveryFieldTakesTheFewestReads(kind: ResourceKind) async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let clients = try account.clients()
        let behavior = Kinds.behavior(for: kind)
        let scope: ReadScope
        switch kind.scope {
        case .connectInstance:
            let summary = try #require(
                try await clients.connect("eu-west-2").listAll("ListInstances", input: [:]).first)
            scope = .connectInstance(
                ObservedInstance(
                    id: summary["Id"]?.stringValue ?? "", arn: summary["Arn"]?.stringValue ?? "",
                    alias: summary["InstanceAlias"]?.stringValue, region: "eu-west-2"))
        case .rolesAnywhere:
            scope = .rolesAnywhere(region: "eu-west-2")
        }
        let live = try #require(try await behavior.list(scope, clients: clients).first, "no \(kind.plural) seeded")
        let every = kind.fields.filter { !$0.isIdentifier }
        let alone = LiveResource(kind: kind, name: live.name, identity: live.identity)
        for managed in [every, []] + every.map({ [$0] }) {
            for (resource, listed) in [(live, true), (alone, false)] {
                let before = await account.calls().count
                _ = try await behavior.readMembers(resource, managed: managed, clients: clients)
                let made = await account.calls().dropFirst(before).map { String($0.prefix { $0 != " " }) }
                #expect(
                    Dictionary(made.map { ($0, 1) }, uniquingKeysWith: +)
                        == behavior.fewestReads(managing: managed, listed: listed),
                    "\(kind.id), \(managed.map(\.key)), listed: \(listed)")
            }
        }
    }
}
