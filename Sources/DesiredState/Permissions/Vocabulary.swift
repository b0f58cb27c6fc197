/// Names a field holds whose spelling Warden checks offline against what AWS documents, with a warning
/// (never an error) for any other: the kind description says which fields hold which, the checks are generic.
public enum Vocabulary: String, Sendable, Hashable {
    /// Amazon Connect security-profile permission names: the permission catalog, the permissions each needs,
    /// and `allowPermissions`.
    case connectPermission
    /// `TagRestrictedResources` resource types.
    case tagRestrictedResource
    /// `HierarchyRestrictedResources` resource types.
    case hierarchyRestrictedResource

    /// The vocabulary of each top-level field of `kind` that is a list of such names, by key.
    static func fields(of kind: ResourceKind) -> [String: Vocabulary] {
        var found: [String: Vocabulary] = [:]
        for field in kind.fields {
            guard case .list(let rule) = field.type, case .string(let element) = rule.element,
                let vocabulary = element.vocabulary
            else { continue }
            found[field.key] = vocabulary
        }
        return found
    }
}
