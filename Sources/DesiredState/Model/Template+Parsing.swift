extension Template {
    /// Why a string is not a valid template.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String

        public init(message: String) {
            self.message = message
        }

        public var description: String { message }
    }

    /// Parses `text`, checking each reference's syntax (not whether its collection is one of the file's kinds
    /// nor whether its target is declared: `FileLayout` and the whole file tell).
    public static func parse(_ text: String) -> Result<Template, ParseError> {
        // Most strings hold no reference: without a `$` there is nothing to parse.
        let dollar = UInt8(ascii: "$")
        let hasDollar = text.utf8.withContiguousStorageIfAvailable { $0.contains(dollar) } ?? text.utf8.contains(dollar)
        guard hasDollar else { return .success(Template(literal: text)) }
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            literal += rest[..<dollar]
            let afterDollar = rest[dollar...].dropFirst()
            if afterDollar.hasPrefix("${") {
                literal += "${"
                rest = afterDollar.dropFirst(2)
                continue
            }
            guard afterDollar.hasPrefix("{") else {
                literal += "$"
                rest = afterDollar
                continue
            }
            let body = afterDollar.dropFirst()
            guard let close = body.firstIndex(of: "}") else {
                if body.hasPrefix("connect.") || body.hasPrefix("rolesAnywhere.") {
                    return .failure(ParseError(message: "unterminated reference \"${\(body)\": add the closing }"))
                }
                literal += rest[dollar...]
                rest = rest[rest.endIndex...]
                continue
            }
            let content = body[..<close]
            rest = body[close...].dropFirst()
            if content.contains(":") || ["*", "?", "$"].contains(content) {
                literal += "${\(content)}"
                continue
            }
            switch Reference.parse(String(content)) {
            case .success(let reference):
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.reference(reference))
            case .failure(let error):
                return .failure(error)
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return .success(Template(parts: parts))
    }
}

extension Reference {
    /// Parses the inside of `${…}`.
    static func parse(_ content: String) -> Result<Reference, Template.ParseError> {
        let written = "${\(content)}"
        let components = content.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func failure(_ problem: String) -> Result<Reference, Template.ParseError> {
            .failure(Template.ParseError(message: "invalid reference \(written): \(problem)"))
        }
        guard let root = components.first, let last = components.last else { return failure("it is empty") }
        let scope: ResourceKind.Scope
        switch root {
        case "connect": scope = .connectInstance
        case "rolesAnywhere": scope = .rolesAnywhere
        default:
            var problem = "it must start with connect. or rolesAnywhere."
            if let suggestion = Suggestion.closest(to: root, among: ["connect", "rolesAnywhere"]) {
                problem += "; did you mean \"\(suggestion)\"?"
            }
            return failure(problem)
        }
        if components.contains(where: \.isEmpty) { return failure("it has an empty component") }
        let forms =
            scope == .connectInstance
            ? "${connect.<instance>.arn|id} or ${connect.<instance>.<collection>.<key>.arn|id}"
            : "${rolesAnywhere.<collection>.<key>.arn|id}"
        let attributeNames = Reference.Attribute.allCases.map(\.rawValue)
        guard let attribute = Attribute(rawValue: last) else {
            var problem = "it must end with .\(attributeNames.joined(separator: " or ."))"
            if let suggestion = Suggestion.closest(to: last, among: attributeNames) {
                problem += "; did you mean \"\(suggestion)\"?"
            }
            return failure(problem)
        }
        if scope == .connectInstance && components.count == 3 {
            return .success(Reference(target: .connectInstance(components[1]), attribute: attribute))
        }
        let collectionIndex = scope == .connectInstance ? 2 : 1
        guard components.count == collectionIndex + 3 else { return failure("expected \(forms)") }
        let instance = scope == .connectInstance ? [components[1]] : []
        let target = Address([root] + instance + [components[collectionIndex], components[collectionIndex + 1]])
        return .success(Reference(target: target, attribute: attribute))
    }
}
