import AWSModel
import Crypto

/// A digest of what a resource looked like when it was read: `sha256:` and the hex SHA-256 of the canonical
/// JSON of its observed values. Equal states give equal fingerprints whatever the order AWS listed them in,
/// because the values are normalised (sets sorted) before they are hashed.
public enum Fingerprint {
    public static func of(_ observed: JSONValue) -> String {
        "sha256:" + sha256Hex(Array(observed.serialized().utf8))
    }

    /// The lower-case hex SHA-256 of `bytes` (plans record the desired file's this way).
    public static func sha256Hex(_ bytes: some Sequence<UInt8>) -> String {
        SHA256.hash(data: Array(bytes)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
