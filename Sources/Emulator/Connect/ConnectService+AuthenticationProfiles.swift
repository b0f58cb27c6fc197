import AWSModel

extension ConnectService {
    func listAuthenticationProfiles() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        let (profiles, next) = try page(instance.authenticationProfiles, scope: instance.id)
        return .read(
            paged(
                ["AuthenticationProfileSummaryList": .array(profiles.map { render.summary($0, in: instance) })],
                next: next
            )
        )
    }

    func describeAuthenticationProfile() throws(ServiceError) -> HandlerResult {
        let (_, instance) = try instance()
        let index = try authenticationProfileIndex(input.string("AuthenticationProfileId") ?? "", in: instance)
        return .read(["AuthenticationProfile": render.detail(instance.authenticationProfiles[index], in: instance)])
    }

    /// Changes only the members the request carries; IP lists are replaced whole. Names are unique within
    /// an instance.
    mutating func updateAuthenticationProfile() throws(ServiceError) -> HandlerResult {
        let (index, instance) = try instance()
        let profileIndex = try authenticationProfileIndex(input.string("AuthenticationProfileId") ?? "", in: instance)
        var profile = instance.authenticationProfiles[profileIndex]
        if let name = input.string("Name"), name != profile.name,
            instance.authenticationProfiles.contains(where: { $0.name == name })
        {
            throw ServiceError("InvalidParameterException", "An authentication profile named \(name) already exists.")
        }
        if let name = input.string("Name") { profile.name = name }
        if let description = input.string("Description") { profile.description = description }
        if let allowed = input.strings("AllowedIps") { profile.allowedIps = Self.unique(allowed) }
        if let blocked = input.strings("BlockedIps") { profile.blockedIps = Self.unique(blocked) }
        if let minutes = input.int("PeriodicSessionDuration") { profile.periodicSessionDuration = minutes }
        if let minutes = input.int("SessionInactivityDuration") { profile.sessionInactivityDuration = minutes }
        if let enabled = input.bool("SessionInactivityHandlingEnabled") {
            profile.sessionInactivityHandlingEnabled = enabled
        }
        profile.lastModifiedTime = call.now
        profile.lastModifiedRegion = call.region
        region.connectInstances[index].authenticationProfiles[profileIndex] = profile
        return .wrote(nil)
    }
}
