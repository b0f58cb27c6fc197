import AWSModel
import DesiredState
public import Plan
public import YAML

/// `warden adopt`'s pure stage: a file as written, and a drift report of it with the live values it was made
/// from → edits of the file's bytes that make each drifted field hold the live value, and what could not be
/// adopted. No network, no clock: the same inputs always give the same edits.
///
/// Only the values that change are rewritten (`ValueEditor`); comments, blank lines, key order, indentation and
/// quoting elsewhere stay byte for byte. A field is adopted whole or not at all.
public struct Adopter: Sendable {
    public var text: String
    public var tree: SourceTree
    /// The drift report of the file (`Plan.Mode.drift`).
    public var plan: Plan
    /// The live state the report was made from.
    public var observed: ObservedState
    /// What to adopt: resources, or instances and collections holding some (`--address`); empty means all.
    public var addresses: [String]
    /// Every live resource the file does not declare, read whole, to append to its collection
    /// (`--include-unmanaged`); nil to list them only.
    public var unmanaged: [ImportedResource]?

    public init(
        text: String, tree: SourceTree, plan: Plan, observed: ObservedState, addresses: [String] = [],
        unmanaged: [ImportedResource]? = nil
    ) {
        self.text = text
        self.tree = tree
        self.plan = plan
        self.observed = observed
        self.addresses = addresses
        self.unmanaged = unmanaged
    }

    public func adopt() -> Adoption {
        let layout = SourceLayout(text)
        let known = KnownValues(observed: observed)
        let variables = variableValues
        var edits: [TextEdit] = []
        var report = AdoptionReport()
        for change in plan.changes where isSelected(change.address) {
            switch change.action {
            case .update:
                let (adopted, refused) = adopt(
                    change, layout: layout, known: known, variables: variables, edits: &edits)
                if !adopted.isEmpty { report.adopted.append(AdoptedResource(address: change.address, fields: adopted)) }
                report.notAdopted += refused
            case .create:
                report.notAdopted.append(
                    NotAdopted(address: change.address, field: nil, reason: .gone, live: nil))
            case .delete:
                if unmanaged == nil {
                    report.notAdopted.append(
                        NotAdopted(address: change.address, field: nil, reason: .notDeclared, live: nil))
                }
            }
        }
        if let unmanaged {
            let selected = unmanaged.filter { isSelected(collectionAddress(of: $0).description + ".") }
            var refused: [NotAdopted] = []
            report.appended = append(selected, layout: layout, edits: &edits, refused: &refused)
            report.notAdopted += refused
        } else {
            report.unmanaged = plan.unmanaged.filter { isSelected($0.scope + ".") }
        }
        return Adoption(edits: TextEdit.sorted(edits), report: report)
    }

    /// The values of the report's variables, by name, but for sensitive ones (which the report does not hold).
    private var variableValues: [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for variable in plan.inputs?.variables ?? [] where !variable.sensitive {
            values[variable.name] = variable.value
        }
        return values
    }

    /// Whether `address` is one of `addresses` or inside one (a collection's address followed by `.` stands for
    /// whatever is in it).
    private func isSelected(_ address: String) -> Bool {
        addresses.isEmpty || addresses.contains { target in address == target || address.hasPrefix(target + ".") }
    }

    /// Adopts the drifted fields of one update: the fields adopted, and those refused.
    private func adopt(
        _ change: ResourceChange, layout: SourceLayout, known: KnownValues, variables: [String: JSONValue],
        edits: inout [TextEdit]
    ) -> (adopted: [String], refused: [NotAdopted]) {
        let components = change.address.split(separator: ".").map(String.init)
        let live = observed.resources[Address(components)]
        guard let kind = Kinds.named(change.kind), let live, let found = Self.node(at: components, in: tree)
        else {
            return (
                [],
                [NotAdopted(address: change.address, field: nil, reason: .layout("not found in the file"), live: nil)]
            )
        }
        let (node, shared) = found
        var adopted: [String] = []
        var refused: [NotAdopted] = []
        for key in change.fieldsToCheck {
            guard let field = kind.field(key), let entry = node.entries?.first(where: { $0.key.scalar?.value == key })
            else { continue }
            let value = live.values[key] ?? Planner.emptyValue(of: field)
            var editor = ValueEditor(
                layout: layout, known: known, aliased: tree.aliasedAnchors, variables: variables)
            var context = ValueEditor.Context(path: key)
            context.shared = shared || node.alias != nil || node.anchor.map(tree.aliasedAnchors.contains) == true
            context.inFlow = node.collectionStyle == .flow
            context.slot = context.inFlow ? nil : layout.afterColon(entry.key.span.upperBound)
            do throws(ValueEditor.Refusal) {
                try editor.adopt(entry.value, field.type, field.comparison, live: value, context)
                edits += editor.edits
                adopted.append(key)
            } catch {
                refused.append(
                    NotAdopted(address: change.address, field: error.path, reason: error.reason, live: value))
            }
        }
        return (adopted, refused)
    }

