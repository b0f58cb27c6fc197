public import AWSModel

/// The JSON Schema (draft 2020-12) of the desired-state file, generated from `FileLayout` and the kind
/// descriptions. Each property's description names the AWS member it maps to.
public enum JSONSchema {
    /// The schema of files of `layout`'s kinds, as a JSON value.
    public static func document(_ layout: FileLayout) -> JSONValue {
        var generator = Generator()
        var root = generator.objectBody(layout.root)
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["title"] = .string("Warden desired-state file")
        root["$defs"] = .object(generator.definitions)
        return .object(root)
    }

    /// The schema as `warden schema` prints it and `schemas/warden.schema.json` holds it: two-space
    /// indentation, sorted keys, a final newline.
    public static func text(_ layout: FileLayout) -> String { document(layout).serialized(.pretty) + "\n" }
}

/// Builds schema objects, collecting shared shapes under `$defs`.
private struct Generator {
    var definitions: [String: JSONValue] = [:]
    /// Whether values may be written as `${var.NAME}` (everywhere but in the variables' own declarations).
    private var acceptsVariables = true

    /// A string that is exactly one variable: what a value of any type may also be written as.
    private static let variableUse = "^\\$\\{var\\.[A-Za-z][A-Za-z0-9_]{0,63}\\}$"
    /// A string holding a variable somewhere: its final text is known only once the variable has a value.
    private static let variableText = ".*\\$\\{var\\.[A-Za-z][A-Za-z0-9_]{0,63}\\}.*"

    /// The schema of `type`; where variables are accepted, a value of any type may also be `${var.NAME}`
    /// (and a string may hold one anywhere), so that editors do not flag it.
    mutating func schema(for type: ValueType) -> [String: JSONValue] {
        var schema = plainSchema(for: type)
        guard acceptsVariables else { return schema }
        switch type {
        case .integer, .boolean, .list, .map:
            // The other type's keywords (minimum, items, ...) do not apply to a string, nor pattern to them.
            if let own = schema["type"] { schema["type"] = .array([own, "string"]) }
            schema["pattern"] = .string(Self.variableUse)
        case .string(let rule) where rule.allowedValues != nil:
            let values = schema.removeValue(forKey: "enum") ?? .array([])
            schema["anyOf"] = .array([.object(["enum": values]), .object(["pattern": .string(Self.variableText)])])
        default:
            break
        }
        return schema
    }

    private mutating func plainSchema(for type: ValueType) -> [String: JSONValue] {
        switch type {
        case .anything:
            return [:]
        case .variables:
            let outer = acceptsVariables
            acceptsVariables = false
            defer { acceptsVariables = outer }
            return schema(for: VariableDeclaration.mappingType)
        case .string(let rule):
            return string(rule, variables: acceptsVariables)
        case .integer(let rule):
            var schema: [String: JSONValue] = ["type": "integer"]
            if let allowed = rule.allowedValues {
                schema[allowed.count == 1 ? "const" : "enum"] =
                    allowed.count == 1
                    ? .integer(Int64(allowed[0])) : .array(allowed.map { JSONValue.integer(Int64($0)) })
            }
            schema["minimum"] = rule.minimum.map { JSONValue.integer(Int64($0)) }
            schema["maximum"] = rule.maximum.map { JSONValue.integer(Int64($0)) }
            return schema
        case .boolean:
            return ["type": "boolean"]
        case .list(let rule):
            var schema: [String: JSONValue] = ["type": "array", "items": .object(schema(for: rule.element))]
            schema["minItems"] = rule.minCount.map { JSONValue.integer(Int64($0)) }
            schema["maxItems"] = rule.maxCount.map { JSONValue.integer(Int64($0)) }
            if rule.uniqueness == .values { schema["uniqueItems"] = .bool(true) }
            return schema
        case .map(let rule):
            var schema: [String: JSONValue] = [
                "type": "object", "propertyNames": .object(string(rule.key, variables: false)),
                "additionalProperties": .object(schema(for: rule.value)),
            ]
            schema["minProperties"] = rule.minCount.map { JSONValue.integer(Int64($0)) }
            schema["maxProperties"] = rule.maxCount.map { JSONValue.integer(Int64($0)) }
            return schema
        case .object(let shape):
            guard let name = shape.definition else { return objectBody(shape) }
            if definitions[name] == nil {
                definitions[name] = .null  // reserve the name before recursing
                definitions[name] = .object(objectBody(shape))
            }
            return ["$ref": .string("#/$defs/\(name)")]
        case .collection(let kind):
            return [
                "type": "object", "propertyNames": .object(string(.logicalKey, variables: false)),
                "additionalProperties": .object(schema(for: .object(kind.shape))),
            ]
        case .jsonObject(let rule):
            var schema: [String: JSONValue] = ["type": .array(["object", "string"])]
            schema["minLength"] = rule.minLength.map { JSONValue.integer(Int64($0)) }
            schema["maxLength"] = rule.maxLength.map { JSONValue.integer(Int64($0)) }
            return schema
        }
    }

