/// One API call the emulator received, as `GET /_emulator/calls` lists it.
public struct CallRecord: Codable, Sendable, Hashable {
    /// `connect`, `rolesanywhere` or `sts`; nil when the request named no service the emulator serves.
    public var service: String?
    /// The operation, e.g. `UpdateSecurityProfile`; nil when the request matched none.
    public var operation: String?
    /// The region of the credential scope.
    public var region: String?
    /// The account the call was served in (its credentials' account), recorded only when the seed has several
    /// accounts; nil for unsigned calls and calls refused before their signature was checked.
    public var account: String?
    /// The HTTP status answered; for a dropped response, the status that was not sent; 0 when the
    /// connection was dropped before the request was processed.
    public var status: Int
    /// The error code, for error answers.
    public var errorCode: String?
    /// The ids, names and ARNs the request carried (and a Create's new id), by member name.
    public var parameters: [String: String]
    /// `dropConnection`, `dropResponse`, `internalError` or `unavailable` when a fault was injected.
    public var fault: String?

    public init(
        service: String?,
        operation: String?,
        region: String?,
        account: String? = nil,
        status: Int,
        errorCode: String? = nil,
        parameters: [String: String] = [:],
        fault: String? = nil
    ) {
        self.service = service
        self.operation = operation
        self.region = region
        self.account = account
        self.status = status
        self.errorCode = errorCode
        self.parameters = parameters
        self.fault = fault
    }
}
