/// What a profile says about IAM Identity Center, resolved as botocore's `SSOProvider` resolves it: the
/// account and role in the profile, the start URL and region either in the profile's `[sso-session NAME]`
/// section (`sso_session = NAME`) or, in the older form, in the profile itself.
public struct IdentityCenterSettings: Sendable, Hashable {
    /// The profile that holds the settings (the one `aws sso login --profile` signs in with).
    public var profileName: String
    /// `sso_session`: nil for the older form, whose settings are all in the profile.
    public var sessionName: String?
    public var startURL: String
    /// `sso_region`: where the portal and the OIDC service of the Identity Center instance are.
    public var region: String
    public var accountId: String
    public var roleName: String

    /// The settings of `profile`; nil when it names neither `sso_account_id` nor `sso_role_name` (it is not an
    /// Identity Center profile). A profile that names one of them but lacks something else is an error.
    public init?(profile: SharedConfig.Profile, config: SharedConfig) throws(AWSError) {
        guard profile["sso_account_id"] != nil || profile["sso_role_name"] != nil else { return nil }
        let name = profile.name
        var values = profile.values.filter { !$0.value.isEmpty }
        let sessionName = profile["sso_session"]
        if let sessionName {
            guard let session = config.ssoSession(sessionName) else {
                throw .credentials(
                    "Profile \(name) names sso_session \(sessionName), but \(config.configPath) has no "
                        + "[sso-session \(sessionName)] section.",
                    code: "InvalidConfig"
                )
            }
            for (key, value) in session.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
                if let own = values[key], own != value {
                    throw .credentials(
                        "Profile \(name) sets \(key) = \(own), but its sso-session \(sessionName) sets \(key) = "
                            + "\(value); remove it from the profile or make them the same.",
                        code: "InvalidConfig"
                    )
                }
                values[key] = value
            }
        }
        let required = ["sso_start_url", "sso_region", "sso_account_id", "sso_role_name"]
        let missing = required.filter { values[$0] == nil }
        guard missing.isEmpty else {
            let place = sessionName.map { " (in the profile or its [sso-session \($0)] section)" } ?? ""
            throw .credentials(
                "Profile \(name) uses IAM Identity Center but does not set "
                    + missing.joined(separator: ", ") + place + ".",
                code: "InvalidConfig"
            )
        }
        let region = values["sso_region", default: ""]
        guard StandardEndpoint.isValidRegion(region) else {
            throw .configuration("Invalid sso_region '\(region)' (from profile \(name)).", code: "InvalidRegion")
        }
        self.profileName = name
        self.sessionName = sessionName
        startURL = values["sso_start_url", default: ""]
        self.region = region
        accountId = values["sso_account_id", default: ""]
        roleName = values["sso_role_name", default: ""]
    }

    /// What the AWS CLI keys the token cache by: the session name, or the start URL in the older form.
    public var tokenCacheKey: String { sessionName ?? startURL }

    /// How messages name what the token belongs to.
    var tokenDescription: String {
        sessionName.map { "sso-session \($0)" } ?? "start URL \(startURL)"
    }

    /// The advice every "no usable token" error ends with.
    var loginAdvice: String { #"run "aws sso login --profile \#(profileName)""# }
}
