public import AWSModel
import DesiredState
public import Plan

extension PlannedCall {
    /// The input with every member that waited for apply (`knownAfterApply`) filled in from `known`, or the
    /// references still unknown. Members that did not wait are sent exactly as planned.
    public func resolvedInput(_ known: KnownValues) -> Result<JSONValue, UnresolvedReferences> {
        guard case .object(var members) = input, !knownAfterApply.isEmpty else { return .success(input) }
        var missing: [String] = []
        for member in knownAfterApply.keys.sorted() {
            guard let value = members[member] else { continue }
            members[member] = Self.resolve(value, known, missing: &missing)
        }
        return missing.isEmpty ? .success(.object(members)) : .failure(UnresolvedReferences(references: missing))
    }

    /// Every string of `value` with its references filled in; what cannot be filled in is added to `missing`
    /// (and the string kept as it was).
    private static func resolve(_ value: JSONValue, _ known: KnownValues, missing: inout [String]) -> JSONValue {
        switch value {
        case .string(let text):
            switch Template.parse(text) {
            case .failure(let error):
                missing.append(error.message)
                return value
            case .success(let template):
                if let filled = template.resolve({ known[$0] }) { return .string(filled) }
                for reference in template.references where known[reference] == nil {
                    if !missing.contains(reference.description) { missing.append(reference.description) }
                }
                return value
            }
        case .array(let items):
            return .array(items.map { resolve($0, known, missing: &missing) })
        case .object(let entries):
            return .object(entries.mapValues { resolve($0, known, missing: &missing) })
        default:
            return value
        }
    }
}

/// References apply could not fill in: what they point at was not created (or the plan was edited).
public struct UnresolvedReferences: Error, Sendable, Equatable {
    /// In file syntax (`${connect.prod.securityProfiles.agent.arn}`), each once.
    public var references: [String]

    public init(references: [String]) {
        self.references = references
    }
}
