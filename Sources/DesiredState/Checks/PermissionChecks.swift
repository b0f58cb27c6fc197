import Parallel
import YAML

/// Warnings about the names in fields a kind marks with a `Vocabulary`, offline: permission names the catalog
/// does not know (with a suggestion), permissions declared without what AWS documents they need, and
/// restricted-resource types AWS does not document. `allowPermissions` (file or instance level) silences
/// exactly the permission names it lists.
///
/// A known name without requirements costs one dictionary lookup; only a miss computes a suggestion.
struct PermissionChecks {
    let file: String
    let model: ModelBuilder
    /// `allowPermissions` at the top of the file.
    let fileAllowance: Set<String>

    init(file: String, model: ModelBuilder, root: Value?) {
        self.file = file
        self.model = model
        fileAllowance = Self.allowance(in: root)
    }

    /// The names an object's `allowPermissions` lists.
    static func allowance(in object: Value?) -> Set<String> {
        Set(object?["allowPermissions"]?.value.list?.compactMap(\.value.string) ?? [])
    }

    func run() -> Diagnostics {
        var allowances: [String: Set<String>] = [:]
        for instance in model.instances {
            let allowance = Self.allowance(in: instance.value)
            if !allowance.isEmpty { allowances[instance.key.value] = allowance }
        }
        let instanceAllowances = allowances
        let resources = model.resources
        let (file, fileAllowance) = (file, fileAllowance)
        let chunks = Concurrently.map(over: resources.count, minimumChunk: 512) { range in
            var diagnostics = Diagnostics()
            // Which fields of a kind hold checked names, asked of each kind once.
            var vocabularies: [String: [String: Vocabulary]] = [:]
            for index in range {
                let resource = resources[index]
                let kind = resource.kind
                let fields = vocabularies[kind.id] ?? Vocabulary.fields(of: kind)
                vocabularies[kind.id] = fields
                guard !fields.isEmpty else { continue }
                let allowed = resource.instance.flatMap { instanceAllowances[$0] }.map { fileAllowance.union($0) }
                Self.check(resource, fields: fields, allowed: allowed ?? fileAllowance, file: file, into: &diagnostics)
            }
            return diagnostics
        }
        var diagnostics = Diagnostics()
        for chunk in chunks { diagnostics.append(contentsOf: chunk) }
        return diagnostics
    }

    private static func check(
        _ resource: Resource, fields: [String: Vocabulary], allowed: Set<String>, file: String,
        into diagnostics: inout Diagnostics
    ) {
        for field in resource.fields {
            guard let vocabulary = fields[field.key.value] else { continue }
            let path = "\(resource.address).\(field.key.value)"
            switch vocabulary {
            case .connectPermission:
                permissions(field.value, path: path, allowed: allowed, file: file, into: &diagnostics)
            case .tagRestrictedResource:
                restricted(
                    field.value, path: path, kind: "tag restrictions",
                    documented: RestrictedResourceTypes.tagRestricted, file: file, into: &diagnostics)
            case .hierarchyRestrictedResource:
                restricted(
                    field.value, path: path, kind: "hierarchy restrictions",
                    documented: RestrictedResourceTypes.hierarchyRestricted, file: file, into: &diagnostics)
            }
        }
    }

    private static func permissions(
        _ value: Located<Value>, path: String, allowed: Set<String>, file: String,
        into diagnostics: inout Diagnostics
    ) {
        guard let items = value.value.list else { return }
        var granted: Set<String>?
        for item in items {
            guard let name = item.value.string, !allowed.contains(name) else { continue }
            guard let requirements = ConnectPermissionCatalog.requirementsByName[name] else {
                diagnostics.warning(
                    .unknownPermission,
                    "\(path): \(NodeDecoder.quoted(name)) is not a known Amazon Connect "
                        + "permission" + Self.advice(for: name),
                    file: file, at: item.location)
                continue
            }
            for requirement in requirements {
                if granted == nil { granted = Set(items.compactMap(\.value.string)) }
                let missing = requirement.names.filter { !granted!.contains($0) }
                guard !missing.isEmpty else { continue }
                diagnostics.warning(
                    .permissionRequirement,
                    "\(path): \(NodeDecoder.quoted(name)) needs "
                        + Self.list(missing) + " (\(requirement.reason))",
                    file: file, at: item.location)
            }
        }
    }

    /// `; did you mean "X"?`, or how to keep a name the catalog does not know yet.
    private static func advice(for name: String) -> String {
        if let suggestion = ConnectPermissionCatalog.suggestion(for: name) {
            return "; did you mean \(NodeDecoder.quoted(suggestion))?"
        }
        return "; if AWS added it after this Warden was built, list it under allowPermissions"
    }

    private static func restricted(
        _ value: Located<Value>, path: String, kind: String, documented: [String], file: String,
        into diagnostics: inout Diagnostics
    ) {
        for item in value.value.list ?? [] {
            guard let type = item.value.string, !documented.contains(type) else { continue }
            diagnostics.warning(
                .unknownResourceType,
                "\(path): \(NodeDecoder.quoted(type)) is not a resource type AWS documents for \(kind) ("
                    + documented.joined(separator: ", ") + ")" + Suggestion.hint(for: type, among: documented),
                file: file, at: item.location)
        }
    }

    /// `"A"`, `"A" and "B"`, `"A", "B" and "C"`.
    private static func list(_ names: [String]) -> String {
        let quoted = names.map(NodeDecoder.quoted)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
    }
}
