public import Foundation

/// A Connect authentication profile: IP restrictions and session timeouts. The API can read and update
/// them but not create or delete them.
public struct AuthenticationProfile: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var allowedIps: [String]
    public var blockedIps: [String]
    public var isDefault: Bool
    public var createdTime: Date
    public var lastModifiedTime: Date
    public var lastModifiedRegion: String
    /// Minutes, 10-60.
    public var periodicSessionDuration: Int?
    /// Minutes, 360-720 (read-only through the API).
    public var maxSessionDuration: Int?
    /// Minutes, 15-720.
    public var sessionInactivityDuration: Int?
    public var sessionInactivityHandlingEnabled: Bool?

    public init(
        id: String,
        name: String,
        description: String? = nil,
        allowedIps: [String] = [],
        blockedIps: [String] = [],
        isDefault: Bool = false,
        createdTime: Date,
        lastModifiedTime: Date,
        lastModifiedRegion: String,
        periodicSessionDuration: Int? = 60,
        maxSessionDuration: Int? = 720,
        sessionInactivityDuration: Int? = 60,
        sessionInactivityHandlingEnabled: Bool? = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.allowedIps = allowedIps
        self.blockedIps = blockedIps
        self.isDefault = isDefault
        self.createdTime = createdTime
        self.lastModifiedTime = lastModifiedTime
        self.lastModifiedRegion = lastModifiedRegion
        self.periodicSessionDuration = periodicSessionDuration
        self.maxSessionDuration = maxSessionDuration
        self.sessionInactivityDuration = sessionInactivityDuration
        self.sessionInactivityHandlingEnabled = sessionInactivityHandlingEnabled
    }

    /// The profile every instance starts with: named `Default`, no IP restrictions, a 60-minute periodic
    /// re-authentication, a 720-minute (12 hour) maximum session, inactivity handling off (60 minutes).
    public static func awsDefault(instanceId: String, region: String, createdTime: Date) -> AuthenticationProfile {
        AuthenticationProfile(
            id: DerivedIdentifier.uuid("authentication-profile", instanceId, "Default"),
            name: "Default",
            description: "Default authentication profile",
            isDefault: true,
            createdTime: createdTime,
            lastModifiedTime: createdTime,
            lastModifiedRegion: region
        )
    }
}
