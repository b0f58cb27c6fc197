import AWSModel
import DesiredState
public import Foundation
import Plan
import YAML

/// The desired-state file `warden import` writes: a header saying where and when it was imported, the
/// file-level settings (region, an account guard), then each instance and the Roles Anywhere section.
///
/// Keys follow the order of the kind descriptions (which is also the README's and the schema's), mapping
/// entries are sorted by key, sets are sorted and resources sorted by logical name, so importing the same
/// account twice gives the same text. Resources are matched by name; `id` is written only where a name is
/// shared within a collection (Roles Anywhere allows that). Deprecated fields are written as comments, so
/// they are visible but not managed. Strings that could contain references are escaped (`$${`), so what AWS
/// has is what the file means.
public struct ImportedFile: Sendable {
    /// The `$schema` of the yaml-language-server comment when none is chosen: the schema written next to the
    /// file with `warden schema > warden.schema.json`.
    public static let defaultSchemaLocation = "warden.schema.json"

    public var state: ImportedState
    public var importedAt: Date
    public var wardenVersion: String
    public var schemaLocation: String

    public init(
        state: ImportedState,
        importedAt: Date,
        wardenVersion: String,
        schemaLocation: String = ImportedFile.defaultSchemaLocation
    ) {
        self.state = state
        self.importedAt = importedAt
        self.wardenVersion = wardenVersion
        self.schemaLocation = schemaLocation
    }

    /// The logical names of the instances, in the order they were imported.
    public var instanceKeys: [String] {
        var names = LogicalNames()
        return state.instances.map { names.claim($0.live.alias ?? "", fallback: "instance") }
    }

    /// The file's text.
    public var text: String {
        header().map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n") + "\n" + body().text
    }

    func header() -> [String] {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var lines = ["yaml-language-server: $schema=\(schemaLocation)"]
        if schemaLocation == Self.defaultSchemaLocation {
            lines.append("(write the schema next to this file with: warden schema > warden.schema.json)")
        }
        lines += [
            "",
            "Imported by warden \(wardenVersion) on \(formatter.string(from: importedAt))",
            "from AWS account \(state.accountId), region \(state.region):",
        ]
        for (key, instance) in zip(instanceKeys, state.instances) {
            let alias = instance.live.alias.map { "alias \($0), " } ?? ""
            let region = instance.live.region == state.region ? "" : " in \(instance.live.region)"
            lines.append("  connect.\(key): Amazon Connect instance \(alias)id \(instance.live.id)\(region)")
        }
        if state.rolesAnywhere != nil {
            let kinds = Kinds.kinds(in: .rolesAnywhere).map { "every IAM \($0.singular)" }
            lines.append("  rolesAnywhere: \(kinds.joined(separator: ", ")) in \(state.region)")
        }
        lines += [
            "",
            "Every field AWS reports is managed: `warden plan` shows no changes until AWS or this file changes.",
            "Delete a field to stop managing it. Nothing is ever deleted unless you add `prune:`.",
        ]
        return lines
    }

    func body() -> YAMLBlock {
        var entries: [YAMLBlock.Entry] = [
            .pair(key: "version", value: .scalar("\(FileLayout.version)")),
            .pair(key: "region", value: .scalar(YAMLScalar.string(state.region))),
            .pair(key: "accountId", value: .scalar(YAMLScalar.string(state.accountId))),
        ]
        if !state.instances.isEmpty {
            var instances: [YAMLBlock.Entry] = []
            for (key, instance) in zip(instanceKeys, state.instances) {
                if !instances.isEmpty { instances.append(.blank) }
                instances.append(.pair(key: YAMLScalar.string(key), value: block(instance)))
            }
            entries += [.blank, .pair(key: "connect", value: .mapping(instances))]
        }
        if let resources = state.rolesAnywhere {
            let section = YAMLBlock.mapping(
                Kinds.kinds(in: .rolesAnywhere).map { kind in
                    .pair(key: kind.collection, value: collection(resources.filter { $0.kind == kind }))
                }
            )
            entries += [.blank, .pair(key: "rolesAnywhere", value: section)]
        }
        return .mapping(entries)
    }

    private func block(_ instance: ImportedInstance) -> YAMLBlock {
        var entries: [YAMLBlock.Entry] = []
        switch instance.selector {
        case .alias(let alias):
            entries.append(.pair(key: "alias", value: .scalar(YAMLScalar.string(alias))))
        case .id, .arn:
            entries.append(.pair(key: "id", value: .scalar(YAMLScalar.string(instance.live.id))))
        }
        if instance.live.region != state.region {
            entries.append(.pair(key: "region", value: .scalar(YAMLScalar.string(instance.live.region))))
        }
        for kind in Kinds.kinds(in: .connectInstance) {
            let resources = instance.resources.filter { $0.kind == kind }
            entries.append(.pair(key: kind.collection, value: collection(resources)))
        }
        return .mapping(entries)
    }

