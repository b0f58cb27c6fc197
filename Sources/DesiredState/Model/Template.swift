/// A string that may contain `${…}` references, split into literal text and references.
///
/// Syntax: `${connect.…}` and `${rolesAnywhere.…}` are references; `$${` writes a literal `${`; any other
/// `${…}` whose content holds a `:` or is `*`, `?` or `$` is IAM policy-variable syntax (`${aws:username}`)
/// and stays literal text.
public struct Template: Sendable, Hashable, CustomStringConvertible {
    /// A piece of a template.
    public enum Part: Sendable, Hashable {
        case literal(String)
        case reference(Reference)
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// A template with no references.
    public init(literal: String) {
        parts = literal.isEmpty ? [] : [.literal(literal)]
    }

    /// The text, if the template holds no references.
    public var literal: String? {
        switch parts.count {
        case 0: return ""
        case 1:
            if case .literal(let text) = parts[0] { return text }
            return nil
        default: return resolve { _ in nil }
        }
    }

    /// The references, in order.
    public var references: [Reference] {
        parts.compactMap {
            if case .reference(let reference) = $0 { return reference }
            return nil
        }
    }

    /// The text with each reference replaced by `lookup`'s value, or `nil` if `lookup` does not know one.
    public func resolve(_ lookup: (Reference) -> String?) -> String? {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .reference(let reference):
                guard let value = lookup(reference) else { return nil }
                text += value
            }
        }
        return text
    }

    /// The template in file syntax (`$${` for a literal `${`).
    public var description: String {
        if parts.count == 1, case .literal(let text) = parts[0], !text.utf8.contains(UInt8(ascii: "$")) {
            return text
        }
        return parts.map { part in
            switch part {
            case .literal(let literal): literal.replacing("${", with: "$${")
            case .reference(let reference): reference.description
            }
        }.joined()
    }
}
