import YAML

extension VariableDeclaration {
    /// The file's `variables:` mapping, decoded and checked, in file order. A declaration with a mistake is
    /// left out (its uses are then reported as unknown variables only if it is not declared at all).
    static func read(
        from document: YAMLDocument, file: String, layout: FileLayout, declared: DeclaredAddresses,
        diagnostics: inout Diagnostics
    ) -> [VariableDeclaration] {
        guard let node = document.value(document.root, key: "variables") else { return [] }
        var decoder = NodeDecoder(file: file, document: document, layout: layout, declared: declared)
        let decoded = decoder.decode(node, as: mappingType, at: ValuePath.root.appending("variables"), owner: nil)
        diagnostics.append(contentsOf: decoder.diagnostics)
        // The names of declarations that did not decode at all are known too: their uses are not "unknown".
        guard let entries = decoded?.value.entries else { return [] }
        var declarations: [VariableDeclaration] = []
        for entry in entries {
            guard let typeName = entry.value.value["type"]?.value.string, let type = Kind(rawValue: typeName),
                let declarationNode = document.value(node, key: entry.key.value)
            else {
                declarations.append(
                    VariableDeclaration(
                        name: entry.key.value, type: .string, sensitive: false, validation: Validation(),
                        location: entry.key.location, isUsable: false))
                continue
            }
            var reader = DeclarationReader(
                file: file, document: document, name: entry.key.value, type: type, node: declarationNode)
            declarations.append(reader.declaration(entry.value.value, at: entry.key.location))
            diagnostics.append(contentsOf: reader.diagnostics)
        }
        return declarations
    }
}

/// Checks what the structure cannot: that each validation applies to the type, patterns compile, the
/// allowed values are of the type, and a sensitive variable can be hidden.
private struct DeclarationReader {
    let file: String
    let document: YAMLDocument
    let name: String
    let type: VariableDeclaration.Kind
    let node: Int
    var diagnostics = Diagnostics()

    private var path: String { "variables.\(name)" }

    mutating func declaration(_ value: Value, at location: SourceLocation) -> VariableDeclaration {
        let sensitive = value["sensitive"]?.value.boolean ?? false
        if sensitive, type == .boolean, let flag = value["sensitive"] {
            error("a boolean cannot be sensitive: true and false appear throughout Warden's output", at: flag.location)
        }
        var validation = VariableDeclaration.Validation()
        if let rules = value["validation"]?.value {
            validation = check(rules)
        }
        return VariableDeclaration(
            name: name, type: type, description: value["description"]?.value.string, sensitive: sensitive,
            validation: validation, location: location, defaultNode: document.value(node, key: "default"),
            isUsable: !diagnostics.hasErrors)
    }

    private mutating func check(_ rules: Value) -> VariableDeclaration.Validation {
        var validation = VariableDeclaration.Validation()
        let applies: [String: Set<VariableDeclaration.Kind>] = [
            "pattern": [.string, .list, .map], "allowed": [.string, .integer, .list, .map],
            "minimum": [.integer], "maximum": [.integer], "minLength": [.string, .list, .map],
            "maxLength": [.string, .list, .map],
        ]
        for entry in rules.entries ?? [] where !(applies[entry.key.value]?.contains(type) ?? true) {
            error("\(entry.key.value) does not apply to a variable of type \(type.rawValue)", at: entry.key.location)
        }
        if let pattern = rules["pattern"], let source = pattern.value.string {
            do {
                validation.compiledPattern = try Pattern(source)
                validation.pattern = source
            } catch let problem {
                error("invalid pattern \(NodeDecoder.quoted(source)): \(problem)", at: pattern.location)
            }
        }
        if let allowedNode = document.value(node, key: "validation").flatMap({ document.value($0, key: "allowed") }),
            let items = document.items(allowedNode)
        {
            var allowed: [String] = []
            let expected: ScalarType = type == .integer ? .int : .string
            for item in items {
                guard let scalar = document.scalar(item), scalar.type == expected,
                    expected == .string || scalar.intValue != nil
                else {
                    let noun = type == .integer ? "an integer" : "a string"
                    error(
                        "allowed values of \(type == .integer ? "an" : "a") \(type.rawValue) variable must each be \(noun), "
                            + "found "
                            + NodeDecoder.found(item, in: document), at: document.location(item))
                    continue
                }
                allowed.append(type == .integer ? String(scalar.intValue!) : scalar.value)
            }
            validation.allowed = allowed
        }
        validation.minimum = rules["minimum"]?.value.integer
        validation.maximum = rules["maximum"]?.value.integer
        validation.minLength = rules["minLength"]?.value.integer
        validation.maxLength = rules["maxLength"]?.value.integer
        return validation
    }

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.error(.variableDeclaration, "\(path): \(message)", file: file, at: location)
    }
}
