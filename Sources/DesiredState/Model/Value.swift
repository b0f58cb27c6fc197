public import AWSModel
import YAML

/// A decoded, validated field value. Which case a field holds follows its `ValueType`: strings (which may
/// contain references), integers, booleans, lists, mappings (objects and maps alike, in file order) and JSONValue
/// documents. Every element and entry keeps its location.
public enum Value: Sendable, Hashable {
    case string(Template)
    case integer(Int)
    case boolean(Bool)
    case list([Located<Value>])
    case mapping([Entry])
    case json(JSONDocument)

    /// One entry of a mapping: the key as written (with its location) and the value.
    public struct Entry: Sendable, Hashable {
        public var key: Located<String>
        public var value: Located<Value>

        public init(key: Located<String>, value: Located<Value>) {
            self.key = key
            self.value = value
        }
    }
}

/// A JSON value written in the file (a session policy), with the references found in its strings.
///
/// `value` keeps strings as written: `${…}` references and `$${` escapes are in the text; `resolve` turns
/// them into final JSONValue.
public struct JSONDocument: Sendable, Hashable {
    public var value: JSONValue
    /// The references in the document's strings, located at the string that holds each (or at the JSONValue
    /// text, when the document was written as a string).
    public var references: [Located<Reference>]

    public init(value: JSONValue, references: [Located<Reference>]) {
        self.value = value
        self.references = references
    }

    /// The JSONValue with references replaced by `lookup`'s values and `$${` unescaped; `nil` if `lookup` does
    /// not know a value yet.
    public func resolve(_ lookup: (Reference) -> String?) -> JSONValue? {
        // Most documents hold no reference and no `$${`: they are final as written.
        let dollar = UInt8(ascii: "$")
        if references.isEmpty && !value.containsString(where: { $0.utf8.contains(dollar) }) { return value }
        return value.mapStrings { string in
            guard case .success(let template) = Template.parse(string) else { return string }
            return template.resolve(lookup)
        }
    }
}
