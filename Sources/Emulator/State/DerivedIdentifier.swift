import Crypto

/// Identifiers derived from names: the same inputs always give the same id, so default resources and seeded
/// resources without an explicit id are stable across runs and resets.
enum DerivedIdentifier {
    /// A lower-case UUID (version 5 layout) from the SHA-256 of the parts.
    static func uuid(_ parts: String...) -> String { uuid(parts: parts) }

    /// A lower-case UUID (version 5 layout) from the SHA-256 of the parts.
    static func uuid(parts: [String]) -> String {
        var bytes = Array(SHA256.hash(data: Array(parts.joined(separator: "\u{0}").utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return format(bytes)
    }

    /// A lower-case UUID (version 4 layout) from a random source.
    static func uuid(using random: inout SeededRandom) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<2 {
            let value = random.next()
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: value >> shift))
            }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return format(bytes)
    }

    /// `count` characters from `alphabet`, drawn from `random`.
    static func token(_ count: Int, alphabet: String, using random: inout SeededRandom) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters[Int(random.next() % UInt64(characters.count))] })
    }

    /// `count` characters from `alphabet`, derived from the parts.
    static func token(_ count: Int, alphabet: String, from parts: String...) -> String {
        var random = SeededRandom(
            seed: SHA256.hash(data: Array(parts.joined(separator: "\u{0}").utf8)).prefix(8).reduce(0) {
                $0 << 8 | UInt64($1)
            }
        )
        return token(count, alphabet: alphabet, using: &random)
    }

    static let upperAlphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

    private static func format(_ bytes: [UInt8]) -> String {
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
