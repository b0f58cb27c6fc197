/// Which token bucket each operation draws from, and at what rate: the services' documented default
/// quotas, adjustable for accounts whose quotas were raised (or lowered, to leave room for others).
///
/// - Connect: every API has its own quota, 2 requests/s with a burst of 5, per account and region; the
///   operations Warden calls, ListUserHierarchyGroups and ListContactFlowModules (the ids plan checks)
///   included, are all at that default.
///   https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html
/// - Roles Anywhere: 1 request/s shared by the profile operations, and 1 request/s shared by the
///   tagging operations, per account and region.
///   https://docs.aws.amazon.com/rolesanywhere/latest/userguide/quotas.html (PutAttributeMapping and
///   DeleteAttributeMapping are not listed there; they change profiles, so they share the profile rate.)
/// - STS: not limited here.
public struct RateLimits: Sendable, Hashable {
    /// Operations sharing one bucket.
    public struct Group: Sendable, Hashable {
        public var quota: RateQuota
        public var operations: Set<String>

        public init(quota: RateQuota, operations: Set<String>) {
            self.quota = quota
            self.operations = operations
        }
    }

    /// The limits of one service.
    public struct ServiceLimits: Sendable, Hashable {
        /// The rate of each operation that is in no group and has no rate of its own; nil: unlimited.
        public var perOperation: RateQuota?
        /// Shared buckets by name.
        public var groups: [String: Group]
        /// Operations with a rate of their own.
        public var operations: [String: RateQuota]

        public init(
            perOperation: RateQuota? = nil, groups: [String: Group] = [:], operations: [String: RateQuota] = [:]
        ) {
            self.perOperation = perOperation
            self.groups = groups
            self.operations = operations
        }
    }

    /// By service id (`Connect`, `RolesAnywhere`).
    public var services: [String: ServiceLimits]

    public init(services: [String: ServiceLimits]) {
        self.services = services
    }

    public static let documentedDefaults = RateLimits(services: [
        AWSService.connect.serviceId: ServiceLimits(perOperation: RateQuota(ratePerSecond: 2, burst: 5)),
        AWSService.rolesAnywhere.serviceId: ServiceLimits(groups: [
            "profiles": Group(
                quota: RateQuota(ratePerSecond: 1, burst: 1),
                operations: [
                    "ListProfiles", "GetProfile", "CreateProfile", "UpdateProfile", "DeleteProfile", "EnableProfile",
                    "DisableProfile", "PutAttributeMapping", "DeleteAttributeMapping",
                ]
            ),
            "tagging": Group(
                quota: RateQuota(ratePerSecond: 1, burst: 1),
                operations: ["TagResource", "UntagResource", "ListTagsForResource"]
            ),
        ]),
    ])

    public static let unlimited = RateLimits(services: [:])

    /// The bucket `operation` draws from and its rate; nil when it is not limited.
    public func bucket(service: String, operation: String) -> (name: String, quota: RateQuota)? {
        guard let limits = services[service] else { return nil }
        if let quota = limits.operations[operation] { return (operation, quota) }
        for (name, group) in limits.groups.sorted(by: { $0.key < $1.key }) where group.operations.contains(operation) {
            return ("group:\(name)", group.quota)
        }
        return limits.perOperation.map { (operation, $0) }
    }

    /// Applies a comma-separated list of settings, as a `--rate-limit` option would take them:
    /// - `off`: no limits at all;
    /// - `Connect=off`: no limits for a service;
    /// - `Connect=5/10`: every operation and group of the service at 5 requests/s, burst 10;
    /// - `Connect.ListUsers=1/2`: one operation; `RolesAnywhere.profiles=2`: one group.
    ///
    /// Service names are matched without regard to case; every bad item is reported.
    public mutating func apply(_ settings: String) throws(AWSError) {
        var problems: [String] = []
        for item in settings.split(separator: ",").map({ $0.trimmingWhitespace() }) where !item.isEmpty {
            if item.lowercased() == "off" {
                services = [:]
                continue
            }
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else {
                problems.append("'\(item)' is not NAME=RATE[/BURST] or NAME=off")
                continue
            }
            let target = pair[0].split(separator: ".", maxSplits: 1).map(String.init)
            guard let service = Self.serviceId(target[0]) else {
                problems.append("'\(target[0])' is not Connect or RolesAnywhere")
                continue
            }
            let off = pair[1].lowercased() == "off"
            let quota = RateQuota(pair[1])
            guard off || quota != nil else {
                problems.append("'\(pair[1])' is not a rate like 2, 0.5 or 2/5 (requests per second / burst)")
                continue
            }
            var limits = services[service] ?? ServiceLimits()
            if target.count == 1 {
                if off {
                    services[service] = nil
                    continue
                }
                limits.perOperation = quota
                for name in limits.groups.keys { limits.groups[name]?.quota = quota! }
                for name in limits.operations.keys { limits.operations[name] = quota }
            } else if limits.groups[target[1]] != nil {
                guard let quota else {
                    problems.append("a group cannot be turned off; give it a rate")
                    continue
                }
                limits.groups[target[1]]?.quota = quota
            } else {
                limits.operations[target[1]] = quota
                if off { limits.operations[target[1]] = nil }
            }
            services[service] = limits
        }
        guard problems.isEmpty else {
            throw .configuration("Invalid rate limit settings: " + problems.joined(separator: "; ") + ".")
        }
    }

    private static func serviceId(_ name: String) -> String? {
        [AWSService.connect, .rolesAnywhere, .sts].first {
            $0.serviceId.lowercased() == name.lowercased() || $0.endpointPrefix == name.lowercased()
        }?.serviceId
    }
}
