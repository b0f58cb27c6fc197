import Foundation
import Testing

/// Compares rendered output with a reviewed file under `Golden/`. With `WARDEN_UPDATE_GOLDEN=1` in the
/// environment it rewrites the file instead (then review the diff like code).
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["WARDEN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "\(name) differs; rerun with WARDEN_UPDATE_GOLDEN=1 and review",
            sourceLocation: sourceLocation)
    }
}
