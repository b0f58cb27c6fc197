import DesiredState

/// The ids and ARNs creates have returned so far in one apply, for the calls whose members wait on them.
actor AppliedValues {
    private(set) var known = KnownValues()

    func record(_ address: Address, id: String?, arn: String?) {
        known.record(address, id: id, arn: arn)
    }
}
