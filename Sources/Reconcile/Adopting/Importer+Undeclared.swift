public import DesiredState
import Plan

extension Importer {
    /// Live resources a drift report found undeclared, read whole as `warden import` reads them (every field
    /// Warden can write), for `warden adopt --include-unmanaged`.
    public func read(undeclared: [Address: [LiveResource]]) async -> Result<[ImportedResource], ImportFailure> {
        await readWhole(undeclared.keys.sorted().flatMap { undeclared[$0]! })
    }
}
