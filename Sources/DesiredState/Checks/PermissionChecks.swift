import Parallel
import YAML

/// Warnings about a security profile's vocabulary, offline: permission names the catalog does not know
/// (with a suggestion), permissions declared without what AWS documents they need, and restricted-resource
/// types AWS does not document. `allowPermissions` (file or instance level) silences exactly the names it
/// lists.
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
            for index in range where resources[index].kind == .securityProfile {
                let resource = resources[index]
                let allowed = resource.instance.flatMap { instanceAllowances[$0] }.map { fileAllowance.union($0) }
                Self.check(resource, allowed: allowed ?? fileAllowance, file: file, into: &diagnostics)
            }
            return diagnostics
        }
        var diagnostics = Diagnostics()
        for chunk in chunks { diagnostics.append(contentsOf: chunk) }
        return diagnostics
    }

    private static func check(
        _ resource: Resource, allowed: Set<String>, file: String, into diagnostics: inout Diagnostics
    ) {
        for field in resource.fields {
            switch field.key.value {
            case "permissions":
                permissions(field.value, of: resource, allowed: allowed, file: file, into: &diagnostics)
            case "tagRestrictedResources":
                restricted(
                    field.value, path: "\(resource.address).tagRestrictedResources", kind: "tag restrictions",
                    documented: RestrictedResourceTypes.tagRestricted, file: file, into: &diagnostics)
            case "hierarchyRestrictedResources":
                restricted(
                    field.value, path: "\(resource.address).hierarchyRestrictedResources",
                    kind: "hierarchy restrictions", documented: RestrictedResourceTypes.hierarchyRestricted,
                    file: file, into: &diagnostics)
            default: continue
            }
        }
    }

    private static func permissions(
        _ value: Located<Value>, of resource: Resource, allowed: Set<String>, file: String,
        into diagnostics: inout Diagnostics
    ) {
        guard let items = value.value.list else { return }
        var granted: Set<String>?
        for item in items {
            guard let name = item.value.string, !allowed.contains(name) else { continue }
            guard let requirements = ConnectPermissionCatalog.requirementsByName[name] else {
                diagnostics.warning(
                    "\(resource.address).permissions: \(NodeDecoder.quoted(name)) is not a known Amazon Connect "
                        + "permission" + Self.advice(for: name),
                    file: file, at: item.location)
                continue
            }
            for requirement in requirements {
                if granted == nil { granted = Set(items.compactMap(\.value.string)) }
                let missing = requirement.names.filter { !granted!.contains($0) }
                guard !missing.isEmpty else { continue }
                diagnostics.warning(
                    "\(resource.address).permissions: \(NodeDecoder.quoted(name)) needs "
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
