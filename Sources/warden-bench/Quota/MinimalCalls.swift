import DesiredState

/// The fewest calls, per operation, that a plan or an apply of a fleet needs — worked out from the APIs,
/// not from what Warden happens to do, so the benchmark can show when Warden makes more.
///
/// A plan must identify the account (STS), find the instances (one ListInstances page per 10), list each
/// instance's profiles of each kind (one page per 1,000) and the Roles Anywhere profiles (one page per
/// 1,000; a listed profile carries every field but its tags), then read what listing does not return:
/// DescribeSecurityProfile and the permission, application and flow-module lists of every security profile,
/// DescribeAuthenticationProfile, and Roles Anywhere ListTagsForResource. An apply is a plan, then for each
/// changed resource the re-read Warden's stale-plan check makes (issue 6: re-read before writing, and
/// compare) and the writes of its change.
enum MinimalCalls {
    static func plan(_ fleet: Fleet) -> CallCounts {
        let shape = fleet.shape
        var calls: CallCounts = [.sts("GetCallerIdentity"): 1]
        if shape.instances > 0 {
            calls[.connect("ListInstances")] = pages(shape.instances, of: 10)
            calls[.connect("ListAuthenticationProfiles")] = shape.instances
        }
        for instance in fleet.instances {
            calls[.connect("ListSecurityProfiles"), default: 0] += pages(instance.securityProfiles.count, of: 1_000)
            for _ in instance.authenticationProfiles { calls = calls.adding(reads(.authenticationProfile)) }
            for _ in instance.securityProfiles { calls = calls.adding(reads(.securityProfile)) }
        }
        if shape.rolesAnywhereProfiles > 0 {
            calls[.rolesAnywhere("ListProfiles")] = pages(shape.rolesAnywhereProfiles, of: 1_000)
            calls[.rolesAnywhere("ListTagsForResource")] = shape.rolesAnywhereProfiles
        }
        return calls
    }

    /// A plan of the changed fleet, the stale-plan re-reads of the changed resources, and their writes.
    static func apply(_ fleet: Fleet) -> CallCounts {
        var calls = plan(fleet)
        for (resource, change) in fleet.changes {
            calls = calls.adding(reread(resource.kind))
            for write in change.writes { calls[write, default: 0] += 1 }
        }
        return calls
    }

    /// The writes alone of `fleet.changed()`.
    static func writes(_ fleet: Fleet) -> CallCounts {
        var calls: CallCounts = [:]
        for (_, change) in fleet.changes {
            for write in change.writes { calls[write, default: 0] += 1 }
        }
        return calls
    }

    /// What a plan reads of one listed resource with every field managed.
    static func reads(_ kind: ResourceKind) -> CallCounts {
        switch kind {
        case .securityProfile:
            [
                .connect("DescribeSecurityProfile"): 1, .connect("ListSecurityProfilePermissions"): 1,
                .connect("ListSecurityProfileApplications"): 1, .connect("ListSecurityProfileFlowModules"): 1,
            ]
        case .authenticationProfile: [.connect("DescribeAuthenticationProfile"): 1]
        default: [:]
        }
    }

    /// What re-reading one resource takes: a plan's reads, and for a Roles Anywhere profile, which no list
    /// call is made for, GetProfile and its tags.
    static func reread(_ kind: ResourceKind) -> CallCounts {
        switch kind {
        case .rolesAnywhereProfile: [.rolesAnywhere("GetProfile"): 1, .rolesAnywhere("ListTagsForResource"): 1]
        default: reads(kind)
        }
    }

    private static func pages(_ items: Int, of size: Int) -> Int {
        max(1, (items + size - 1) / size)
    }
}
