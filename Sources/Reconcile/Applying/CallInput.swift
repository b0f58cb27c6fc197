import AWSModel
import DesiredState
import Plan

extension PlannedCall {
    /// The input with every member that waited for apply filled in from `known`; the references still
    /// unknown if any are left.
    func resolvedInput(_ known: KnownValues) -> Result<JSONValue, UnresolvedReferences> {
        guard case .object(var members) = input, !knownAfterApply.isEmpty else { return .success(input) }
        var missing: [String] = []
        for member in knownAfterApply.keys.sorted() {
            guard let value = members[member] else { continue }
            let resolved = value.mapStrings { text in
                guard case .success(let template) = Template.parse(text) else { return nil }
                guard let filled = template.resolve({ known[$0] }) else {
                    missing += template.references.filter { known[$0] == nil }.map(\.description)
                    return nil
                }
                return filled
            }
            guard let resolved else { continue }
            members[member] = resolved
        }
        return missing.isEmpty ? .success(.object(members)) : .failure(UnresolvedReferences(references: missing))
    }
}

/// References apply could not fill in: what they point at was not created.
struct UnresolvedReferences: Error, Equatable {
    var references: [String]
}
