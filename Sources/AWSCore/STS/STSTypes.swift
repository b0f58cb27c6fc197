import Foundation

/// The input of STS AssumeRole (the members Warden uses, with the model's names).
public struct AssumeRoleRequest: Sendable, Hashable {
    public var roleArn: String
    public var roleSessionName: String
    public var policyArns: [String]?
    public var policy: String?
    public var durationSeconds: Int?
    public var tags: [STSTag]?
    public var transitiveTagKeys: [String]?
    public var externalId: String?
    public var serialNumber: String?
    public var tokenCode: String?
    public var sourceIdentity: String?

    public init(
        roleArn: String,
        roleSessionName: String,
        policyArns: [String]? = nil,
        policy: String? = nil,
        durationSeconds: Int? = nil,
        tags: [STSTag]? = nil,
        transitiveTagKeys: [String]? = nil,
        externalId: String? = nil,
        serialNumber: String? = nil,
        tokenCode: String? = nil,
        sourceIdentity: String? = nil
    ) {
        self.roleArn = roleArn
        self.roleSessionName = roleSessionName
        self.policyArns = policyArns
        self.policy = policy
        self.durationSeconds = durationSeconds
        self.tags = tags
        self.transitiveTagKeys = transitiveTagKeys
        self.externalId = externalId
        self.serialNumber = serialNumber
        self.tokenCode = tokenCode
        self.sourceIdentity = sourceIdentity
    }
}

/// The input of STS AssumeRoleWithWebIdentity.
public struct AssumeRoleWithWebIdentityRequest: Sendable, Hashable {
    public var roleArn: String
    public var roleSessionName: String
    public var webIdentityToken: String
    public var providerId: String?
    public var policyArns: [String]?
    public var policy: String?
    public var durationSeconds: Int?

    public init(
        roleArn: String,
        roleSessionName: String,
        webIdentityToken: String,
        providerId: String? = nil,
        policyArns: [String]? = nil,
        policy: String? = nil,
        durationSeconds: Int? = nil
    ) {
        self.roleArn = roleArn
        self.roleSessionName = roleSessionName
        self.webIdentityToken = webIdentityToken
        self.providerId = providerId
        self.policyArns = policyArns
        self.policy = policy
        self.durationSeconds = durationSeconds
    }
}

/// A session tag (`Key`, `Value`).
public struct STSTag: Sendable, Hashable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The temporary credentials and role of an AssumeRole or AssumeRoleWithWebIdentity answer.
public struct AssumeRoleResponse: Sendable, Hashable {
    public var credentials: Credential
    public var assumedRoleArn: String?
    public var assumedRoleId: String?
    public var packedPolicySize: Int?
    public var sourceIdentity: String?
    /// AssumeRoleWithWebIdentity only.
    public var subjectFromWebIdentityToken: String?
    public var provider: String?
    public var audience: String?
}

/// The answer of GetCallerIdentity.
public struct CallerIdentity: Sendable, Hashable {
    public var userId: String
    public var account: String
    public var arn: String

    public init(userId: String, account: String, arn: String) {
        self.userId = userId
        self.account = account
        self.arn = arn
    }
}
