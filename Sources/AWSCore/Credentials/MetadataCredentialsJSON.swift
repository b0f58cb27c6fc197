import Foundation

/// The JSON the container endpoint and IMDS answer with:
/// `{"AccessKeyId", "SecretAccessKey", "Token", "Expiration", "Code"?}`.
struct MetadataCredentialsJSON: Decodable {
    var code: String?
    var message: String?
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var expiration: String?

    enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case token = "Token"
        case expiration = "Expiration"
    }

    static func decode(_ body: [UInt8], source: String) throws(AWSError) -> Credential {
        guard let value = try? JSONDecoder().decode(MetadataCredentialsJSON.self, from: Data(body)) else {
            throw .credentials("The \(source) answered with something that is not credentials JSON.")
        }
        if let code = value.code, code != "Success" {
            throw .credentials("The \(source) answered \(code): \(value.message ?? "no message").")
        }
        guard let keyId = value.accessKeyId, let secret = value.secretAccessKey else {
            throw .credentials("The \(source) answered without AccessKeyId and SecretAccessKey.")
        }
        var expiration: Date?
        if let text = value.expiration {
            guard let date = ISO8601.parse(text) else {
                throw .credentials("The \(source) answered with an Expiration that is not ISO-8601.")
            }
            expiration = date
        }
        return Credential(
            accessKeyId: keyId,
            secretAccessKey: secret,
            sessionToken: value.token,
            expiration: expiration,
            source: source
        )
    }
}
