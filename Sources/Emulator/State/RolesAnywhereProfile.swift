public import Foundation

/// An IAM Roles Anywhere profile.
public struct RolesAnywhereProfile: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var enabled: Bool
    public var requireInstanceProperties: Bool
    public var sessionPolicy: String?
    public var roleArns: [String]
    public var managedPolicyArns: [String]
    public var durationSeconds: Int
    public var acceptRoleSessionName: Bool
    public var attributeMappings: [AttributeMapping]
    /// In the order they were added; keys are unique.
    public var tags: [Tag]
    public var createdAt: Date
    public var updatedAt: Date
    /// The ARN of the principal that created the profile.
    public var createdBy: String

    public init(
        id: String,
        name: String,
        enabled: Bool = false,
        requireInstanceProperties: Bool = false,
        sessionPolicy: String? = nil,
        roleArns: [String] = [],
        managedPolicyArns: [String] = [],
        durationSeconds: Int = 3600,
        acceptRoleSessionName: Bool = false,
        attributeMappings: [AttributeMapping] = AttributeMapping.awsDefaults,
        tags: [Tag] = [],
        createdAt: Date,
        updatedAt: Date,
        createdBy: String
    ) {
        self.id = id
        self.name = name
        self.enabled = enabled
        self.requireInstanceProperties = requireInstanceProperties
        self.sessionPolicy = sessionPolicy
        self.roleArns = roleArns
        self.managedPolicyArns = managedPolicyArns
        self.durationSeconds = durationSeconds
        self.acceptRoleSessionName = acceptRoleSessionName
        self.attributeMappings = attributeMappings
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdBy = createdBy
    }

    /// A Roles Anywhere tag (a list of key/value pairs on the wire, unlike Connect's maps).
    public struct Tag: Codable, Sendable, Hashable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }
}

/// Which parts of a certificate field become session tags.
public struct AttributeMapping: Codable, Sendable, Hashable {
    /// `x509Subject`, `x509Issuer` or `x509SAN`.
    public var certificateField: String
    public var specifiers: [String]

    public init(certificateField: String, specifiers: [String]) {
        self.certificateField = certificateField
        self.specifiers = specifiers
    }

    /// The mappings AWS gives a new profile (IAM Roles Anywhere User Guide, "Default mapping behavior"):
    /// every RDN of the issuer and the subject, and the first DNS name, URI and directory name of the SAN.
    public static let awsDefaults = [
        AttributeMapping(certificateField: "x509Issuer", specifiers: ["*"]),
        AttributeMapping(certificateField: "x509SAN", specifiers: ["DNS", "URI", "Name/*"]),
        AttributeMapping(certificateField: "x509Subject", specifiers: ["*"]),
    ]
}
