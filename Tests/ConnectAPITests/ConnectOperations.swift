import AWSCore
import AWSModel
import AWSTestSupport
import ConnectAPI
import Foundation

/// Calls the typed method of `operation` with `input` (JSON with the model's member names) and
/// returns its output as JSON with the model's member names (nil for operations without output).
func invoke(_ connect: ConnectClient, _ operation: String, _ input: Data) async throws -> JSONValue? {
    func decode<Input: Decodable>(_ type: Input.Type) throws -> Input { try JSONDecoder().decode(type, from: input) }
    switch operation {
    case "ListInstances":
        return try jsonOfOutput(try await connect.listInstances(decode(ListInstancesRequest.self)))
    case "DescribeInstance":
        return try jsonOfOutput(try await connect.describeInstance(decode(DescribeInstanceRequest.self)))
    case "ListAuthenticationProfiles":
        return try jsonOfOutput(
            try await connect.listAuthenticationProfiles(decode(ListAuthenticationProfilesRequest.self)))
    case "DescribeAuthenticationProfile":
        return try jsonOfOutput(
            try await connect.describeAuthenticationProfile(decode(DescribeAuthenticationProfileRequest.self))
        )
    case "UpdateAuthenticationProfile":
        try await connect.updateAuthenticationProfile(decode(UpdateAuthenticationProfileRequest.self))
        return nil
    case "ListSecurityProfiles":
        return try jsonOfOutput(try await connect.listSecurityProfiles(decode(ListSecurityProfilesRequest.self)))
    case "DescribeSecurityProfile":
        return try jsonOfOutput(try await connect.describeSecurityProfile(decode(DescribeSecurityProfileRequest.self)))
    case "CreateSecurityProfile":
        return try jsonOfOutput(try await connect.createSecurityProfile(decode(CreateSecurityProfileRequest.self)))
    case "UpdateSecurityProfile":
        try await connect.updateSecurityProfile(decode(UpdateSecurityProfileRequest.self))
        return nil
    case "DeleteSecurityProfile":
        try await connect.deleteSecurityProfile(decode(DeleteSecurityProfileRequest.self))
        return nil
    case "ListSecurityProfilePermissions":
        return try jsonOfOutput(
            try await connect.listSecurityProfilePermissions(decode(ListSecurityProfilePermissionsRequest.self))
        )
    case "ListSecurityProfileApplications":
        return try jsonOfOutput(
            try await connect.listSecurityProfileApplications(decode(ListSecurityProfileApplicationsRequest.self))
        )
    case "ListSecurityProfileFlowModules":
        return try jsonOfOutput(
            try await connect.listSecurityProfileFlowModules(decode(ListSecurityProfileFlowModulesRequest.self))
        )
    case "ListUserHierarchyGroups":
        return try jsonOfOutput(try await connect.listUserHierarchyGroups(decode(ListUserHierarchyGroupsRequest.self)))
    case "TagResource":
        try await connect.tagResource(decode(TagResourceRequest.self))
        return nil
    case "UntagResource":
        try await connect.untagResource(decode(UntagResourceRequest.self))
        return nil
    case "ListTagsForResource":
        return try jsonOfOutput(try await connect.listTagsForResource(decode(ListTagsForResourceRequest.self)))
    case "UpdateParticipantAuthentication":
        return try jsonOfOutput(
            try await connect.updateParticipantAuthentication(decode(UpdateParticipantAuthenticationRequest.self))
        )
    default:
        throw UnknownOperation(name: operation)
    }
}

struct UnknownOperation: Error {
    var name: String
}

/// A valid input for each operation, for calls whose request is not under test.
let sampleInputs: [String: JSONValue] = {
    let instance: JSONValue = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
    let profile: JSONValue = "11111111-2222-3333-4444-555555555555"
    let arn: JSONValue = "arn:aws:connect:eu-west-2:111122223333:instance/x"
    return [
        "ListInstances": [:],
        "DescribeInstance": ["InstanceId": instance],
        "ListAuthenticationProfiles": ["InstanceId": instance],
        "DescribeAuthenticationProfile": ["InstanceId": instance, "AuthenticationProfileId": profile],
        "UpdateAuthenticationProfile": ["InstanceId": instance, "AuthenticationProfileId": profile],
        "ListSecurityProfiles": ["InstanceId": instance],
        "DescribeSecurityProfile": ["InstanceId": instance, "SecurityProfileId": profile],
        "CreateSecurityProfile": ["InstanceId": instance, "SecurityProfileName": "Agent"],
        "UpdateSecurityProfile": ["InstanceId": instance, "SecurityProfileId": profile],
        "DeleteSecurityProfile": ["InstanceId": instance, "SecurityProfileId": profile],
        "ListSecurityProfilePermissions": ["InstanceId": instance, "SecurityProfileId": profile],
        "ListSecurityProfileApplications": ["InstanceId": instance, "SecurityProfileId": profile],
        "ListSecurityProfileFlowModules": ["InstanceId": instance, "SecurityProfileId": profile],
        "ListUserHierarchyGroups": ["InstanceId": instance],
        "TagResource": ["resourceArn": arn, "tags": ["a": "b"]],
        "UntagResource": ["resourceArn": arn, "tagKeys": ["a"]],
        "ListTagsForResource": ["resourceArn": arn],
        "UpdateParticipantAuthentication": ["InstanceId": instance, "State": "s"],
    ]
}()

/// The operations of DESIGN.md section 1.
let operationsInScope: Set<String> = [
    "ListInstances", "DescribeInstance", "ListAuthenticationProfiles", "DescribeAuthenticationProfile",
    "UpdateAuthenticationProfile", "ListSecurityProfiles", "DescribeSecurityProfile", "CreateSecurityProfile",
    "UpdateSecurityProfile", "DeleteSecurityProfile", "ListSecurityProfilePermissions",
    "ListSecurityProfileApplications",
    "ListSecurityProfileFlowModules", "ListUserHierarchyGroups", "TagResource", "UntagResource", "ListTagsForResource",
    "UpdateParticipantAuthentication",
]

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
