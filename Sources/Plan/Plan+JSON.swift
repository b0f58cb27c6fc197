import AWSModel
public import Foundation

/// Why a saved plan could not be read.
public enum PlanDecodingError: Error, Equatable, CustomStringConvertible {
    case notAPlan(String)
    case unsupportedFormatVersion(Int)
    /// Larger than `Plan.maximumSavedBytes`.
    case tooLarge(bytes: Int)

    public var description: String {
        switch self {
        case .notAPlan(let reason): "not a Warden plan: \(reason)"
        case .tooLarge(let bytes):
            "the plan is \(bytes) bytes; plans over \(Plan.maximumSavedBytes) bytes (32 MiB) are refused, "
                + "as warden plan never writes one that large"
        case .unsupportedFormatVersion(let version):
            "plan format version \(version) is not supported (this warden reads version \(Plan.currentFormatVersion))"
        }
    }
}

/// How Warden writes its public JSON documents (plans, apply reports, validation reports): two-space indented,
/// keys sorted, stable for diffs and golden files.
public enum PublicJSON {
    /// `value` as text, without a final newline. Warden's documents hold only plain values (strings, numbers,
    /// booleans, lists and objects of them), so neither encoding nor re-reading can fail.
    public static func text(_ value: some Encodable) -> String {
        let encoded = (try? JSONEncoder().encode(value)) ?? Data()
        let json = (try? JSONValue(parsing: encoded)) ?? .null
        return json.serialized(JSONFormatting(sortedKeys: true, pretty: true))
    }
}

extension Plan {
    /// The public JSON form (`PublicJSON`).
    public func jsonData() -> Data {
        Data(PublicJSON.text(self).utf8)
    }

    /// The largest saved plan read: far above what a plan of thousands of resources takes, far below what
    /// would exhaust memory.
    public static let maximumSavedBytes = 32 * 1_024 * 1_024

    /// Reads a saved plan: refuses one that is too large, not JSON (with where: a truncated file ends early),
    /// or of another format version before anything else.
    public static func decode(_ data: Data) throws -> Plan {
        guard data.count <= maximumSavedBytes else { throw PlanDecodingError.tooLarge(bytes: data.count) }
        // Not even the start of a JSON object (a desired-state file, say): nothing in it could be a plan.
        guard data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
            throw PlanDecodingError.notAPlan("no formatVersion")
        }
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch {
            throw PlanDecodingError.notAPlan("the file is not complete JSON: \(error)")
        }
        guard case .object(let members) = document, let version = members["formatVersion"] else {
            throw PlanDecodingError.notAPlan("no formatVersion")
        }
        guard case .integer(let formatVersion) = version else {
            throw PlanDecodingError.notAPlan("formatVersion is not a whole number")
        }
        guard formatVersion == currentFormatVersion else {
            throw PlanDecodingError.unsupportedFormatVersion(Int(clamping: formatVersion))
        }
        do {
            return try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw PlanDecodingError.notAPlan(Self.describe(error))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "missing \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "invalid value at \(Self.path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(
            in: CharacterSet(charactersIn: ".")
        )
    }
}
