import YAML

/// Turns YAML nodes (of the parsed file's flat `YAMLDocument`) into validated `Value`s, driven entirely by
/// `ValueType` descriptions, and records every problem with its location. Invalid values are left out of the
/// result (so one mistake is reported once) and decoding carries on with the rest of the file.
struct NodeDecoder: Sendable {
    let file: String
    /// The parsed file; nodes are ids into it.
    let document: YAMLDocument
    /// The kinds and where they are declared.
    let layout: FileLayout
    /// Every instance and resource the file declares, for checking references.
    let declared: DeclaredAddresses
    var diagnostics = Diagnostics()
    /// Whether a reference names a declared resource (not an instance): without one, resources cannot
    /// wait for each other, and there is no cycle to look for.
    var refersToResources = false
    /// The file's variables and their values; nil where variables are not used (their own declarations, a
    /// variable's value), so `${var.…}` is read as text there.
    let variables: VariableTable?
    /// The strings written with a sensitive value inside: hidden wherever Warden prints them.
    var sensitiveWritten: Set<String> = []

    init(
        file: String, document: YAMLDocument, layout: FileLayout, declared: DeclaredAddresses,
        variables: VariableTable? = nil
    ) {
        self.file = file
        self.document = document
        self.layout = layout
        self.declared = declared
        self.variables = variables
    }

    /// Decodes `node` as `type`. `owner` is where the key holding this value is written: object-level
    /// problems (a missing key) are reported there.
    mutating func decode(_ node: Int, as type: ValueType, at path: ValuePath, owner: SourceLocation?)
        -> Located<Value>?
    {
        if variables != nil, case .scalar(.string, _) = document.kind(node), let text = document.text(node),
            VariableText.mayUse(text)
        {
            return decodeVariableUse(node, text: text, as: type, at: path, owner: owner)
        }
        return decodeNode(node, as: type, at: path, owner: owner)
    }

    /// Decodes `node` as written (a use of variables aside).
    mutating func decodeNode(_ node: Int, as type: ValueType, at path: ValuePath, owner: SourceLocation?)
        -> Located<Value>?
    {
        let value: Value?
        switch type {
        case .string(let rule): value = decodeString(node, rule: rule, at: path)
        case .integer(let rule): value = decodeInteger(node, rule: rule, at: path)
        case .boolean: value = decodeBoolean(node, at: path)
        case .list(let rule): value = decodeList(node, rule: rule, at: path)
        case .map(let rule):
            // Connect instances are few and large: one to a task.
            value = decodeMap(node, rule: rule, at: path, concurrentChunk: rule.entriesAreIndependent ? 1 : nil)
        case .object(let shape): value = decodeObject(node, shape: shape, at: path, owner: owner)
        case .collection(let kind):
            value = decodeMap(
                node, rule: MapRule(key: .logicalKey, value: .object(kind.shape)), at: path, concurrentChunk: 16)
        case .jsonObject(let rule): value = decodeJSON(node, rule: rule, at: path)
        case .anything, .variables:
            // Read by their owners: a variable's default by the variables, the variables before the rest.
            value = nil
        }
        return value.map { Located($0, at: document.location(node)) }
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.error(code, message, file: file, at: location)
    }

    mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.warning(code, message, file: file, at: location)
    }

    /// Reports that `node` is not what `type` expects, with a hint for the usual YAML mistakes.
    mutating func mismatch(_ node: Int, expected type: ValueType, at path: ValuePath) {
        var message = "expected \(type.expectation), found \(Self.found(node, in: document))"
        if let scalar = document.scalar(node) {
            message += Self.hint(for: scalar, expected: type)
        }
        error(.typeMismatch, path.message(message), at: document.location(node))
    }

    /// What a node is, in the words of messages (`a list`, not `a sequence`).
    static func found(_ node: Int, in document: YAMLDocument) -> String {
        switch document.kind(node) {
        case .scalar(let type, _): type.kindDescription
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    private static func hint(for scalar: Scalar, expected type: ValueType) -> String {
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        switch (type, scalar.type) {
        case (.list, .null):
            return "; write [] for an empty list, or remove the key to leave the field unmanaged"
        case (.map, .null), (.collection, .null):
            return "; write {} for an empty mapping, or remove the key to leave the field unmanaged"
        case (.string, .int), (.string, .float), (.string, .bool):
            return "; quote it (\"\(scalar.value)\") to make it a string"
        case (.boolean, .string):
            if quoted && CoreScalars.isBool(scalar.value) { return "; remove the quotes" }
            if ["yes", "no", "on", "off", "y", "n"].contains(scalar.value.lowercased()) {
                return " (YAML 1.2 reads only true and false as booleans)"
            }
            return ""
        case (.integer, .string):
            return quoted && Int(scalar.value) != nil ? "; remove the quotes" : ""
        default:
            return ""
        }
    }

    /// The most characters of a value messages quote.
    static let quotedLength = 60

    /// `"text"`, shortened to 60 characters for messages.
    static func quoted(_ text: String) -> String {
        let shown = text.count > quotedLength ? text.prefix(quotedLength - 3) + "..." : Substring(text)
        return "\"\(shown)\""
    }
}

/// The spellings the core schema reads as booleans.
enum CoreScalars {
    static func isBool(_ text: String) -> Bool {
        ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text)
    }
}
