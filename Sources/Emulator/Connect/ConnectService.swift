import AWSModel
import Foundation

/// Amazon Connect: the operations of DESIGN.md section 1 over the instances of the caller's account in one
/// region.
struct ConnectService: EmulatedService {
    let call: Invocation
    var region: RegionState
    var random: SeededRandom

    var render: ConnectRendering { ConnectRendering(region: call.region, accountId: call.accountId) }
    var input: JSONValue { call.input }

    mutating func dispatch() throws(ServiceError) -> HandlerResult {
        switch call.operation {
        case "ListInstances": return try listInstances()
        case "DescribeInstance": return try describeInstance()
        case "ListSecurityProfiles": return try listSecurityProfiles()
        case "DescribeSecurityProfile": return try describeSecurityProfile()
        case "CreateSecurityProfile": return try createSecurityProfile()
        case "UpdateSecurityProfile": return try updateSecurityProfile()
        case "DeleteSecurityProfile": return try deleteSecurityProfile()
        case "ListSecurityProfilePermissions": return try listSecurityProfilePermissions()
        case "ListSecurityProfileApplications": return try listSecurityProfileApplications()
        case "ListSecurityProfileFlowModules": return try listSecurityProfileFlowModules()
        case "ListAuthenticationProfiles": return try listAuthenticationProfiles()
        case "DescribeAuthenticationProfile": return try describeAuthenticationProfile()
        case "UpdateAuthenticationProfile": return try updateAuthenticationProfile()
        case "ListUserHierarchyGroups": return try listUserHierarchyGroups()
        case "ListContactFlowModules": return try listContactFlowModules()
        case "TagResource": return try tagResource()
        case "UntagResource": return try untagResource()
        case "ListTagsForResource": return try listTagsForResource()
        case "UpdateParticipantAuthentication": return try updateParticipantAuthentication()
        default:
            throw ServiceError("InvalidRequestException", "Operation \(call.operation) is not supported.")
        }
    }

    // MARK: Lookups

    /// The index of the instance `reference` names: its id, or its ARN in this account and region.
    func instanceIndex(_ reference: String) throws(ServiceError) -> Int {
        var id = reference
        if reference.hasPrefix("arn:") {
            guard let arn = ConnectARN(reference), arn.resource == nil, arn.region == call.region,
                arn.accountId == call.accountId
            else { throw ServiceError("ResourceNotFoundException", "Instance \(reference) not found") }
            id = arn.instanceId
        }
        guard let index = region.connectInstances.firstIndex(where: { $0.id == id }) else {
            throw ServiceError("ResourceNotFoundException", "Instance \(reference) not found")
        }
        return index
    }

    /// The instance named by the input's `InstanceId`.
    func instance() throws(ServiceError) -> (index: Int, instance: ConnectInstance) {
        let index = try instanceIndex(input.string("InstanceId") ?? "")
        return (index, region.connectInstances[index])
    }

    func securityProfileIndex(_ id: String, in instance: ConnectInstance) throws(ServiceError) -> Int {
        guard let index = instance.securityProfiles.firstIndex(where: { $0.id == id }) else {
            throw ServiceError("ResourceNotFoundException", "Security profile \(id) not found")
        }
        return index
    }

    func authenticationProfileIndex(_ id: String, in instance: ConnectInstance) throws(ServiceError) -> Int {
        guard let index = instance.authenticationProfiles.firstIndex(where: { $0.id == id }) else {
            throw ServiceError("ResourceNotFoundException", "Authentication profile \(id) not found")
        }
        return index
    }

    // MARK: Pagination

    /// The page the input's `NextToken` and `MaxResults` select (default page size 100, as AWS documents
    /// for Connect's List operations; ListInstances at most 10).
    func page<Item>(_ items: [Item], scope: String, defaultSize: Int = 100) throws(ServiceError) -> (
        items: [Item], next: String?
    ) {
        do {
            return try Pagination(operation: call.operation, scope: scope).page(
                items,
                size: input.int("MaxResults") ?? defaultSize,
                token: input.string("NextToken")
            )
        } catch {
            throw ServiceError("InvalidParameterException", "The NextToken provided is not valid.")
        }
    }

    /// Adds `NextToken` to a List output when there is a next page.
    func paged(_ members: [String: JSONValue], next: String?) -> JSONValue {
        var members = members
        if let next { members["NextToken"] = .string(next) }
        return .object(members)
    }
}

extension ConnectService {
    static func scope(of call: Invocation) -> WritableKeyPath<EmulatorState, RegionState> {
        \EmulatorState.[account: call.accountId, region: call.region]
    }

    init(call: Invocation, scope: RegionState, random: SeededRandom) {
        self.init(call: call, region: scope, random: random)
    }

    var scope: RegionState { region }
}
