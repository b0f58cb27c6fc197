public import YAML

/// The values given for a file's variables besides its defaults: `WARDEN_VAR_<NAME>` environment variables,
/// `--var-file` files and `--var NAME=VALUE` assignments, lowest precedence first.
public struct VariableInputs: Sendable {
    /// A `--var-file`: a YAML mapping of variable names to values.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// One `--var NAME=VALUE`.
    public struct Assignment: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The prefix of environment variables that give values.
    public static let environmentPrefix = "WARDEN_VAR_"

    /// Environment variables named `WARDEN_VAR_<NAME>` (others are ignored).
    public var environment: [String: String]
    /// In precedence order: later files win.
    public var files: [File]
    /// In precedence order: later assignments win.
    public var assignments: [Assignment]
    /// Whether a variable with no value is an error (every command but `validate`, which then skips the checks
    /// that need it and says which are missing, unless `--require-all-variables`).
    public var requireAll: Bool

    public init(
        environment: [String: String] = [:], files: [File] = [], assignments: [Assignment] = [],
        requireAll: Bool = true
    ) {
        self.environment = environment.filter { $0.key.hasPrefix(Self.environmentPrefix) }
        self.files = files
        self.assignments = assignments
        self.requireAll = requireAll
    }

    /// Reads the `--var-file` files at `paths` and the `--var` texts (`NAME=VALUE`); every problem at once.
    public static func read(
        files paths: [String], assignments texts: [String], environment: [String: String], requireAll: Bool
    ) -> Result<VariableInputs, Diagnostics> {
        var problems = Diagnostics()
        var files: [File] = []
        for path in paths {
            switch DesiredState.text(atPath: path) {
            case .success(let text): files.append(File(path: path, text: text))
            case .failure(let problem): problems.append(contentsOf: problem)
            }
        }
        var assignments: [Assignment] = []
        for text in texts {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                problems.error(
                    .variableValue, "expected NAME=VALUE, found \(NodeDecoder.quoted(text))", file: "--var \(text)",
                    at: nil)
                continue
            }
            assignments.append(
                Assignment(name: String(text[..<equals]), value: String(text[text.index(after: equals)...])))
        }
        guard !problems.hasErrors else { return .failure(problems) }
        return .success(
            VariableInputs(environment: environment, files: files, assignments: assignments, requireAll: requireAll))
    }
}
