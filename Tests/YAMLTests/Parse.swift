import YAML

/// Parses `text` as `test.yaml`, returning the root node or the rendered diagnostics.
func parse(_ text: String, limits: YAMLParser.Limits = .init()) -> Result<Node, Diagnostics> {
    do {
        return .success(try YAMLParser(limits: limits).parse(text, file: "test.yaml"))
    } catch {
        return .failure(error)
    }
}

/// The rendered diagnostics of a parse that must fail, one per line; empty if it succeeded.
func errors(_ text: String, limits: YAMLParser.Limits = .init()) -> [String] {
    switch parse(text, limits: limits) {
    case .success: []
    case .failure(let diagnostics): diagnostics.map(\.description)
    }
}

/// The root node of a parse that must succeed.
func root(_ text: String) throws -> Node {
    try parse(text).get()
}
