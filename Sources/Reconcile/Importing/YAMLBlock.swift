/// A YAML document in block style, built as data and printed with two-space indentation: mappings as
/// `key: value` lines, sequences as `- item` lines indented under their key, empty collections as `[]` and
/// `{}`. Scalars and keys are already rendered (see `YAMLScalar`); comments and blank lines can sit among
/// a mapping's entries.
indirect enum YAMLBlock: Sendable, Equatable {
    case scalar(String)
    case sequence([YAMLBlock])
    case mapping([Entry])

    /// One line of a mapping.
    enum Entry: Sendable, Equatable {
        case pair(key: String, value: YAMLBlock)
        case comment(String)
        case blank
    }

    /// The lines of this block as the value of a mapping key at `indent` spaces, or the whole document
    /// (a mapping at indent 0).
    func lines(indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch self {
        case .scalar(let text):
            return [pad + text]
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
                    case .scalar(let text): lines.append(pad + key + ": " + text)
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
    var text: String {
        lines().joined(separator: "\n") + "\n"
    }
}
