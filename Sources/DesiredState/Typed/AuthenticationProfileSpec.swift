/// Typed read access to an authentication profile's fields; `nil` means the file does not manage the field.
public struct AuthenticationProfileSpec: Sendable, Hashable {
    public let resource: Resource

    /// `nil` unless `resource` is an authentication profile.
    public init?(_ resource: Resource) {
        guard resource.kind == .authenticationProfile else { return nil }
        self.resource = resource
    }

    public var id: String? { resource.string("id") }
    public var name: String? { resource.string("name") }
    public var description: Template? { resource.template("description") }
    public var allowedIps: [Template]? { resource.templates("allowedIps") }
    public var blockedIps: [Template]? { resource.templates("blockedIps") }
    public var periodicSessionDuration: Int? { resource.integer("periodicSessionDuration") }
    /// `sessionInactivity.enabled`: AWS `SessionInactivityHandlingEnabled`.
    public var sessionInactivityEnabled: Bool? { resource[field: "sessionInactivity"]?.value["enabled"]?.value.boolean }
    /// `sessionInactivity.duration`: AWS `SessionInactivityDuration`.
    public var sessionInactivityDuration: Int? {
        resource[field: "sessionInactivity"]?.value["duration"]?.value.integer
    }
}
