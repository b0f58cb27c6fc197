import AWSCore
import AWSModel
public import DesiredState
import Foundation
public import Plan
public import Reconcile
public import YAML

/// `plan` and `drift` as a library call: load and validate the file, read the live state, plan.
public enum PlanWorkflow {
    /// A plan and the desired state it came from.
    public struct Result: Sendable {
        public var plan: Plan
        public var desired: DesiredState
        /// The live state the plan was made from.
        public var observed: ObservedState
        /// The file's text, as it was planned.
        public var text: String
        /// Warnings found on the way (deprecated fields), for standard error.
        public var warnings: Diagnostics
    }

    public static func plan(
        path: String,
        access: AWSAccess,
        mode: Plan.Mode = .plan,
        targets: [String] = [],
        strict: Bool = false,
        variables: VariableInputs = VariableInputs(),
        wardenVersion: String = WardenVersion.current,
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) async -> Swift.Result<Result, WorkflowFailure> {
        // The file is read once: the plan's fingerprint of it is of the very text planned.
        let text: String
        switch DesiredState.text(atPath: path) {
        case .success(let read): text = read
        case .failure(let problem): return .failure(.diagnostics(problem))
        }
        var loaded = DesiredState.load(text: text, file: path, layout: Kinds.layout, variables: variables)
        // From here on, sensitive values are hidden in whatever Warden prints (diagnostics included).
        Console.hide(loaded.variables.sensitiveTexts)
        if strict { loaded = loaded.treatingWarningsAsErrors() }
        guard let desired = loaded.state, !loaded.diagnostics.hasErrors else {
            return .failure(.diagnostics(loaded.diagnostics))
        }
        let clients: AWSClients
        do {
            clients = try access.clients(fileRegion: desired.region?.value)
        } catch {
            return .failure(.aws(error))
        }
        let reconciler = Reconciler(
            clients: clients, mode: mode, targets: Targets(targets), wardenVersion: wardenVersion, progress: progress)
        let file = Plan.DesiredFile(path: path, sha256: Fingerprint.sha256Hex(text.utf8))
        switch await reconciler.planAndObserve(desired, file: file) {
        case .success(let (planned, observed)):
            var plan = planned
            plan.inputs = Plan.Inputs(loaded.variables)
            let warnings = Diagnostics(loaded.diagnostics.filter { $0.severity != .error })
            return .success(Result(plan: plan, desired: desired, observed: observed, text: text, warnings: warnings))
        case .failure(.diagnostics(let problems)):
            return .failure(.diagnostics(problems))
        case .failure(.unknownTarget(let target)):
            return .failure(.message("--target \(target): no resource has that address in \(path)"))
        }
    }
}

extension Plan.Inputs {
    /// What a plan records of the variables; nil when the file declares none and no var file was given.
    init?(_ report: VariableReport) {
        guard !report.variables.isEmpty || !report.files.isEmpty else { return nil }
        self.init(
            varFiles: report.files.map { VarFile(path: $0.path, sha256: Fingerprint.sha256Hex($0.text.utf8)) },
            variables: report.variables.map { variable in
                Variable(
                    name: variable.name,
                    value: variable.sensitive ? .string(Plan.Inputs.hidden) : variable.value ?? .null,
                    sensitive: variable.sensitive, source: variable.source ?? "")
            },
            sensitiveValues: report.sensitiveTexts)
    }
}
