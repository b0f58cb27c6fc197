public import AWSModel
public import YAML

/// Where a variable's value came from, as diagnostics and plans name it.
public enum VariableOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The declaration's `default`.
    case byDefault(file: String, location: SourceLocation)
    /// `WARDEN_VAR_<NAME>`.
    case environment(String)
    /// A `--var-file`.
    case file(path: String, location: SourceLocation)
    /// `--var NAME=…`.
    case argument(String)

    /// `staging.vars.yaml:4:12`, `--var region`, `WARDEN_VAR_region`, `the default at warden.yaml:3:14`.
    public var description: String {
        switch self {
        case .byDefault(let file, let location): "the default at \(file):\(location.line):\(location.column)"
        case .environment(let name): name
        case .file(let path, let location): "\(path):\(location.line):\(location.column)"
        case .argument(let name): "--var \(name)"
        }
    }

    /// The diagnostic's file and location for a problem with the value itself.
    var place: (file: String, location: SourceLocation?) {
        switch self {
        case .byDefault(let file, let location): (file, location)
        case .environment(let name): (name, nil)
        case .file(let path, let location): (path, location)
        case .argument(let name): ("--var \(name)", nil)
        }
    }
}

/// A variable's value, checked against its declaration.
struct VariableValue: Sendable {
    /// Where a string variable keeps its text; where any other keeps its YAML node, to be decoded at each use
    /// as if written there.
    enum Content: Sendable {
        case text(String)
        case node(YAMLDocument, Int, file: String)
    }

    let content: Content
    /// The text written into a longer string: a string's, an integer's digits; nil for the other types.
    let interpolation: String?
    let origin: VariableOrigin
    /// The value as plans record it.
    let recorded: JSONValue
    /// The texts hidden when the variable is sensitive: the string, the integer, the items or the values.
    let texts: [String]
}

/// A declared variable and its value (none when no source gave one and it has no default).
struct ResolvedVariable: Sendable {
    let declaration: VariableDeclaration
    let value: VariableValue?
}

/// What a desired-state file's variables were given: recorded in saved plans and shown by `warden show`.
public struct VariableReport: Sendable, Hashable {
    /// One variable and its value.
    public struct Variable: Sendable, Hashable {
        public var name: String
        /// nil when the variable is sensitive (or has no value).
        public var value: JSONValue?
        public var sensitive: Bool
        /// Where the value came from (`--var region`, `staging.vars.yaml:4:12`, ...); nil with no value.
        public var source: String?

        public init(name: String, value: JSONValue?, sensitive: Bool, source: String?) {
            self.name = name
            self.value = value
            self.sensitive = sensitive
            self.source = source
        }
    }

    /// The `--var-file` files read, in order, with their text (for their SHA-256).
    public var files: [VariableInputs.File]
    public var variables: [Variable]
    /// The texts of sensitive values, longest first: every output hides them. Besides each value, the
    /// strings written with one inside, and the start of each that a message shortens (`"…57 characters..."`).
    public var sensitiveTexts: [String]

    public static let empty = VariableReport(files: [], variables: [], sensitiveTexts: [])

    /// `texts` and the shortened forms messages show of the long ones, each once, longest first.
    static func hiding(_ texts: some Sequence<String>) -> [String] {
        var all = Set<String>()
        for text in texts where !text.isEmpty {
            all.insert(text)
            if text.count > NodeDecoder.quotedLength { all.insert(String(text.prefix(NodeDecoder.quotedLength - 3))) }
        }
        return all.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
