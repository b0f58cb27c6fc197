import AWSModel
import YAML

extension NodeDecoder {
    /// A string scalar that uses variables. Exactly `${var.NAME}`: the variable's value, decoded as `type`
    /// as if written here (so it keeps its type and meets every check the field makes). Inside a longer
    /// string: the values written into the text, which is then decoded as the string it makes.
    mutating func decodeVariableUse(
        _ node: Int, text: String, as type: ValueType, at path: ValuePath, owner: SourceLocation?
    ) -> Located<Value>? {
        let location = document.location(node)
        switch VariableText.parse(text) {
        case .none:
            return decodeNode(node, as: type, at: path, owner: owner)
        case .invalid(let problem):
            error(.variableSyntax, path.message(problem), at: location)
            return nil
        case .exact(let name):
            guard let variable = variable(named: name, at: location, path: path) else { return nil }
            // A variable with no value is reported once, at its declaration.
            guard let value = variable.value else { return nil }
            guard Self.fits(variable.declaration.type, type) else {
                error(
                    .typeMismatch,
                    path.message(
                        "expected \(type.expectation), found var.\(name), \(variable.declaration.type.expectation)"),
                    at: location)
                return nil
            }
            let decoded: Value?
            switch value.content {
            case .text(let string):
                decoded = decodeText(string, as: type, at: location, path: path)
            case .node(let valueDocument, let valueNode, let valueFile):
                var inner = NodeDecoder(file: valueFile, document: valueDocument, layout: layout, declared: declared)
                decoded = inner.decodeNode(valueNode, as: type, at: path, owner: owner)?.value.relocated(to: location)
                for diagnostic in inner.diagnostics {
                    diagnostics.append(
                        Diagnostic(
                            file: file, location: location, severity: diagnostic.severity, code: diagnostic.code,
                            message: diagnostic.message))
                }
                refersToResources = refersToResources || inner.refersToResources
            }
            return decoded.map { Located($0, at: location) }
        case .interpolated(let pieces):
            guard let written = interpolate(pieces, at: location, path: path) else { return nil }
            return decodeText(written, as: type, at: location, path: path).map { Located($0, at: location) }
        }
    }

    /// A string of a JSON document written as YAML that uses variables: exactly `${var.NAME}` gives the value
    /// as JSON (a list an array, a map an object); inside a longer string, the values are written in.
    mutating func jsonVariableUse(_ text: String, at location: SourceLocation, path: ValuePath) -> JSONValue? {
        switch VariableText.parse(text) {
        case .none:
            return .string(text)
        case .invalid(let problem):
            error(.variableSyntax, path.message(problem), at: location)
            return nil
        case .exact(let name):
            guard let variable = variable(named: name, at: location, path: path), let value = variable.value else {
                return nil
            }
            return value.recorded
        case .interpolated(let pieces):
            return interpolate(pieces, at: location, path: path).map(JSONValue.string)
        }
    }

    /// The text with each variable's value written in; nil (reported) when a variable is unknown or is not a
    /// string or integer, or (not reported again) has no value.
    private mutating func interpolate(_ pieces: [VariableText.Piece], at location: SourceLocation, path: ValuePath)
        -> String?
    {
        var written = ""
        var names: [String] = []
        var complete = true
        for piece in pieces {
            switch piece {
            case .text(let text):
                written += text
            case .variable(let name):
                guard let variable = variable(named: name, at: location, path: path) else {
                    complete = false
                    continue
                }
                names.append(name)
                guard let value = variable.value else {
                    complete = false
                    continue
                }
                guard let text = value.interpolation else {
                    error(
                        .typeMismatch,
                        path.message(
                            "var.\(name) is \(variable.declaration.type.expectation): only strings and integers can "
                                + "be written inside a longer string; use it alone, as \"${var.\(name)}\""),
                        at: location)
                    complete = false
                    continue
                }
                written += text
            }
        }
        if complete, names.contains(where: { variables?[$0]?.declaration.sensitive == true }) {
            sensitiveWritten.insert(written)
        }
        return complete ? written : nil
    }

    /// A string that is no node of this document, written at `location`.
    private mutating func decodeText(_ text: String, as type: ValueType, at location: SourceLocation, path: ValuePath)
        -> Value?
    {
        switch type {
        case .string(let rule): return decodeString(text, at: location, rule: rule, at: path)
        case .jsonObject(let rule): return decodeJSON(text, at: location, rule: rule, at: path)
        default:
            error(.typeMismatch, path.message("expected \(type.expectation), found a string"), at: location)
            return nil
        }
    }

    /// The declared variable, or nil with an error (and the nearest name).
    private mutating func variable(named name: String, at location: SourceLocation, path: ValuePath)
        -> ResolvedVariable?
    {
        if let variable = variables?[name] { return variable }
        let names = variables?.names ?? []
        var message = "unknown variable \"\(name)\" in ${var.\(name)}"
        if let suggestion = Suggestion.closest(to: name, among: names) {
            message += "; did you mean \"\(suggestion)\"?"
        } else if names.isEmpty {
            message += ": declare it under the file's variables:"
        } else {
            message += " (declared: \(names.joined(separator: ", ")))"
        }
        error(.variableUndeclared, path.message(message), at: location)
        return nil
    }

    /// Whether a variable of `kind` can be used alone where `type` is expected.
    private static func fits(_ kind: VariableDeclaration.Kind, _ type: ValueType) -> Bool {
        switch (kind, type) {
        case (.string, .string), (.string, .jsonObject), (.integer, .integer), (.boolean, .boolean), (.list, .list),
            (.map, .map), (.map, .object), (.map, .jsonObject):
            true
        default: false
        }
    }
}

extension Value {
    /// The value with every location in it moved to `location`: a variable's value is located where it is
    /// used, not in the file that gave it.
    func relocated(to location: SourceLocation) -> Value {
        switch self {
        case .string, .integer, .boolean: self
        case .list(let items): .list(items.map { Located($0.value.relocated(to: location), at: location) })
        case .mapping(let entries):
            .mapping(
                entries.map { entry in
                    Entry(
                        key: Located(entry.key.value, at: location),
                        value: Located(entry.value.value.relocated(to: location), at: location))
                })
        case .json(let document):
            .json(
                JSONDocument(
                    value: document.value, references: document.references.map { Located($0.value, at: location) }))
        }
    }
}

extension Template {
    /// `text` with each `$${` made `${`: what a field that holds no references reads.
    package static func unescaping(_ text: String) -> String {
        let dollar = UInt8(ascii: "$")
        let hasDollar = text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
        guard hasDollar, text.contains("$${") else { return text }
        return text.replacing("$${", with: "${")
    }
}
