import AWSModel
import YAML

/// The declared variables and their values, as uses look them up.
struct VariableTable: Sendable {
    private let byName: [String: ResolvedVariable]
    /// Declared names, in file order.
    let names: [String]

    init(_ variables: [ResolvedVariable]) {
        byName = Dictionary(variables.map { ($0.declaration.name, $0) }, uniquingKeysWith: { first, _ in first })
        names = variables.map(\.declaration.name)
    }

    subscript(name: String) -> ResolvedVariable? { byName[name] }
}

/// Gives each declared variable its value: the highest-precedence source that has one (default, then
/// `WARDEN_VAR_<NAME>`, then each `--var-file`, then each `--var`), read by the declared type and checked
/// against its validation. Every problem is reported at once, each where the value came from.
struct VariableResolution {
    let file: String
    let document: YAMLDocument
    let inputs: VariableInputs
    var diagnostics = Diagnostics()
    /// The strings of sensitive variables' values, valid or not: messages about them must hide them too.
    private var sensitiveSeen: [String] = []

    /// A value before it is checked: a node of some YAML document, or the raw text of an environment
    /// variable or `--var`.
    private enum Candidate {
        case node(YAMLDocument, Int, file: String, VariableOrigin)
        case text(String, VariableOrigin)

        var origin: VariableOrigin {
            switch self {
            case .node(_, _, _, let origin), .text(_, let origin): origin
            }
        }
    }

    init(file: String, document: YAMLDocument, inputs: VariableInputs) {
        self.file = file
        self.document = document
        self.inputs = inputs
    }

    mutating func resolve(_ declarations: [VariableDeclaration]) -> (VariableTable, VariableReport) {
        let declared = Set(declarations.map(\.name))
        var candidates: [String: Candidate] = [:]
        for declaration in declarations where declaration.isUsable {
            guard let node = declaration.defaultNode else { continue }
            let origin = VariableOrigin.byDefault(file: file, location: document.location(node))
            // A default is part of the file: it is checked even when another source overrides it.
            _ = value(of: declaration, from: .node(document, node, file: file, origin))
            candidates[declaration.name] = .node(document, node, file: file, origin)
        }
        for (key, text) in inputs.environment.sorted(by: { $0.key < $1.key }) {
            let name = String(key.dropFirst(VariableInputs.environmentPrefix.count))
            guard declared.contains(name) else {
                diagnostics.warning(
                    .variableUndeclared,
                    "no variable \"\(name)\" is declared in \(file)\(Suggestion.hint(for: name, among: declarations.map(\.name))); ignored",
                    file: key, at: nil)
                continue
            }
            candidates[name] = .text(text, .environment(key))
        }
        for varFile in inputs.files {
            readFile(varFile, declarations: declarations, into: &candidates)
        }
        for assignment in inputs.assignments {
            guard declared.contains(assignment.name) else {
                diagnostics.error(
                    .variableUndeclared,
                    "no variable \"\(assignment.name)\" is declared in \(file)"
                        + Suggestion.hint(for: assignment.name, among: declarations.map(\.name)),
                    file: "--var \(assignment.name)", at: nil)
                continue
            }
            candidates[assignment.name] = .text(assignment.value, .argument(assignment.name))
        }
        var resolved: [ResolvedVariable] = []
        var recorded: [VariableReport.Variable] = []
        var sensitiveTexts: [String] = []
        for declaration in declarations {
            guard declaration.isUsable else {
                resolved.append(ResolvedVariable(declaration: declaration, value: nil))
                continue
            }
            guard let candidate = candidates[declaration.name] else {
                missing(declaration)
                resolved.append(ResolvedVariable(declaration: declaration, value: nil))
                recorded.append(
                    .init(name: declaration.name, value: nil, sensitive: declaration.sensitive, source: nil))
                continue
            }
            let checked: VariableValue?
            if case .byDefault = candidate.origin {
                // Already checked above, with its problems reported once.
                var quiet = self
                checked = quiet.value(of: declaration, from: candidate)
            } else {
                checked = value(of: declaration, from: candidate)
            }
            let value = checked
            resolved.append(ResolvedVariable(declaration: declaration, value: value))
            recorded.append(
                .init(
                    name: declaration.name, value: declaration.sensitive ? nil : value?.recorded,
                    sensitive: declaration.sensitive, source: value.map { $0.origin.description }))
            if declaration.sensitive, let value { sensitiveTexts += value.texts }
        }
        let report = VariableReport(
            files: inputs.files, variables: recorded,
            sensitiveTexts: VariableReport.hiding(sensitiveTexts + sensitiveSeen))
        return (VariableTable(resolved), report)
    }

