/// An AWS partition: a group of regions sharing DNS suffixes (botocore's `partitions.json`).
public struct Partition: Sendable, Hashable {
    public var id: String
    public var dnsSuffix: String
    public var dualStackDnsSuffix: String
    /// The region used for global endpoints (and for STS without a region).
    public var implicitGlobalRegion: String
    private var regionPrefixes: [String]

    public static let aws = Partition(
        id: "aws",
        dnsSuffix: "amazonaws.com",
        dualStackDnsSuffix: "api.aws",
        implicitGlobalRegion: "us-east-1",
        regionPrefixes: ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"]
    )
    public static let awsChina = Partition(
        id: "aws-cn",
        dnsSuffix: "amazonaws.com.cn",
        dualStackDnsSuffix: "api.amazonwebservices.com.cn",
        implicitGlobalRegion: "cn-northwest-1",
        regionPrefixes: ["cn"]
    )
    public static let awsUSGov = Partition(
        id: "aws-us-gov",
        dnsSuffix: "amazonaws.com",
        dualStackDnsSuffix: "api.aws",
        implicitGlobalRegion: "us-gov-west-1",
        regionPrefixes: ["us-gov"]
    )

    /// The partition of `region`: the one whose pattern (`^(prefix)-\w+-\d+$`) matches, else `aws`
    /// (as botocore does for regions it does not know).
    public static func of(region: String) -> Partition {
        for partition in [awsUSGov, awsChina, aws] where partition.matches(region) {
            return partition
        }
        return aws
    }

    /// `prefix-word-digits`, with the prefix one of the partition's.
    func matches(_ region: String) -> Bool {
        for prefix in regionPrefixes where region.hasPrefix(prefix + "-") {
            let rest = region.dropFirst(prefix.count + 1).split(separator: "-", omittingEmptySubsequences: false)
            guard rest.count == 2, !rest[0].isEmpty, !rest[1].isEmpty else { continue }
            let word = rest[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let digits = rest[1].allSatisfy { $0.isASCII && $0.isNumber }
            if word && digits { return true }
        }
        return false
    }
}
