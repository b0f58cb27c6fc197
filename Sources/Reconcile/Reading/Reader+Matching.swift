import AWSModel
import DesiredState
import Plan
import YAML

extension Reader {
    enum Match {
        case found(LiveResource)
        case missing
        case problem(DiagnosticCode, String, SourceLocation?)
    }

    /// By `id` when the file gives one, otherwise by exact name; a name several live resources share is an
    /// error that asks for the id.
    static func match(_ resource: Resource, in live: [LiveResource]) -> Match {
        let kind = resource.kind
        if let id = resource.identifier {
            guard let found = live.first(where: { $0.identity.id == id.value }) else {
                return .problem(.notFound, "no \(kind.singular) has id \(id.value)", id.location)
            }
            return .found(found)
        }
        guard let name = resource.name else { return .missing }
        let named = live.filter { $0.name == name.value }
        switch named.count {
        case 0: return .missing
        case 1: return .found(named[0])
        default:
            let ids = named.compactMap(\.identity.id).sorted().joined(separator: ", ")
            return .problem(
                .ambiguousName,
                "\(named.count) \(kind.plural) are named \(JSONValue.string(name.value).serialized()) (ids \(ids)); "
                    + "add id: to say which one",
                name.location
            )
        }
    }

    /// Matches the declared resources of one collection to its live ones. Two declarations of one live
    /// resource are an error (each would undo the other's changes); live resources nobody declared are
    /// returned as undeclared.
    static func matchAll(
        _ declared: [Resource],
        in live: [LiveResource],
        file: String,
        problems: inout Diagnostics
    ) -> (matched: [(Resource, LiveResource)], undeclared: [LiveResource]) {
        var matched: [(Resource, LiveResource)] = []
        var claimedBy: [String: Resource] = [:]
        for resource in declared {
            switch match(resource, in: live) {
            case .found(let found):
                let identity = found.identity.id ?? found.name
                if let first = claimedBy[identity] {
                    problems.error(
                        .duplicateResource,
                        "\(resource.address): is the same \(resource.kind.singular) as \(first.address) "
                            + "(\(JSONValue.string(found.name).serialized()), id \(identity)); declare it once",
                        file: file,
                        at: resource.identifier?.location ?? resource.name?.location ?? resource.location
                    )
                    continue
                }
                claimedBy[identity] = resource
                matched.append((resource, found))
            case .missing:
                break
            case .problem(let code, let message, let location):
                problems.error(code, "\(resource.address): \(message)", file: file, at: location)
            }
        }
        let undeclared = live.filter { claimedBy[$0.identity.id ?? $0.name] == nil }
        return (matched, undeclared)
    }
}
