import AWSModel
import Plan

/// Lays out the attribute changes of one resource as lines, the same for every human view.
///
/// - A value that fits is shown on one line: `name = before -> after`.
/// - A JSON document (a session policy) too long for one line is shown pretty-printed, line by line, with
///   the lines that change marked, as `diff -u` would (long unchanged stretches are counted, not shown).
/// - Sets show the elements added and removed; keyed collections the entries added, removed and changed.
///   An entry that is an object (an application, a flow module) is shown as a block of its members, by its
///   key, and a changed one shows only the members that change.
enum DiffLayout {
    /// Lines longer than this (after the attribute name) are split when the value allows it.
    static let oneLineWidth = 100

    static func lines(for change: ResourceChange) -> [DiffLine] {
        var lines: [DiffLine] = []
        // Names line up, except that one very long path does not push every other value far right.
        let width = change.attributes.map(\.path.count).filter { $0 <= longPath }.max() ?? 0
        let mark: DiffLine.Mark = change.action == .create ? .add : .change
        for attribute in change.attributes {
            let components = attribute.path.split(separator: ".").map(String.init)
            guard attribute.path.count > longPath, components.count > 1 else {
                lines += self.lines(pad(attribute.path, to: width), attribute.change, mark: mark)
                continue
            }
            // A long path into nested objects, as nested blocks.
            let outer = components.dropLast()
            for (depth, component) in outer.enumerated() {
                lines.append(DiffLine(mark: mark, depth: depth, text: "\(component) = {"))
            }
            lines += self.lines(components.last!, attribute.change, mark: mark).map { line in
                var line = line
                line.depth += outer.count
                return line
            }
            for depth in (0..<outer.count).reversed() {
                lines.append(DiffLine(mark: .none, depth: depth, text: "}"))
            }
        }
        return lines
    }

    /// Paths longer than this are shown as nested blocks.
    static let longPath = 40

    /// One attribute's lines; `mark` marks a set or collection that changes (`+` when the resource is new).
    private static func lines(_ name: String, _ change: AttributeChange.Change, mark: DiffLine.Mark) -> [DiffLine] {
        var lines: [DiffLine] = []
        switch change {
        case .value(let before, let after):
            lines += value(name, before: before, after: after, depth: 0)
        case .set(let added, let removed, let unchanged):
            lines.append(DiffLine(mark: mark, depth: 0, text: "\(name) = ["))
            lines += added.map { DiffLine(mark: .add, depth: 1, text: show($0) + ",") }
            lines += removed.map { DiffLine(mark: .remove, depth: 1, text: show($0) + ",") }
            if unchanged > 0 {
                lines.append(hidden(unchanged, "element", depth: 1))
            }
            lines.append(DiffLine(mark: .none, depth: 0, text: "]"))
        case .entries(let added, let removed, let changed, let unchanged):
            lines.append(DiffLine(mark: mark, depth: 0, text: "\(name) = {"))
            let keyWidth =
                (added.map(\.key) + removed.map(\.key) + changed.map(\.key)).map { quote($0).count }.max() ?? 0
            for entry in added {
                lines += value(pad(quote(entry.key), to: keyWidth), before: nil, after: entry.value, depth: 1)
            }
            for entry in changed {
                lines += value(pad(quote(entry.key), to: keyWidth), before: entry.before, after: entry.after, depth: 1)
            }
            for entry in removed {
                lines += value(pad(quote(entry.key), to: keyWidth), before: entry.value, after: nil, depth: 1)
            }
            if unchanged > 0 {
                lines.append(hidden(unchanged, "entry", "entries", depth: 1))
            }
            lines.append(DiffLine(mark: .none, depth: 0, text: "}"))
        }
        return lines
    }

    /// One value replaced, added (`before` nil) or removed (`after` nil), named `name`.
    private static func value(_ name: String, before: PlanValue?, after: PlanValue?, depth: Int) -> [DiffLine] {
        let mark: DiffLine.Mark =
            switch (before, after) {
            case (nil, _): .add
            case (_, nil): .remove
            default: .change
            }
        // Objects (keyed-list entries) as blocks of members.
        switch (before, after) {
        case (nil, .known(.object(let members))?) where !isDocument(members),
            (.known(.object(let members))?, nil) where !isDocument(members):
            return block(name, mark: mark, members: members, depth: depth)
        case (.known(.object(let old))?, .known(.object(let new))?) where !isDocument(old) && !isDocument(new):
            return changedBlock(name, before: old, after: new, depth: depth)
        default:
            break
        }
        let text: String =
            switch (before, after) {
            case (let before?, let after?): "\(name) = \(show(before)) -> \(show(after))"
            case (nil, let after?): "\(name) = \(show(after))"
            case (let before?, nil): "\(name) = \(show(before))"
            case (nil, nil): "\(name)"
            }
        guard text.count > name.count + oneLineWidth, let document = documentLines(before: before, after: after)
        else {
            return [DiffLine(mark: mark, depth: depth, text: text)]
        }
        return [DiffLine(mark: mark, depth: depth, text: "\(name) =")]
            + document.map { line in
                var line = line
                line.depth += depth + 1
                return line
            }
    }

