import AWSModel
public import Foundation

/// Why a saved plan could not be read.
public enum PlanDecodingError: Error, Equatable, CustomStringConvertible {
    case notAPlan(String)
    case unsupportedFormatVersion(Int)

    public var description: String {
        switch self {
        case .notAPlan(let reason): "not a Warden plan: \(reason)"
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

    /// Reads a saved plan, refusing other format versions before anything else.
    public static func decode(_ data: Data) throws -> Plan {
        struct Header: Decodable { var formatVersion: Int }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw PlanDecodingError.notAPlan("no formatVersion")
        }
        guard header.formatVersion == currentFormatVersion else {
            throw PlanDecodingError.unsupportedFormatVersion(header.formatVersion)
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
