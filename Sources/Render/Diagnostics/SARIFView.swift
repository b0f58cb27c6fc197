import Plan
public import YAML

/// Diagnostics as a SARIF 2.1.0 log (`--format sarif`), for GitHub code scanning and other SARIF readers; valid
/// against the OASIS schema committed as `schemas/sarif-schema-2.1.0.json`.
///
/// One run: Warden as the tool, with one rule per diagnostic code that the results use (in the catalog's order;
/// the rule id is the code's stable id), and one result per diagnostic in the order given. A file inside the
/// workspace is named by a relative URI against the base `%SRCROOT%` (the workspace, given in
/// `originalUriBaseIds`), one outside it by an absolute `file:` URI. Columns count Unicode code points, as
/// Warden's do; a region ends on the line it starts on (Warden's locations are points).
public struct SARIFView: Sendable {
    /// Warden's version, as the tool's.
    public var toolVersion: String
    public var paths: WorkspacePaths

    /// Where people read about Warden and its diagnostic codes.
    public static let informationURI = "https://github.com/warden/warden"
    public static let rulesURI = informationURI + "#diagnostic-codes"
    /// The schema the log declares: the OASIS standard's, errata 01 (the one in `schemas/`).
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let baseID = "%SRCROOT%"

    public init(toolVersion: String, paths: WorkspacePaths) {
        self.toolVersion = toolVersion
        self.paths = paths
    }

    /// The log as one JSON document, with a final newline.
    public func render(_ diagnostics: some Sequence<Diagnostic>, to out: inout some TextOutputStream) {
        out.write(PublicJSON.text(log(Array(diagnostics))) + "\n")
    }

    /// The log as one JSON document, with a final newline.
    public func rendered(_ diagnostics: some Sequence<Diagnostic>) -> String {
        var out = ""
        render(diagnostics, to: &out)
        return out
    }

    private func log(_ diagnostics: [Diagnostic]) -> Log {
        let used = Set(diagnostics.map(\.code))
        let codes = DiagnosticCode.all.filter(used.contains)
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($0.element, $0.offset) })
        let driver = Driver(
            name: "Warden", version: toolVersion, semanticVersion: toolVersion, informationUri: Self.informationURI,
            rules: codes.map(Rule.init))
        let results = diagnostics.map { diagnostic in
            ResultObject(
                ruleId: diagnostic.code.id, ruleIndex: index[diagnostic.code]!, level: diagnostic.severity.sarifLevel,
                message: Message(text: diagnostic.message), locations: [location(of: diagnostic)])
        }
        let run = Run(
            tool: Tool(driver: driver),
            originalUriBaseIds: [Self.baseID: ArtifactLocation(uri: Self.fileURI(paths.workspace + "/"))],
            columnKind: "unicodeCodePoints", results: results)
        return Log(schema: Self.schemaURI, version: "2.1.0", runs: [run])
    }

    private func location(of diagnostic: Diagnostic) -> Location {
        let artifact =
            if let relative = paths.relative(diagnostic.file) {
                ArtifactLocation(uri: Self.percentEncoded(relative), uriBaseId: Self.baseID)
            } else {
                ArtifactLocation(uri: Self.fileURI(paths.absolute(diagnostic.file)))
            }
        let region = diagnostic.location.map {
            Region(startLine: $0.line, startColumn: $0.column, endLine: $0.line)
        }
        return Location(physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region))
    }

    /// `file://` and the absolute path, percent-encoded.
    static func fileURI(_ absolutePath: String) -> String {
        "file://" + percentEncoded(absolutePath)
    }

    /// A path as a URI path: every byte but the unreserved characters and `/` percent-encoded (so that a `:` in
    /// the first segment cannot read as a scheme, nor `#` or `?` end the path).
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    // MARK: The log's objects (SARIF 2.1.0 §3), only the properties Warden fills

    private struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind: String
        var results: [ResultObject]
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [Rule]
    }

    private struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var helpUri: String
        var defaultConfiguration: Configuration

        init(_ code: DiagnosticCode) {
            id = code.id
            name = code.name
            shortDescription = Message(text: code.summary)
            fullDescription = Message(text: code.summary + " " + code.help)
            help = Message(text: code.help)
            helpUri = SARIFView.rulesURI
            defaultConfiguration = Configuration(level: code.severity.sarifLevel)
        }
    }

    private struct Configuration: Encodable {
        var level: String
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct ResultObject: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
    }
}

extension Diagnostic.Severity {
    /// SARIF's `level`.
    fileprivate var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
