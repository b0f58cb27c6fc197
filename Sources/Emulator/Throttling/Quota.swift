/// A request-rate quota: which bucket an operation draws from, its steady rate and its burst.
public struct Quota: Sendable, Hashable {
    /// Operations sharing a bucket share a name (`profiles` for every Roles Anywhere profile operation).
    public var bucket: String
    public var ratePerSecond: Double
    public var burst: Double

    public init(bucket: String, ratePerSecond: Double, burst: Double) {
        self.bucket = bucket
        self.ratePerSecond = ratePerSecond
        self.burst = burst
    }

    /// AWS's default quota for `operation` of `service` (a signing name), or nil when the emulator does not
    /// throttle it (STS).
    ///
    /// - Connect: 2 requests per second with a burst of 5, per operation (the Amazon Connect API quotas).
    /// - Roles Anywhere: 1 request per second shared by the profile operations (List/Get/Create/Update/
    ///   Delete/Enable/Disable and the attribute-mapping calls), and 1 per second shared by the tagging
    ///   operations; AWS documents no burst, the emulator allows 2.
    public static func aws(service: String, operation: String) -> Quota? {
        switch service {
        case "connect":
            return Quota(bucket: operation, ratePerSecond: 2, burst: 5)
        case "rolesanywhere":
            let tagging: Set<String> = ["TagResource", "UntagResource", "ListTagsForResource"]
            return Quota(bucket: tagging.contains(operation) ? "tagging" : "profiles", ratePerSecond: 1, burst: 2)
        default:
            return nil
        }
    }

    /// The quota multiplied by `factor` (rate and burst; a burst never drops below one request).
    public func scaled(by factor: Double) -> Quota {
        Quota(bucket: bucket, ratePerSecond: ratePerSecond * factor, burst: max(1, burst * factor))
    }
}
