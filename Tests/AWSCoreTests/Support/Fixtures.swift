import Foundation

/// Files under `Fixtures/` in the test bundle.
enum Fixtures {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }
}

/// One request botocore's serializer produced (`Fixtures/*/requests.json`, written by `generate.py`).
struct BotocoreRequest: Decodable, CustomStringConvertible, Sendable {
    var name: String
    var operation: String
    var method: String
    var path: String
    var query: String
    var contentType: String?
    var body: String

    var description: String { name }

    static func load(_ path: String) -> [BotocoreRequest] {
        (try? JSONDecoder().decode([BotocoreRequest].self, from: Fixtures.data(path))) ?? []
    }
}
