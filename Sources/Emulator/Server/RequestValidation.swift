import AWSModel

/// Model validation of a decoded input, with the emulator's one correction to the model: Connect's IP
/// lists are checked by parsing CIDR blocks instead of by the model's `IpCidr` pattern, which has no `.`
/// and would refuse every IPv4 range (DESIGN.md section 1).
enum RequestValidation {
    static func issues(_ input: JSONValue, operation: OperationModel, service: ServiceKind) -> [ValidationIssue] {
        guard let shape = operation.input else { return [] }
        let issues = ShapeValidator.validate(input, shape: shape, in: service.model)
        guard service == .connect, operation.name == "UpdateAuthenticationProfile" else { return issues }
        let ipLists = ["allowedIps": "AllowedIps", "blockedIps": "BlockedIps"]
        var corrected = issues.filter { issue in
            !(ipLists.keys.contains(topLevel(issue.path))
                && issue.constraint.hasPrefix("Member must satisfy regular expression pattern"))
        }
        for (path, member) in ipLists {
            for (offset, element) in (input[member]?.arrayValue ?? []).enumerated() {
                guard let text = element.stringValue, !CIDR.isValid(text) else { continue }
                corrected.append(
                    ValidationIssue(
                        kind: .constraint,
                        path: "\(path).\(offset + 1).member",
                        renderedValue: "'\(text)'",
                        constraint: "Member must be a valid IPv4 or IPv6 CIDR block"
                    )
                )
            }
        }
        return corrected.enumerated().sorted { lhs, rhs in
            let (a, b) = (order(lhs.element.path), order(rhs.element.path))
            return a != b ? a < b : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func topLevel(_ path: String) -> String {
        String(path.prefix { $0 != "." })
    }

    /// Issues sort by member (as the validator orders them) and then by list position.
    private static func order(_ path: String) -> OrderKey {
        let parts = path.split(separator: ".")
        return OrderKey(member: topLevel(path).lowercased(), index: parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }

    private struct OrderKey: Comparable {
        var member: String
        var index: Int

        static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
            lhs.member != rhs.member ? lhs.member < rhs.member : lhs.index < rhs.index
        }
    }
}
