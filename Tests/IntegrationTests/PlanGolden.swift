import Foundation
import Plan
import Testing

/// Compares a rendered plan with a reviewed file under `Golden/` next to this file. With
/// `WARDEN_UPDATE_GOLDEN=1` it rewrites the file instead (then review the diff like code).
enum PlanGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WARDEN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "\(name) differs; rerun with WARDEN_UPDATE_GOLDEN=1 and review",
            sourceLocation: sourceLocation)
    }

    /// The plan as if made from the repository's root with `warden plan examples/…` (tests run from anywhere).
    static func relative(_ plan: Plan) -> Plan {
        var plan = plan
        plan.desiredFile.path = plan.desiredFile.path.replacingOccurrences(
            of: EmulatedAccount.repository.path + "/", with: "")
        return plan
    }
}
