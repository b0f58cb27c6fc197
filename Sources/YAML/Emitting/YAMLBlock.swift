/// Warden's one YAML emitter: a document built as data and printed with two-space indentation. Mappings are
/// `key: value` lines and sequences `- item` lines indented under their key (block style), unless wrapped in
/// `.flow`, which prints them on one line (`[a, b]`, `{k: v}`); empty collections are `[]` and `{}`. Strings
/// (`.string`) are quoted where YAML could read them as something else, in block or flow context
/// (`YAMLScalar`); `.scalar` is text already written (numbers, booleans, or a string rendered by the caller).
/// Comments and blank lines can sit among a mapping's entries. `warden import` and the benchmark's generator
/// write their files with it.
public indirect enum YAMLBlock: Sendable, Equatable {
    case scalar(String)
    case string(String)
    case sequence([YAMLBlock])
    case mapping([Entry])
    /// A sequence or mapping printed in flow style.
    case flow(YAMLBlock)

    /// One line of a mapping.
    public enum Entry: Sendable, Equatable {
        case pair(key: String, value: YAMLBlock)
        case comment(String)
        case blank
    }

    /// The lines of this block as the value of a mapping key at `indent` spaces, or the whole document
    /// (a mapping at indent 0).
    public func lines(indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .scalar, .string, .flow:
            return [pad + inline(inFlow: false)]
        case .sequence(let items):
            if items.isEmpty { return [pad + "[]"] }
            return items.flatMap { item -> [String] in
                var lines = item.lines(indent: indent + 2)
                lines[0] = pad + "- " + lines[0].dropFirst(indent + 2)
                return lines
            }
        case .mapping(let entries):
            if !entries.contains(where: { if case .pair = $0 { true } else { false } }) { return [pad + "{}"] }
            var lines: [String] = []
            for entry in entries {
                switch entry {
                case .blank: lines.append("")
                case .comment(let text): lines.append(pad + "#" + (text.isEmpty ? "" : " " + text))
                case .pair(let key, let value):
                    switch value {
                    case .scalar, .string, .flow: lines.append(pad + key + ": " + value.inline(inFlow: false))
                    case .sequence(let items) where items.isEmpty: lines.append(pad + key + ": []")
                    case .mapping(let inner)
                    where !inner.contains(where: { if case .pair = $0 { true } else { false } }):
                        lines.append(pad + key + ": {}")
                    case .sequence:
                        lines.append(pad + key + ":")
                        lines += value.lines(indent: indent + 2)
                    case .mapping:
                        lines.append(pad + key + ":")
                        lines += value.lines(indent: indent + 2)
                    }
                }
            }
            return lines
        }
    }

    /// The document's text, ending with a newline.
    public var text: String {
        lines().joined(separator: "\n") + "\n"
    }

    /// The block on one line: a scalar, or a collection in flow style; `inFlow` when it stands inside a flow
    /// collection.
    public func inline(inFlow: Bool) -> String {
        switch self {
        case .scalar(let text): text
        case .string(let text): YAMLScalar.string(text, inFlow: inFlow)
        case .flow(let inner): inner.inline(inFlow: true)
        case .sequence(let items): "[" + items.map { $0.inline(inFlow: true) }.joined(separator: ", ") + "]"
        case .mapping(let entries):
            "{"
                + entries.compactMap { entry in
                    guard case .pair(let key, let value) = entry else { return nil }
                    return key + ": " + value.inline(inFlow: true)
                }.joined(separator: ", ") + "}"
        }
    }
}
