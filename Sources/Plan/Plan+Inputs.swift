public import AWSModel

extension Plan {
    /// What the desired-state file's variables were given when the plan was made. A saved plan needs no
    /// variables to apply: its changes hold every value they send.
    public struct Inputs: Codable, Sendable, Equatable {
        /// A `--var-file` read.
        public struct VarFile: Codable, Sendable, Equatable {
            public var path: String
            /// Lower-case hex SHA-256 of the file's bytes.
            public var sha256: String

            public init(path: String, sha256: String) {
                self.path = path
                self.sha256 = sha256
            }
        }

        /// One declared variable and its value.
        public struct Variable: Codable, Sendable, Equatable {
            public var name: String
            /// The value, or the string `(sensitive)` for a sensitive variable.
            public var value: JSONValue
            public var sensitive: Bool
            /// Where the value came from: `--var NAME`, `WARDEN_VAR_NAME`, `FILE:LINE:COLUMN` or the default.
            public var source: String

            public init(name: String, value: JSONValue, sensitive: Bool, source: String) {
                self.name = name
                self.value = value
                self.sensitive = sensitive
                self.source = source
            }
        }

        /// What sensitive values are shown as.
        public static let hidden = "(sensitive)"

        public var varFiles: [VarFile]
        public var variables: [Variable]
        /// The texts of the sensitive values, which the plan's changes hold anyway: `warden show` and
        /// `warden apply PLAN` hide them as `warden plan` did.
        public var sensitiveValues: [String]

        public init(varFiles: [VarFile], variables: [Variable], sensitiveValues: [String]) {
            self.varFiles = varFiles
            self.variables = variables
            self.sensitiveValues = sensitiveValues
        }
    }
}
