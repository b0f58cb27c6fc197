public import AWSCore
import DesiredState
public import Foundation
public import Reconcile
public import YAML

/// `warden import` as a library call: read the live state, write it as a desired-state file, and check that
/// file as `warden validate` would.
public enum ImportWorkflow {
    /// The file's text, what it holds, and the checks of it (an empty list when it is valid).
    public struct Result: Sendable {
        public var text: String
        public var state: ImportedState
        public var diagnostics: Diagnostics
        /// `1 Connect instance, 2 authentication profiles, …` when the file is valid.
        public var summary: String?
    }

    /// Why an import failed: an AWS or configuration problem, or the problems reading the live state.
    public enum Failure: Error, Sendable, Equatable {
        case aws(AWSError)
        case reading(ImportFailure)
    }

    /// Reads `instances` (ids, aliases or ARNs) and, with `rolesAnywhere`, the region's Roles Anywhere
    /// profiles. The region is `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` or the profile's; `file` names
    /// the text in diagnostics.
    public static func run(
        instances: [String],
        rolesAnywhere: Bool,
        access: AWSAccess,
        file: String,
        schemaLocation: String = ImportedFile.defaultSchemaLocation,
        now: Date = Date(),
        wardenVersion: String = WardenVersion.current
    ) async -> Swift.Result<Result, Failure> {
        let clients: AWSClients
        let region: String
        do {
            clients = try access.clients(fileRegion: nil)
            region = try clients.base.configuration.requireRegion()
        } catch {
            return .failure(.aws(error))
        }
        let request = ImportRequest(
            instances: instances.map(InstanceSelector.init(parsing:)), rolesAnywhere: rolesAnywhere, region: region)
        let state: ImportedState
        switch await Importer(clients: clients).read(request) {
        case .success(let read): state = read
        case .failure(let failure): return .failure(.reading(failure))
        }
        let text = ImportedFile(
            state: state, importedAt: now, wardenVersion: wardenVersion, schemaLocation: schemaLocation
        ).text
        let loaded = DesiredState.load(text: text, file: file, layout: Kinds.layout)
        return .success(
            Result(
                text: text,
                state: state,
                diagnostics: loaded.diagnostics,
                summary: loaded.state.map(ValidationReport.counts(of:))
            )
        )
    }
}
