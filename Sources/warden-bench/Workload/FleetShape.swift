/// How big a generated account is: Connect instances with one authentication profile and some security
/// profiles each, and Roles Anywhere profiles, all in one region of one account.
struct FleetShape: Sendable, Hashable {
    var instances: Int
    var securityProfilesPerInstance: Int
    var rolesAnywhereProfiles: Int
    var region = "eu-west-2"
    var accountId = "111122223333"

    /// Every managed resource: the authentication and security profiles of each instance, and the Roles
    /// Anywhere profiles.
    var resourceCount: Int { instances * (1 + securityProfilesPerInstance) + rolesAnywhereProfiles }

    /// The account of the benchmarks at quota: 3 instances of 100 security profiles (AWS's default quota
    /// of security profiles per instance, the 4 AWS defaults included), and 200 Roles Anywhere profiles.
    static let atQuota = FleetShape(instances: 3, securityProfilesPerInstance: 100, rolesAnywhereProfiles: 200)

    /// The offline benchmark's 10,000 resources: 40 instances of 1 authentication and 199 security
    /// profiles, and 2,000 Roles Anywhere profiles.
    static let offline = FleetShape(instances: 40, securityProfilesPerInstance: 199, rolesAnywhereProfiles: 2_000)
}