    /// A JSON document shown pretty-printed, the changed lines marked; nil when a side is not known.
    private static func documentLines(before: PlanValue?, after: PlanValue?) -> [DiffLine]? {
        func lines(_ value: PlanValue?) -> [String]?? {
            switch value {
            case nil: .some(nil)
            case .known(let json)?:
                .some(
                    json.serialized(JSONFormatting(sortedKeys: true, pretty: true)).split(
                        separator: "\n", omittingEmptySubsequences: false
                    ).map(String.init))
            case .unknown?: .none
            }
        }
        guard let old = lines(before), let new = lines(after) else { return nil }
        switch (old, new) {
        case (nil, let new?): return new.map { DiffLine(mark: .add, depth: 0, text: $0) }
        case (let old?, nil): return old.map { DiffLine(mark: .remove, depth: 0, text: $0) }
        case (let old?, let new?):
            return LineDiff.collapsed(LineDiff.diff(old, new)).map { line in
                switch line {
                case .line(.same(let text)): DiffLine(mark: .none, depth: 0, text: text)
                case .line(.removed(let text)): DiffLine(mark: .remove, depth: 0, text: text)
                case .line(.added(let text)): DiffLine(mark: .add, depth: 0, text: text)
                case .hidden(let count): hidden(count, "line", depth: 0)
                }
            }
        case (nil, nil): return nil
        }
    }

    /// Whether an object is a document (nested objects or lists of objects) rather than a record of members.
    private static func isDocument(_ members: [String: JSONValue]) -> Bool {
        members.values.contains { value in
            if case .object = value { return true }
            return value.arrayValue?.contains { $0.objectValue != nil } ?? false
        }
    }

    /// An object added or removed: each member on its own line.
    private static func block(_ name: String, mark: DiffLine.Mark, members: [String: JSONValue], depth: Int)
        -> [DiffLine]
    {
        let width = members.keys.map(\.count).max() ?? 0
        return [DiffLine(mark: mark, depth: depth, text: "\(name) = {")]
            + members.keys.sorted().map { key in
                DiffLine(
                    mark: mark, depth: depth + 1, text: "\(pad(key, to: width)) = \(members[key]!.serialized(.inline))")
            } + [DiffLine(mark: .none, depth: depth, text: "}")]
    }

    /// An object whose members change: the members that change, and how many do not.
    private static func changedBlock(
        _ name: String, before: [String: JSONValue], after: [String: JSONValue], depth: Int
    )
        -> [DiffLine]
    {
        let keys = Set(before.keys).union(after.keys).sorted()
        let changing = keys.filter { before[$0] != after[$0] }
        let width = changing.map(\.count).max() ?? 0
        var lines = [DiffLine(mark: .change, depth: depth, text: "\(name) = {")]
        for key in changing {
            let member = pad(key, to: width)
            switch (before[key], after[key]) {
            case (let old?, let new?):
                lines.append(
                    DiffLine(
                        mark: .change, depth: depth + 1,
                        text: "\(member) = \(old.serialized(.inline)) -> \(new.serialized(.inline))")
                )
            case (nil, let new?):
                lines.append(DiffLine(mark: .add, depth: depth + 1, text: "\(member) = \(new.serialized(.inline))"))
            case (let old?, nil):
                lines.append(DiffLine(mark: .remove, depth: depth + 1, text: "\(member) = \(old.serialized(.inline))"))
            case (nil, nil):
                break
            }
        }
        let unchanged = keys.count - changing.count
        if unchanged > 0 { lines.append(hidden(unchanged, "member", depth: depth + 1)) }
        lines.append(DiffLine(mark: .none, depth: depth, text: "}"))
        return lines
    }

    private static func hidden(_ count: Int, _ singular: String, _ pluralForm: String? = nil, depth: Int) -> DiffLine {
        DiffLine(
            mark: .none, depth: depth, text: "# (\(count) unchanged \(plural(count, singular, pluralForm)) hidden)")
    }

    /// `text` followed by spaces up to `width` (never cut short).
    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A value as the plan shows it: JSON for known values, `(known after apply)` otherwise.
    static func show(_ value: PlanValue) -> String {
        switch value {
        case .known(let json): json.serialized(.inline)
        case .unknown: "(known after apply)"
        }
    }

    static func quote(_ key: String) -> String { JSONValue.string(key).serialized() }

    static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        count == 1 ? singular : pluralForm ?? singular + "s"
    }

    /// `UpdateSecurityProfile(Description, Permissions)`: the calls line both views print. Members that only
    /// say which resource is called (URI labels such as `InstanceId`, and `resourceArn`) are left out.
    static func callsSummary(_ calls: [PlannedCall]) -> String {
        calls.map { call in
            let model = ServiceModel.signedAs(call.service)
            let locator = model?.operations[call.operation]?.input.flatMap { model?.shapes[$0] }
            let members = (call.input.objectValue ?? [:]).keys.filter {
                locator?.members[$0]?.location != .uri && $0 != "resourceArn"
            }.sorted()
            return "\(call.operation)(\(members.joined(separator: ", ")))"
        }.joined(separator: ", ")
    }

    /// `"Agent" (id 1a2b…, instance 9f8e…)`: how a resource is named in headers.
    static func title(_ change: ResourceChange) -> String {
        var details: [String] = []
        if let id = change.identity.id { details.append("id \(id)") }
        if let instance = change.identity.instanceId { details.append("instance \(instance)") }
        details.append(change.identity.region)
        return "\(quote(change.name)) (\(details.joined(separator: ", ")))"
    }
}