    private mutating func missing(_ declaration: VariableDeclaration) {
        let how =
            "give one with --var \(declaration.name)=VALUE, a --var-file or "
            + "\(VariableInputs.environmentPrefix)\(declaration.name)"
        if inputs.requireAll {
            diagnostics.error(
                .variableMissing, "variable \"\(declaration.name)\" has no value: \(how)", file: file,
                at: declaration.location)
        } else {
            diagnostics.append(
                Diagnostic(
                    file: file, location: declaration.location, severity: .note, code: .variableMissing,
                    message: "variable \"\(declaration.name)\" has no value, so the checks of the values that use "
                        + "it were skipped (\(how); --require-all-variables makes this an error)"))
        }
    }

    private mutating func readFile(
        _ varFile: VariableInputs.File, declarations: [VariableDeclaration], into candidates: inout [String: Candidate]
    ) {
        let parsed: YAMLDocument
        do {
            parsed = try YAMLParser().document(varFile.text, file: varFile.path)
        } catch {
            diagnostics.append(contentsOf: error)
            return
        }
        if case .scalar(.null, _) = parsed.kind(parsed.root) { return }
        guard let entries = parsed.entries(parsed.root) else {
            diagnostics.error(
                .variableValue,
                "a variables file must be a YAML mapping of variable names to values, found "
                    + NodeDecoder.found(parsed.root, in: parsed), file: varFile.path, at: parsed.location(parsed.root))
            return
        }
        let names = declarations.map(\.name)
        for entry in entries {
            let name = parsed.keyText(entry.key)
            guard parsed.scalarType(entry.key) == .string, names.contains(name) else {
                diagnostics.error(
                    .variableUndeclared,
                    "no variable \"\(name)\" is declared in \(file)\(Suggestion.hint(for: name, among: names))",
                    file: varFile.path, at: parsed.location(entry.key))
                continue
            }
            let origin = VariableOrigin.file(path: varFile.path, location: parsed.location(entry.value))
            candidates[name] = .node(parsed, entry.value, file: varFile.path, origin)
        }
    }

    /// The candidate read by the declared type and checked; nil (with the problem reported) when it is not
    /// a valid value.
    private mutating func value(of declaration: VariableDeclaration, from candidate: Candidate) -> VariableValue? {
        let origin = candidate.origin
        switch candidate {
        case .text(let text, _) where declaration.type == .string:
            return checked(declaration, .text(text), strings: [text], recorded: .string(text), origin: origin)
        case .text(let text, _):
            let label = origin.place.file
            do {
                let parsed = try YAMLParser().document(text, file: label)
                return value(of: declaration, node: parsed.root, in: parsed, file: label, origin: origin)
            } catch {
                diagnostics.error(
                    .variableValue,
                    "var.\(declaration.name): expected \(declaration.type.expectation): "
                        + (error.first?.message ?? "not valid YAML"), file: label, at: nil)
                return nil
            }
        case .node(let valueDocument, let node, let valueFile, _):
            return value(of: declaration, node: node, in: valueDocument, file: valueFile, origin: origin)
        }
    }

