import AWSModel
import Foundation
import Plan

/// One line of a resource's attribute diff, before presentation: the text view indents it, the markdown
/// view puts the mark in the first column of a `diff` block so GitHub colours it.
struct DiffLine: Equatable {
    enum Mark: String {
        case add = "+"
        case remove = "-"
        case change = "~"
        case none = " "
    }

    var mark: Mark
    /// Nesting depth below the resource.
    var depth: Int
    var text: String
}

/// Lays out the attribute changes of one resource.
enum DiffLayout {
    static func lines(for change: ResourceChange) -> [DiffLine] {
        var lines: [DiffLine] = []
        // Names line up, except that one very long path does not push every other value far right.
        let width = change.attributes.map(\.path.count).filter { $0 <= 40 }.max() ?? 0
        for attribute in change.attributes {
            let name = attribute.path.padding(toLength: width, withPad: " ", startingAt: 0)
            switch attribute.change {
            case .value(let before, let after):
                switch (before, after) {
                case (nil, let after?):
                    lines.append(DiffLine(mark: .add, depth: 0, text: "\(name) = \(show(after))"))
                case (let before?, nil):
                    lines.append(DiffLine(mark: .remove, depth: 0, text: "\(name) = \(show(before))"))
                case (let before?, let after?):
                    lines.append(DiffLine(mark: .change, depth: 0, text: "\(name) = \(show(before)) -> \(show(after))"))
                case (nil, nil):
                    break
                }
            case .set(let added, let removed, let unchanged):
                let mark: DiffLine.Mark = change.action == .create ? .add : .change
                lines.append(DiffLine(mark: mark, depth: 0, text: "\(name) = ["))
                lines += added.map { DiffLine(mark: .add, depth: 1, text: show($0) + ",") }
                lines += removed.map { DiffLine(mark: .remove, depth: 1, text: show($0) + ",") }
                if unchanged > 0 {
                    lines.append(
                        DiffLine(
                            mark: .none, depth: 1,
                            text: "# (\(unchanged) unchanged \(plural(unchanged, "element")) hidden)"))
                }
                lines.append(DiffLine(mark: .none, depth: 0, text: "]"))
            case .entries(let added, let removed, let changed, let unchanged):
                let mark: DiffLine.Mark = change.action == .create ? .add : .change
                lines.append(DiffLine(mark: mark, depth: 0, text: "\(name) = {"))
                let keyWidth =
                    (added.map(\.key) + removed.map(\.key) + changed.map(\.key)).map { quote($0).count }.max() ?? 0
                func key(_ text: String) -> String {
                    quote(text).padding(toLength: keyWidth, withPad: " ", startingAt: 0)
                }
                lines += added.map { DiffLine(mark: .add, depth: 1, text: "\(key($0.key)) = \(show($0.value))") }
                lines += changed.map {
                    DiffLine(mark: .change, depth: 1, text: "\(key($0.key)) = \(show($0.before)) -> \(show($0.after))")
                }
                lines += removed.map { DiffLine(mark: .remove, depth: 1, text: "\(key($0.key)) = \(show($0.value))") }
                if unchanged > 0 {
                    lines.append(
                        DiffLine(
                            mark: .none, depth: 1,
                            text: "# (\(unchanged) unchanged \(plural(unchanged, "entry", "entries")) hidden)"))
                }
                lines.append(DiffLine(mark: .none, depth: 0, text: "}"))
            }
        }
        return lines
    }

    /// A value as the plan shows it: JSON for known values, `(known after apply)` otherwise.
    static func show(_ value: PlanValue) -> String {
        switch value {
        case .known(let json): json.serialized()
        case .unknown: "(known after apply)"
        }
    }

    static func quote(_ key: String) -> String { JSONValue.string(key).serialized() }

    static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        count == 1 ? singular : pluralForm ?? singular + "s"
    }

    /// `UpdateSecurityProfile(Description, Permissions)`: the calls line both views print. Members that only
    /// say which resource is called (URI labels such as `InstanceId`) are left out.
    static func callsSummary(_ calls: [PlannedCall]) -> String {
        calls.map { call in
            let model: ServiceModel? =
                switch call.service {
                case ServiceModel.connect.signingName: .connect
                case ServiceModel.rolesAnywhere.signingName: .rolesAnywhere
                default: nil
                }
            let locator = model?.operations[call.operation]?.input.flatMap { model?.shapes[$0] }
            let members = (call.input.objectValue ?? [:]).keys.filter { locator?.members[$0]?.location != .uri }
                .sorted()
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
