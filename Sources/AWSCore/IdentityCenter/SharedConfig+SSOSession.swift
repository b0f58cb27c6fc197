extension SharedConfig {
    /// The settings of `[sso-session name]` in the config file (`sso_start_url`, `sso_region`,
    /// `sso_registration_scopes`), or nil when the file has no such section.
    public func ssoSession(_ name: String) -> [String: String]? {
        configFile?.section("sso-session \(name)")?.values
    }
}
