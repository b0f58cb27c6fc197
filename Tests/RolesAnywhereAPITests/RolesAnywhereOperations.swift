import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import RolesAnywhereAPI

/// Calls the typed method of `operation` with `input` (JSON with the model's member names) and
/// returns its output as JSON with the model's member names.
func invoke(_ rolesAnywhere: RolesAnywhereClient, _ operation: String, _ input: Data) async throws -> JSONValue {
    func decode<Input: Decodable>(_ type: Input.Type) throws -> Input { try JSONDecoder().decode(type, from: input) }
    switch operation {
    case "ListProfiles": return try jsonOfOutput(try await rolesAnywhere.listProfiles(decode(ListRequest.self)))
    case "GetProfile": return try jsonOfOutput(try await rolesAnywhere.getProfile(decode(ScalarProfileRequest.self)))
    case "CreateProfile":
        return try jsonOfOutput(try await rolesAnywhere.createProfile(decode(CreateProfileRequest.self)))
    case "UpdateProfile":
        return try jsonOfOutput(try await rolesAnywhere.updateProfile(decode(UpdateProfileRequest.self)))
    case "DeleteProfile":
        return try jsonOfOutput(try await rolesAnywhere.deleteProfile(decode(ScalarProfileRequest.self)))
    case "EnableProfile":
        return try jsonOfOutput(try await rolesAnywhere.enableProfile(decode(ScalarProfileRequest.self)))
    case "DisableProfile":
        return try jsonOfOutput(try await rolesAnywhere.disableProfile(decode(ScalarProfileRequest.self)))
    case "PutAttributeMapping":
        return try jsonOfOutput(try await rolesAnywhere.putAttributeMapping(decode(PutAttributeMappingRequest.self)))
    case "DeleteAttributeMapping":
        return try jsonOfOutput(
            try await rolesAnywhere.deleteAttributeMapping(decode(DeleteAttributeMappingRequest.self))
        )
    case "TagResource": return try jsonOfOutput(try await rolesAnywhere.tagResource(decode(TagResourceRequest.self)))
    case "UntagResource":
        return try jsonOfOutput(try await rolesAnywhere.untagResource(decode(UntagResourceRequest.self)))
    case "ListTagsForResource":
        return try jsonOfOutput(try await rolesAnywhere.listTagsForResource(decode(ListTagsForResourceRequest.self)))
    default:
        throw UnknownOperation(name: operation)
    }
}

struct UnknownOperation: Error {
    var name: String
}

/// A valid input for each operation, for calls whose request is not under test.
let sampleInputs: [String: JSONValue] = {
    let profile: JSONValue = ["profileId": "a1b2c3d4-5678-90ab-cdef-0123456789ab"]
    let arn: JSONValue = "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/x"
    return [
        "ListProfiles": [:],
        "GetProfile": profile,
        "CreateProfile": ["name": "p", "roleArns": []],
        "UpdateProfile": profile,
        "DeleteProfile": profile,
        "EnableProfile": profile,
        "DisableProfile": profile,
        "PutAttributeMapping": [
            "profileId": "a1b2c3d4-5678-90ab-cdef-0123456789ab", "certificateField": "x509Subject",
            "mappingRules": [["specifier": "CN"]],
        ],
        "DeleteAttributeMapping": ["profileId": "a1b2c3d4-5678-90ab-cdef-0123456789ab", "certificateField": "x509SAN"],
        "TagResource": ["resourceArn": arn, "tags": [["key": "a", "value": "b"]]],
        "UntagResource": ["resourceArn": arn, "tagKeys": ["a"]],
        "ListTagsForResource": ["resourceArn": arn],
    ]
}()

/// The operations of DESIGN.md section 1.
let operationsInScope: Set<String> = [
    "ListProfiles", "GetProfile", "CreateProfile", "UpdateProfile", "DeleteProfile", "EnableProfile", "DisableProfile",
    "PutAttributeMapping", "DeleteAttributeMapping", "TagResource", "UntagResource", "ListTagsForResource",
]

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