    private mutating func value(
        of declaration: VariableDeclaration, node: Int, in valueDocument: YAMLDocument, file valueFile: String,
        origin: VariableOrigin
    ) -> VariableValue? {
        func mismatch() -> VariableValue? {
            var message =
                "var.\(declaration.name): expected \(declaration.type.expectation), found "
                + NodeDecoder.found(node, in: valueDocument)
            if declaration.type == .string, !declaration.sensitive, let scalar = valueDocument.scalar(node),
                scalar.type != .null
            {
                message += "; quote it (\"\(scalar.value)\") to make it a string"
            }
            report(message, origin: origin)
            return nil
        }
        let content = VariableValue.Content.node(valueDocument, node, file: valueFile)
        switch declaration.type {
        case .string:
            guard valueDocument.scalarType(node) == .string, let text = valueDocument.text(node) else {
                return mismatch()
            }
            return checked(declaration, .text(text), strings: [text], recorded: .string(text), origin: origin)
        case .integer:
            guard let number = valueDocument.scalar(node)?.intValue else { return mismatch() }
            if let minimum = declaration.validation.minimum, number < minimum {
                report("var.\(declaration.name): \(number) is less than the minimum, \(minimum)", origin: origin)
                return nil
            }
            if let maximum = declaration.validation.maximum, number > maximum {
                report("var.\(declaration.name): \(number) is more than the maximum, \(maximum)", origin: origin)
                return nil
            }
            return checked(
                declaration, content, strings: [String(number)], recorded: .integer(Int64(number)), origin: origin)
        case .boolean:
            guard let flag = valueDocument.scalar(node)?.boolValue else { return mismatch() }
            return VariableValue(
                content: content, interpolation: nil, origin: origin, recorded: .bool(flag), texts: [])
        case .list:
            guard let items = valueDocument.items(node) else { return mismatch() }
            var strings: [String] = []
            for item in items {
                guard valueDocument.scalarType(item) == .string, let text = valueDocument.text(item) else {
                    report(
                        "var.\(declaration.name)[\(strings.count)]: expected a string, found "
                            + NodeDecoder.found(item, in: valueDocument), origin: origin)
                    return nil
                }
                strings.append(text)
            }
            return checked(
                declaration, content, strings: strings, count: strings.count,
                recorded: .array(strings.map(JSONValue.string)),
                origin: origin)
        case .map:
            guard let entries = valueDocument.entries(node) else { return mismatch() }
            var members: [String: JSONValue] = [:]
            var strings: [String] = []
            for entry in entries {
                let key = valueDocument.keyText(entry.key)
                guard valueDocument.scalarType(entry.value) == .string, let text = valueDocument.text(entry.value)
                else {
                    report(
                        "var.\(declaration.name)[\"\(key)\"]: expected a string, found "
                            + NodeDecoder.found(entry.value, in: valueDocument), origin: origin)
                    return nil
                }
                members[key] = .string(text)
                strings.append(text)
            }
            return checked(
                declaration, content, strings: strings, count: strings.count, recorded: .object(members),
                origin: origin)
        }
    }

    /// Checks the value's strings (or the integer's digits) against the validation.
    private mutating func checked(
        _ declaration: VariableDeclaration, _ content: VariableValue.Content, strings: [String], count: Int? = nil,
        recorded: JSONValue, origin: VariableOrigin
    ) -> VariableValue? {
        let name = "var.\(declaration.name)"
        let validation = declaration.validation
        if declaration.sensitive { sensitiveSeen += strings }
        var valid = true
        for text in strings {
            if case .invalid(let problem) = VariableText.parse(text) {
                report("\(name): \(problem)", origin: origin)
                valid = false
            } else if VariableText.parse(text) != .none {
                report("\(name): a variable's value cannot use another variable", origin: origin)
                valid = false
            }
        }
        let length = count ?? strings.first.map { $0.unicodeScalars.count } ?? 0
        let unit = count == nil ? "characters" : "items"
        if declaration.type != .integer, let minimum = validation.minLength, length < minimum {
            report("\(name): has \(length) \(unit); at least \(minimum) required", origin: origin)
            valid = false
        }
        if declaration.type != .integer, let maximum = validation.maxLength, length > maximum {
            report("\(name): has \(length) \(unit); at most \(maximum) allowed", origin: origin)
            valid = false
        }
        for text in strings {
            if let allowed = validation.allowed, !allowed.contains(text) {
                report(
                    "\(name): \(NodeDecoder.quoted(text)) is not one of \(allowed.joined(separator: ", "))"
                        + Suggestion.hint(for: text, among: allowed), origin: origin)
                valid = false
            }
            if let pattern = validation.compiledPattern, !pattern.wholeMatch(text) {
                report(
                    "\(name): \(NodeDecoder.quoted(text)) does not match the pattern \(pattern.source)", origin: origin)
                valid = false
            }
        }
        guard valid else { return nil }
        let interpolation: String? =
            switch declaration.type {
            case .string, .integer: strings.first
            default: nil
            }
        return VariableValue(
            content: content, interpolation: interpolation, origin: origin, recorded: recorded, texts: strings)
    }

    private mutating func report(_ message: String, origin: VariableOrigin) {
        let place = origin.place
        diagnostics.error(.variableValue, message, file: place.file, at: place.location)
    }
}
