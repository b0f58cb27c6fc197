import Emulator
import Foundation
import Plan
import Reconcile
import Render
import Testing
import WardenCLI

@Suite(.serialized) struct ApplyContactCenterTests {
    static let example = EmulatedAccount.path("examples/contact-center.yaml")

    @Test func planApplyThenPlanShowsNoChanges() async throws {
        let account = try await EmulatedAccount.start()
        defer { Task { try? await account.stop() } }
        let first = try await PlanWorkflow.plan(path: Self.example, access: account.access()).get()
        #expect(first.plan.hasChanges)
        if ProcessInfo.processInfo.environment["WARDEN_SHOW_PLAN"] != nil { print(TextRendering.text(first.plan)) }
        await account.server.engine.clearCallLog()

        let report = await Applier(clients: try account.access().clients(fileRegion: "eu-west-2")).apply(first.plan)
        #expect(report.entries.map(\.outcome).allSatisfy { $0 == .succeeded }, "\(report.entries)")
        #expect(report.succeeded)

        // Every write the plan listed, and nothing else, in the order each resource lists them.
        let writes = await account.server.engine.callLog().compactMap(\.operation).filter { !Self.isRead($0) }
        let planned = first.plan.changes.flatMap { $0.calls.map(\.operation) }
        #expect(writes.sorted() == planned.sorted())

        let second = try await PlanWorkflow.plan(path: Self.example, access: account.access()).get()
        #expect(second.plan.changes == [], "\(TextRendering.text(second.plan))")
    }

    static func isRead(_ operation: String) -> Bool {
        operation.hasPrefix("List") || operation.hasPrefix("Describe") || operation.hasPrefix("Get")
    }
}

enum TextRendering {
    static func text(_ plan: Plan) -> String { TextPlanView().rendered(plan) }
}