    /// A collection keyed by logical names, in order of those names.
    private func collection(_ resources: [ImportedResource]) -> YAMLBlock {
        var names = LogicalNames()
        let named = resources.map { ($0, names.claim($0.name, fallback: $0.kind.singular)) }
            .sorted { $0.1 < $1.1 }
        let nameCounts = Dictionary(resources.map { ($0.name, 1) }, uniquingKeysWith: +)
        var entries: [YAMLBlock.Entry] = []
        for (resource, key) in named {
            if !entries.isEmpty { entries.append(.blank) }
            let ambiguous = resource.name.isEmpty || nameCounts[resource.name, default: 0] > 1
            entries.append(.pair(key: YAMLScalar.string(key), value: Self.block(resource, writingId: ambiguous)))
        }
        return .mapping(entries)
    }

    /// One resource's fields; `writingId` when its name does not identify it.
    static func block(_ resource: ImportedResource, writingId: Bool) -> YAMLBlock {
        let kind = resource.kind
        var entries: [YAMLBlock.Entry] = []
        for field in kind.fields {
            if field.key == kind.identifierField {
                if writingId, let id = resource.live.identity.id {
                    entries.append(.pair(key: field.key, value: .scalar(YAMLScalar.string(id))))
                }
                continue
            }
            if field.key == kind.nameField {
                if resource.name.isEmpty {
                    continue
                } else if writingId {
                    // A file may not give two resources one name: the id alone identifies it.
                    entries.append(
                        .comment(
                            "\(field.key): \(YAMLScalar.string(resource.name)) (not managed: other \(kind.plural) "
                                + "have this name too, so this one is matched by id)"))
                } else {
                    entries.append(.pair(key: field.key, value: .scalar(YAMLScalar.string(resource.name))))
                }
                continue
            }
            guard let value = resource.values[field.key], Self.isWritable(value, field.type) else { continue }
            if let deprecation = field.deprecation {
                let shown: String =
                    switch Self.node(value, field.type) {
                    case .scalar(let text): text
                    case .string(let text): YAMLScalar.string(text)
                    default: value.serialized()
                    }
                entries.append(.comment("\(field.key): \(shown) (not managed: \(deprecation))"))
                continue
            }
            entries.append(.pair(key: field.key, value: Self.node(value, field.type)))
        }
        return .mapping(entries)
    }

    /// Whether AWS's value can be written as the field's value: an empty string where the field needs text
    /// means AWS has none.
    static func isWritable(_ value: JSONValue, _ type: ValueType) -> Bool {
        if case .string(let rule) = type, value.stringValue?.isEmpty == true, (rule.minLength ?? 0) > 0 {
            return false
        }
        return true
    }

    /// A value as YAML, following the field's type: objects in their fields' order, maps and JSON objects
    /// with sorted keys, every string escaped (`$${`) so that it never reads as a reference or a variable
    /// (`.string`, so that it is quoted for the block or flow collection it ends up in).
    static func node(_ value: JSONValue, _ type: ValueType) -> YAMLBlock {
        switch (type, value) {
        case (.string, .string(let text)):
            return .string(Template.source(forLiteral: text))
        case (.integer, .double(let number)) where number.rounded() == number && abs(number) < 1e15:
            return .scalar("\(Int64(number))")
        case (.list(let rule), .array(let items)):
            return .sequence(items.map { node($0, rule.element) })
        case (.map(let rule), .object(let entries)):
            return .mapping(
                entries.keys.sorted().map { .pair(key: YAMLScalar.string($0), value: node(entries[$0]!, rule.value)) }
            )
        case (.object(let shape), .object(let members)):
            return .mapping(
                shape.fields.compactMap { field in
                    guard let member = members[field.key], isWritable(member, field.type) else { return nil }
                    return .pair(key: field.key, value: node(member, field.type))
                }
            )
        default:
            return json(value)
        }
    }

    /// A JSON value (a session policy) as YAML; its strings may hold references, so they are escaped.
    static func json(_ value: JSONValue) -> YAMLBlock {
        switch value {
        case .null: .scalar("null")
        case .bool(let flag): .scalar(flag ? "true" : "false")
        case .integer(let number): .scalar("\(number)")
        case .double: .scalar(value.serialized())
        case .string(let text): .string(Template.source(forLiteral: text))
        case .array(let items): .sequence(items.map(json))
        case .object(let members):
            .mapping(members.keys.sorted().map { .pair(key: YAMLScalar.string($0), value: json(members[$0]!)) })
        }
    }
}
