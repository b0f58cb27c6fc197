import AWSModel

/// The members of a request (and a Create's answer) worth logging: ids, names and ARNs.
enum KeyParameters {
    /// Top-level string members named `…Id`, `…Arn`, `…Name`, plus `certificateField` and `State`, and
    /// string lists named `tagKeys`; for a Create, the same from its output, one level deep
    /// (`SecurityProfileId`, `profile.profileId`).
    static func of(operation: String, input: JSONValue, output: JSONValue?) -> [String: String] {
        var parameters = collect(input)
        if operation.hasPrefix("Create"), let output {
            parameters.merge(collect(output)) { old, _ in old }
            for case .object(let nested) in output.objectValue?.values.map({ $0 }) ?? [] {
                parameters.merge(collect(.object(nested))) { old, _ in old }
            }
        }
        return parameters
    }

    private static func collect(_ value: JSONValue) -> [String: String] {
        var parameters: [String: String] = [:]
        for (name, member) in value.objectValue ?? [:] {
            if let text = member.stringValue, isKey(name) {
                parameters[name] = text
            } else if name == "tagKeys", let keys = member.arrayValue?.compactMap(\.stringValue) {
                parameters[name] = keys.joined(separator: ",")
            }
        }
        return parameters
    }

    private static func isKey(_ name: String) -> Bool {
        name.hasSuffix("Id") || name.hasSuffix("Arn") || name.hasSuffix("Name") || name == "certificateField"
            || name == "State" || name == "name"
    }
}