    /// The node at a path of mapping keys (an address's components), and whether an alias shares it or a
    /// mapping above it.
    static func node(at path: [String], in tree: SourceTree) -> (SourceNode, shared: Bool)? {
        var node = tree.root
        var shared = false
        for key in path {
            shared = shared || node.alias != nil || node.anchor.map(tree.aliasedAnchors.contains) == true
            guard let next = node[key] else { return nil }
            node = next
        }
        return (node, shared)
    }

    private func collectionAddress(of resource: ImportedResource) -> Address {
        switch resource.kind.scope {
        case .connectInstance:
            let key = observed.instances.first { $0.value.id == resource.live.identity.instanceId }?.key ?? ""
            return Address(["connect", key, resource.kind.collection])
        case .rolesAnywhere:
            return Address(["rolesAnywhere", resource.kind.collection])
        }
    }

    /// Appends live resources to their collections, as `warden import` writes them, with logical names made
    /// unique in each collection.
    private func append(
        _ resources: [ImportedResource], layout: SourceLayout, edits: inout [TextEdit], refused: inout [NotAdopted]
    ) -> [AppendedResource] {
        var appended: [AppendedResource] = []
        let byCollection = Dictionary(grouping: resources, by: collectionAddress(of:))
        for collection in byCollection.keys.sorted() {
            let resources = byCollection[collection]!.sorted {
                ($0.name, $0.live.identity.id ?? "") < ($1.name, $1.live.identity.id ?? "")
            }
            let found = Self.node(at: collection.components, in: tree)
            guard let node = found?.0, let entries = node.entries, found?.shared == false, node.alias == nil,
                node.anchor.map(tree.aliasedAnchors.contains) != true
            else {
                for resource in resources {
                    refused.append(
                        NotAdopted(
                            address: collection.description + "." + resource.name, field: nil,
                            reason: .layout("its collection is not a mapping adopt can add to"), live: nil))
                }
                continue
            }
            var names = LogicalNames()
            for entry in entries { _ = names.claim(entry.key.scalar?.value ?? "", fallback: "") }
            let nameCounts = Dictionary(resources.map { ($0.name, 1) }, uniquingKeysWith: +)
            var blocks: [(key: String, value: YAMLBlock)] = []
            for resource in resources {
                let key = names.claim(resource.name, fallback: resource.kind.singular)
                let ambiguous = resource.name.isEmpty || nameCounts[resource.name, default: 0] > 1
                blocks.append((key, ImportedFile.block(resource, writingId: ambiguous)))
                appended.append(AppendedResource(address: collection.description + "." + key, name: resource.name))
            }
            edits.append(appending(blocks, to: node, layout: layout))
        }
        return appended
    }

    /// The edit that appends resources to a collection mapping: after its last entry, each after a blank line,
    /// or in place of an empty `{}`.
    private func appending(_ blocks: [(key: String, value: YAMLBlock)], to node: SourceNode, layout: SourceLayout)
        -> TextEdit
    {
        let pairs = blocks.map { YAMLBlock.Entry.pair(key: YAMLScalar.string($0.key), value: $0.value) }
        if node.collectionStyle == .block, let first = node.entries?.first {
            let lines = YAMLBlock.mapping(pairs.flatMap { [.blank, $0] }).lines(
                indent: layout.column(first.key.span.lowerBound))
            let at = layout.nextLineStart(layout.contentEnd(node))
            return TextEdit(range: at..<at, replacement: layout.insertion(lines, at: at))
        }
        if node.entries?.isEmpty == true {
            // `securityProfiles: {}` becomes a block mapping under its key.
            var start = node.span.lowerBound
            while start > 0, layout.bytes[start - 1] == UInt8(ascii: " ") { start -= 1 }
            let indent = indentation(ofLineAt: node.span.lowerBound, layout) + 2
            let lines = YAMLBlock.mapping(Array(pairs.map { [$0, .blank] }.joined().dropLast())).lines(indent: indent)
            return TextEdit(
                range: start..<node.span.upperBound,
                replacement: lines.map { layout.newline + $0 }.joined())
        }
        let texts = blocks.map { YAMLScalar.string($0.key, inFlow: true) + ": " + $0.value.inline(inFlow: true) }
        let end = node.span.upperBound - 1
        return TextEdit(range: end..<end, replacement: ", " + texts.joined(separator: ", "))
    }

    private func indentation(ofLineAt offset: Int, _ layout: SourceLayout) -> Int {
        var position = layout.lineStart(offset)
        var count = 0
        while position < layout.bytes.count, layout.bytes[position] == UInt8(ascii: " ") {
            position += 1
            count += 1
        }
        return count
    }
}

/// What adopting gives: the edits of the file's bytes, and the report for people.
public struct Adoption: Sendable, Equatable {
    /// In the order they apply, none overlapping.
    public var edits: [TextEdit]
    public var report: AdoptionReport

    public init(edits: [TextEdit], report: AdoptionReport) {
        self.edits = edits
        self.report = report
    }

    /// The adopted file's text.
    public func text(from original: String) -> String {
        TextEdit.apply(edits, to: original)
    }
}
