public import AWSModel
import Crypto

/// A digest of what a resource looked like when it was read: `sha256:` and the hex SHA-256 of the canonical
/// JSON of its observed values. Equal states give equal fingerprints whatever the order AWS listed them in,
/// because the values are normalised (sets sorted) before they are hashed.
public enum Fingerprint {
    public static func of(_ observed: JSONValue) -> String {
        "sha256:" + sha256Hex(observed.serializedUTF8())
    }

    /// The lower-case hex SHA-256 of `bytes` (plans record the desired file's this way).
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * SHA256.byteCount)
        // Hashed in place where the bytes are contiguous (a file's text, its data): no 10 MB copy first.
        let digest =
            bytes.withContiguousStorageIfAvailable { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            ?? SHA256.hash(data: Array(bytes))
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
