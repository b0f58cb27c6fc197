import AWSModel
public import Plan

/// What a saved plan must satisfy before `warden apply PLAN` sends anything. A plan edited by hand, or damaged,
/// is refused whole, every problem named, rather than failing half-way through or making a call that
/// `warden plan` never makes: each call is an operation of Connect or Roles Anywhere whose input fits the
/// model, each resource is of a kind Warden knows and lives in a region (a region is part of the endpoint's host
/// name, so anything else could send signed requests elsewhere), addresses are unique, and every ARN a change
/// names is in the plan's AWS account.
public enum SavedPlanCheck {
    /// Every problem of `plan`, in plan order; empty when it may be applied.
    public static func problems(in plan: Plan) -> [String] {
        var problems: [String] = []
        var addresses: Set<String> = []
        var accounts: [(address: String, account: String, arn: String)] = []
        for change in plan.changes {
            let at = change.address
            if !addresses.insert(at).inserted { problems.append("\(at): the address appears more than once") }
            if Kinds.named(change.kind) == nil { problems.append("\(at): unknown resource kind \(change.kind)") }
            if !isRegion(change.identity.region) {
                problems.append("\(at): \(quoted(change.identity.region)) is not an AWS region")
            }
            if let arn = change.identity.arn { accounts += account(of: arn).map { [(at, $0, arn)] } ?? [] }
            for call in change.calls {
                guard let model = model(signingName: call.service) else {
                    problems.append(
                        "\(at): unknown service \(quoted(call.service)) (Warden calls connect and rolesanywhere)")
                    continue
                }
                guard let operation = model.operations[call.operation] else {
                    problems.append(
                        "\(at): \(quoted(call.operation)) is not an operation of \(call.service) Warden makes")
                    continue
                }
                if let shape = operation.input {
                    let issues = ShapeValidator.validate(call.input, shape: shape, in: model)
                        .filter { $0.kind == .typeMismatch || $0.kind == .missingRequired }
                    if !issues.isEmpty {
                        problems.append("\(at): \(call.operation): \(ShapeValidator.summary(issues))")
                    }
                }
                for (key, value) in (call.input.objectValue ?? [:]).sorted(by: { $0.key < $1.key })
                where key.lowercased().hasSuffix("arn") {
                    if let arn = value.stringValue, let account = account(of: arn) {
                        accounts.append((at, account, arn))
                    }
                }
            }
        }
        let expected = plan.accountId ?? accounts.first?.account
        let planAccount = plan.accountId.map { "the plan's account \($0)" } ?? "the account of the plan's other ARNs"
        for named in accounts where named.account != expected {
            problems.append("\(named.address): \(named.arn) is in AWS account \(named.account), not \(planAccount)")
        }
        return problems
    }

    private static func model(signingName: String) -> ServiceModel? {
        [ServiceModel.connect, ServiceModel.rolesAnywhere].first { $0.signingName == signingName }
    }

    /// `eu-west-2`, `us-gov-west-1`, `cn-north-1`: lower-case words joined by `-`, a number last.
    static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, last.allSatisfy(\.isASCIIDigit) else { return false }
        return parts.dropLast().allSatisfy { part in !part.isEmpty && part.allSatisfy { $0 >= "a" && $0 <= "z" } }
            && !last.isEmpty
    }

    /// The account field of `arn:partition:service:region:account:resource`, when it has one.
    static func account(of arn: String) -> String? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", !fields[4].isEmpty else { return nil }
        return String(fields[4])
    }

    private static func quoted(_ text: String) -> String {
        "\"" + String(text.prefix(80)) + (text.count > 80 ? "…" : "") + "\""
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
