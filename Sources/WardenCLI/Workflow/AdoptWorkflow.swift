import AWSCore
public import DesiredState
import Foundation
public import Plan
public import Reconcile
public import YAML

/// `adopt` as a library call: the drift report of the file (as `warden drift` makes it), the live resources it
/// does not declare read whole when they are to be appended, then the pure adoption of the file's text.
public enum AdoptWorkflow {
    /// The adoption, and the text it applies to.
    public struct Result: Sendable {
        public var text: String
        public var adoption: Adoption
        /// Warnings found on the way (deprecated fields), for standard error.
        public var warnings: Diagnostics

        /// The adopted text.
        public var adoptedText: String { adoption.text(from: text) }
    }

    public static func adopt(
        path: String,
        access: AWSAccess,
        addresses: [String] = [],
        includeUnmanaged: Bool = false,
        strict: Bool = false,
        variables: VariableInputs = VariableInputs(),
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) async -> Swift.Result<Result, WorkflowFailure> {
        let drift: PlanWorkflow.Result
        switch await PlanWorkflow.plan(
            path: path, access: access, mode: .drift, targets: addresses, strict: strict, variables: variables,
            progress: progress)
        {
        case .success(let result): drift = result
        case .failure(let failure): return .failure(failure)
        }
        var unmanaged: [ImportedResource]?
        if includeUnmanaged {
            let clients: AWSClients
            do {
                clients = try access.clients(fileRegion: drift.desired.region?.value)
            } catch {
                return .failure(.aws(error))
            }
            switch await Importer(clients: clients).read(undeclared: drift.observed.undeclared) {
            case .success(let resources): unmanaged = resources
            case .failure(let failure): return .failure(.message(failure.problems.joined(separator: "\nerror: ")))
            }
        }
        let tree: SourceTree
        do {
            tree = try SourceTree.parse(drift.text, file: path)
        } catch {
            return .failure(.diagnostics(error))
        }
        let adoption = Adopter(
            text: drift.text, tree: tree, plan: drift.plan, observed: drift.observed, addresses: addresses,
            unmanaged: unmanaged
        ).adopt()
        return .success(Result(text: drift.text, adoption: adoption, warnings: drift.warnings))
    }

    /// Writes `text` to `path` atomically: a temporary file beside it, renamed over it. The file keeps its
    /// permissions.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).warden-adopt-\(getpid())")
        let manager = FileManager.default
        let permissions = (try? manager.attributesOfItem(atPath: path))?[.posixPermissions]
        do {
            try Data(text.utf8).write(to: temporary)
            if let permissions {
                try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }
}
