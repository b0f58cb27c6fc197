import Foundation
import Testing
import YAML

@testable import DesiredState

/// An ASCII file is read straight into its string; any other file takes the checked path, with the same
/// result or the same error.
@Suite struct FileTextTests {
    private func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("warden-filetext-\(UUID().uuidString).yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func anASCIIFileIsReadWhole() throws {
        let text = String(repeating: "version: 1\n# ascii only\n", count: 1_000) + "end"
        let path = try file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileText.ascii(atPath: path) == text)
        #expect(try DesiredState.text(atPath: path).get() == text)
    }

    @Test func otherFilesTakeTheCheckedPath() throws {
        let accented = try file(Array("description: café\n".utf8))
        let invalid = try file(Array("name: ".utf8) + [0xF0, 0x9F, 0x98, 0x41])
        let empty = try file([])
        defer { for path in [accented, invalid, empty] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(FileText.ascii(atPath: accented) == nil)
        #expect(try DesiredState.text(atPath: accented).get() == "description: café\n")
        #expect(FileText.ascii(atPath: invalid) == nil)
        #expect(throws: Diagnostics.self) { try DesiredState.text(atPath: invalid).get() }
        #expect(FileText.ascii(atPath: empty) == nil)
        #expect(try DesiredState.text(atPath: empty).get() == "")
        #expect(FileText.ascii(atPath: "/no/such/warden/file") == nil)
    }

    /// Eight bytes at a time and the rest one by one: a high bit anywhere is found.
    @Test func aHighBitAnywhereIsNotASCII() {
        for count in 1...20 {
            for position in 0..<count {
                var bytes = [UInt8](repeating: 0x61, count: count)
                #expect(bytes.withUnsafeBufferPointer(FileText.isASCII))
                bytes[position] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer(FileText.isASCII), "\(count) bytes, high at \(position)")
            }
        }
    }
}
