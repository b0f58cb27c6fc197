import Foundation

/// The test fixtures next to this file, read through `#filePath` so the tests need no bundle resources.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The repository's root directory.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of `Fixtures/invalid/<name>.yaml`.
    static func invalid(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent("invalid/\(name).yaml"), encoding: .utf8)
    }

    /// The names (without `.yaml`) of the fixtures in a folder, sorted.
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The example files shipped in `examples/`, as paths relative to the repository.
    /// The desired-state examples (the emulator's seed file, `emulator-seed.yaml`, is another format).
    static func examples() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("emulator-") }.sorted().map { "examples/\($0)" }
    }

    /// The text of a file in the repository.
    static func repositoryFile(_ path: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
    }
}
