import Foundation
import YAML

/// Reads typed values out of a seed file's YAML nodes, collecting every problem as a located diagnostic
/// instead of stopping at the first.
struct SeedReader {
    let file: String
    var diagnostics = Diagnostics()
    /// Whether the seed lists its accounts under `accounts:` (rather than being one account).
    var multipleAccounts = false

    mutating func error(_ message: String, at node: Node) {
        diagnostics.error(.emulatorSeed, message, file: file, at: node.location)
    }

    /// The entries of a mapping by key; keys outside `allowed` are reported, with the closest allowed key
    /// as a suggestion.
    mutating func mapping(_ node: Node, allowed: [String], what: String) -> [String: Node] {
        guard let entries = node.mapping else {
            error("\(what) must be a mapping, found \(node.kindDescription)", at: node)
            return [:]
        }
        var values: [String: Node] = [:]
        for entry in entries {
            let key = entry.keyScalar.value
            guard allowed.contains(key) else {
                let hint = Self.closest(to: key, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
                error("unknown key '\(key)' in \(what)\(hint)", at: entry.key)
                continue
            }
            values[key] = entry.value
        }
        return values
    }

    /// The items of a sequence (empty, with a diagnostic, for anything else).
    mutating func sequence(_ node: Node, what: String) -> [Node] {
        guard let items = node.sequence else {
            error("\(what) must be a sequence, found \(node.kindDescription)", at: node)
            return []
        }
        return items
    }

    /// A string; plain numbers are read as their text (an unquoted account id), booleans and collections
    /// are errors.
    mutating func string(_ node: Node, what: String) -> String? {
        guard let scalar = node.scalar, [.string, .int, .float].contains(scalar.type) else {
            error("\(what) must be a string, found \(node.kindDescription)", at: node)
            return nil
        }
        return scalar.value
    }

    mutating func int(_ node: Node, what: String) -> Int? {
        guard let value = node.scalar?.intValue else {
            error("\(what) must be an integer, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, what: String) -> Bool? {
        guard let value = node.scalar?.boolValue else {
            error("\(what) must be true or false, found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    mutating func strings(_ node: Node, what: String) -> [String] {
        sequence(node, what: what).compactMap { string($0, what: "an element of \(what)") }
    }

    mutating func stringMap(_ node: Node, what: String) -> [String: String] {
        guard let entries = node.mapping else {
            error("\(what) must be a mapping, found \(node.kindDescription)", at: node)
            return [:]
        }
        var values: [String: String] = [:]
        for entry in entries {
            if let value = string(entry.value, what: "the value of '\(entry.keyScalar.value)' in \(what)") {
                values[entry.keyScalar.value] = value
            }
        }
        return values
    }

    /// An ISO-8601 timestamp (`2024-01-15T09:30:00Z`).
    mutating func date(_ node: Node, what: String) -> Date? {
        guard let text = node.scalar?.value, let date = Timestamps.parseISO8601(text) else {
            error("\(what) must be an ISO-8601 timestamp such as 2024-01-15T09:30:00Z", at: node)
            return nil
        }
        return date
    }

    /// The allowed key with the smallest edit distance to `key`, if it is close enough to be a typo.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, distance(Array(key.lowercased()), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