    mutating func objectBody(_ shape: ObjectShape) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        for field in shape.fields {
            var property = schema(for: field.type)
            property["description"] = .string(Self.description(of: field))
            if field.deprecation != nil { property["deprecated"] = .bool(true) }
            properties[field.key] = .object(property)
        }
        var body: [String: JSONValue] = [
            "type": "object", "additionalProperties": .bool(false), "properties": .object(properties),
            "description": .string(shape.doc),
        ]
        let required = shape.fields.filter(\.isRequired).map { JSONValue.string($0.key) }
        if !required.isEmpty { body["required"] = .array(required) }
        for rule in shape.rules {
            switch rule {
            case .exactlyOne(let keys):
                body["oneOf"] = .array(keys.map { .object(["required": .array([.string($0)])]) })
            case .atLeastOne(let keys):
                body["anyOf"] = .array(keys.map { .object(["required": .array([.string($0)])]) })
            }
        }
        return body
    }

    /// A string schema. Patterns are anchored (AWS matches whole strings); where references are allowed,
    /// a value holding one is accepted too, since its final text is only known at apply time.
    private func string(_ rule: StringRule, variables: Bool) -> [String: JSONValue] {
        var schema: [String: JSONValue] = ["type": "string"]
        schema["minLength"] = rule.minLength.map { JSONValue.integer(Int64($0)) }
        schema["maxLength"] = rule.maxLength.map { JSONValue.integer(Int64($0)) }
        if let allowed = rule.allowedValues { schema["enum"] = .array(allowed.map(JSONValue.string)) }
        if let completions = rule.completions {
            schema["anyOf"] = .array([
                .object(["enum": .array(completions.map(JSONValue.string))]), .object(["type": .string("string")]),
            ])
        }
        if let pattern = rule.schemaPattern {
            schema["pattern"] = .string(pattern)
        } else if let pattern = rule.pattern {
            let body = Self.unanchored(pattern)
            let roots = "connect|rolesAnywhere" + (variables ? "|var" : "")
            let written =
                rule.allowsReferences ? "|.*\\$\\{(?:\(roots))\\..*" : variables ? "|\(Self.variableText)" : ""
            schema["pattern"] = .string("^(?:\(body)\(written))$")
        }
        return schema
    }

    /// The pattern without its own `^` and `$` anchors (the schema anchors it once).
    private static func unanchored(_ pattern: String) -> Substring {
        var body = Substring(pattern)
        if body.hasPrefix("^") { body = body.dropFirst() }
        if body.hasSuffix("$") && !body.hasSuffix("\\$") { body = body.dropLast() }
        return body
    }

    /// The field's documentation, how it compares and the AWS member it maps to.
    private static func description(of field: FieldDescription) -> String {
        var text = field.doc
        if let deprecation = field.deprecation { text += " Deprecated: \(deprecation)." }
        if field.isCreateOnly { text += " Set only on create." }
        if let aws = field.aws { text += " AWS: \(aws)." }
        return text
    }
}
