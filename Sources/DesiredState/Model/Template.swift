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

    /// Almost every template is one literal text (or none): that is held as is, without a list of parts to
    /// allocate, copy and free.
    private enum Storage: Sendable, Hashable {
        case literal(String)
        case parts([Part])
    }

    private let storage: Storage

    /// The literal texts and references, in order (none for the empty string).
    public var parts: [Part] {
        switch storage {
        case .literal(let text): text.isEmpty ? [] : [.literal(text)]
        case .parts(let parts): parts
        }
    }

    public init(parts: [Part]) {
        switch parts.count {
        case 0: storage = .literal("")
        case 1:
            if case .literal(let text) = parts[0] {
                storage = .literal(text)
            } else {
                storage = .parts(parts)
            }
        default: storage = .parts(parts)
        }
    }

    /// A template with no references.
    public init(literal: String) {
        storage = .literal(literal)
    }

    /// The text, if the template holds no references.
    public var literal: String? {
        switch storage {
        case .literal(let text): text
        case .parts(let parts):
            parts.contains { if case .reference = $0 { true } else { false } } ? nil : resolve { _ in nil }
        }
    }

    /// The references, in order.
    public var references: [Reference] {
        guard case .parts(let parts) = storage else { return [] }
        return parts.compactMap {
            if case .reference(let reference) = $0 { return reference }
            return nil
        }
    }

    /// The text with each reference replaced by `lookup`'s value, or `nil` if `lookup` does not know one.
    public func resolve(_ lookup: (Reference) -> String?) -> String? {
        guard case .parts(let parts) = storage else { return literal }
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
        if case .literal(let text) = storage, !text.utf8.contains(UInt8(ascii: "$")) {
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
