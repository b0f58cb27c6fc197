import AWSCore
import AWSModel
import AWSTestSupport
import Foundation
import Testing

/// The rest-json client, the one every plan, apply and import goes through, checked against botocore: each
/// operation in scope sends exactly the request botocore's serializer builds for the same input
/// (`Fixtures/<service>/requests.json`), and reads each sample answer as botocore's parser does
/// (`responses.json`). Both files are written by the `generate.py` beside them.
@Suite struct RestJSONWireTests {
    /// A service under test: its model and the operations of DESIGN.md section 1.
    struct Service: Sendable, CustomStringConvertible {
        var model: ServiceModel
        var folder: String
        var operations: Set<String>
        var description: String { folder }
    }

    static let connect = Service(
        model: .connect, folder: "connect",
        operations: [
            "ListInstances", "DescribeInstance", "ListAuthenticationProfiles", "DescribeAuthenticationProfile",
            "UpdateAuthenticationProfile", "ListSecurityProfiles", "DescribeSecurityProfile", "CreateSecurityProfile",
            "UpdateSecurityProfile", "DeleteSecurityProfile", "ListSecurityProfilePermissions",
            "ListSecurityProfileApplications", "ListSecurityProfileFlowModules", "ListUserHierarchyGroups",
            "TagResource", "UntagResource", "ListTagsForResource", "UpdateParticipantAuthentication",
        ])
    static let rolesAnywhere = Service(
        model: .rolesAnywhere, folder: "rolesanywhere",
        operations: [
            "ListProfiles", "GetProfile", "CreateProfile", "UpdateProfile", "DeleteProfile", "EnableProfile",
            "DisableProfile", "PutAttributeMapping", "DeleteAttributeMapping", "TagResource", "UntagResource",
            "ListTagsForResource",
        ])
    static let services = [connect, rolesAnywhere]

    static func fixture(_ service: Service, _ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent(service.folder).appendingPathComponent(name)
    }

    static let requests: [(Service, BotocoreRequest)] = services.flatMap { service in
        BotocoreRequest.load(fixture(service, "requests.json")).map { (service, $0) }
    }
    static let responses: [(Service, BotocoreResponse)] = services.flatMap { service in
        BotocoreResponse.load(fixture(service, "responses.json")).map { (service, $0) }
    }

    private func client(_ service: Service, _ transport: ScriptedTransport, attempts: Int? = nil) throws
        -> RestJSONClient
    {
        let variables = attempts.map { ["AWS_MAX_ATTEMPTS": "\($0)"] } ?? [:]
        return RestJSONClient(
            client: try makeTestClient(transport: transport, variables: variables), model: service.model)
    }

    @Test(arguments: services)
    func everyOperationInScopeHasARequestAndAnAnswer(service: Service) {
        #expect(Set(Self.requests.filter { $0.0.folder == service.folder }.map(\.1.operation)) == service.operations)
        let successes = Self.responses.filter { $0.0.folder == service.folder && $0.1.error == nil }
        #expect(Set(successes.map(\.1.operation)) == service.operations)
    }

    @Test(arguments: requests)
    func sendsWhatBotocoreSends(service: Service, expected: BotocoreRequest) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, "{}")])
        _ = try await client(service, transport).call(expected.operation, input: expected.input)
        let sent = try #require(transport.requests.first)
        #expect(expected.differences(from: sent) == [])
        #expect(sent.url.hasPrefix("https://\(service.model.endpointPrefix).eu-west-2.amazonaws.com/"))
    }

    @Test(arguments: responses.filter { $0.1.error == nil })
    func readsAnswersAsBotocoreParsesThem(service: Service, expected: BotocoreResponse) async throws {
        let transport = ScriptedTransport([.response(expected.response)])
        let input = try #require(Self.sampleInput(service, expected.operation))
        let output = try await client(service, transport).call(expected.operation, input: input)
        #expect(
            Self.equivalent(output, expected.parsed), "\(output.serialized()) vs \(expected.parsed.serialized())")
    }

    @Test(arguments: responses.filter { $0.1.error != nil })
    func readsErrorsAsBotocoreParsesThem(service: Service, expected: BotocoreResponse) async throws {
        let botocore = try #require(expected.error)
        let transport = ScriptedTransport([.response(expected.response)])
        let input = try #require(Self.sampleInput(service, expected.operation))
        await #expect {
            _ = try await client(service, transport, attempts: 1).call(expected.operation, input: input)
        } throws: { error in
            guard let error = error as? AWSError else { return false }
            return error.code == botocore.code && error.message == botocore.message
                && error.httpStatus == expected.status && error.requestId == "request-\(expected.name)"
                && error.operation == "\(service.model.serviceID).\(expected.operation)"
        }
    }

    @Test func aMissingRequiredMemberIsRefusedBeforeSending() async throws {
        let transport = ScriptedTransport([])
        await #expect {
            try await client(Self.connect, transport).call("DescribeSecurityProfile", input: ["InstanceId": "i-1"])
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .validation
                && error?.message
                    == "1 validation error detected: Value null at 'securityProfileId' failed to satisfy constraint: "
                    + "Member must not be null"
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func anAnswerThatIsNotJSONIsAnInvalidResponse() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"SecurityProfile":"#)])
        await #expect {
            try await client(Self.connect, transport).call(
                "DescribeSecurityProfile", input: ["InstanceId": "i", "SecurityProfileId": "p"])
        } throws: { error in
            (error as? AWSError)?.kind == .invalidResponse
        }
    }

    // MARK: Pagination

    @Test func followsNextTokenWithTheLargestPageSize() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(
                200, #"{"SecurityProfileSummaryList":[{"Name":"A"},{"Name":"B"}],"NextToken":"t/2"}"#),
            ScriptedTransport.json(200, #"{"SecurityProfileSummaryList":[{"Name":"C"}],"NextToken":"t3"}"#),
            ScriptedTransport.json(200, #"{"SecurityProfileSummaryList":[{"Name":"D"}]}"#),
        ])
        let summaries = try await client(Self.connect, transport).listAll(
            "ListSecurityProfiles", input: ["InstanceId": "i-1"])
        #expect(summaries.compactMap { $0["Name"]?.stringValue } == ["A", "B", "C", "D"])
        #expect(
            transport.requests.map(\.target) == [
                "/security-profiles-summary/i-1?maxResults=1000",
                "/security-profiles-summary/i-1?maxResults=1000&nextToken=t%2F2",
                "/security-profiles-summary/i-1?maxResults=1000&nextToken=t3",
            ])
    }

    @Test func listInstancesAsksForTenAtATime() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, #"{"InstanceSummaryList":[]}"#)])
        let instances = try await client(Self.connect, transport).listAll("ListInstances", input: [:])
        #expect(instances.isEmpty)
        #expect(transport.requests.map(\.target) == ["/instance?maxResults=10"])
    }

    @Test func aPageSizeIsKeptWithinTheModelsMaximum() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"Permissions":["A"]}"#),
            ScriptedTransport.json(200, #"{"Permissions":["B"]}"#),
            ScriptedTransport.json(200, #"{"Permissions":["C"]}"#),
        ])
        let connect = try client(Self.connect, transport)
        let input: JSONValue = ["InstanceId": "i", "SecurityProfileId": "p"]
        #expect(try await connect.listAll("ListSecurityProfilePermissions", input: input, pageSize: 7) == ["A"])
        #expect(try await connect.listAll("ListSecurityProfilePermissions", input: input, pageSize: 5_000) == ["B"])
        let withSize: JSONValue = ["InstanceId": "i", "SecurityProfileId": "p", "MaxResults": 3]
        #expect(try await connect.listAll("ListSecurityProfilePermissions", input: withSize) == ["C"])
        #expect(transport.requests.map(\.query) == ["maxResults=7", "maxResults=1000", "maxResults=3"])
    }

    @Test func aRepeatedTokenStopsThePagination() async throws {
        let transport = ScriptedTransport([
            ScriptedTransport.json(200, #"{"UserHierarchyGroupSummaryList":[],"NextToken":"same"}"#),
            ScriptedTransport.json(200, #"{"UserHierarchyGroupSummaryList":[],"NextToken":"same"}"#),
        ])
        await #expect {
            _ = try await client(Self.connect, transport).listAll("ListUserHierarchyGroups", input: ["InstanceId": "i"])
        } throws: { error in
            (error as? AWSError)?.message == "ListUserHierarchyGroups returned the same NextToken twice."
        }
    }

    @Test func everyConnectListHasItsModelMaximum() throws {
        let connect = ServiceModel.connect
        #expect(connect.largestPageSize(for: "ListInstances")?.size == 10)
        for operation in [
            "ListAuthenticationProfiles", "ListSecurityProfiles", "ListSecurityProfilePermissions",
            "ListSecurityProfileApplications", "ListSecurityProfileFlowModules", "ListUserHierarchyGroups",
        ] {
            #expect(connect.largestPageSize(for: operation)?.member == "MaxResults", "\(operation)")
            #expect(connect.largestPageSize(for: operation)?.size == 1_000, "\(operation)")
        }
    }

    // MARK: Helpers

    /// A valid input for each operation, for answers whose request is not under test.
    static func sampleInput(_ service: Service, _ operation: String) -> JSONValue? {
        let instance: JSONValue = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
        let profile: JSONValue = "11111111-2222-3333-4444-555555555555"
        if service.folder == "rolesanywhere" {
            let id: JSONValue = "a1b2c3d4-5678-90ab-cdef-0123456789ab"
            let arn: JSONValue = "arn:aws:rolesanywhere:eu-west-2:111122223333:profile/x"
            return [
                "ListProfiles": [:], "GetProfile": ["profileId": id], "CreateProfile": ["name": "p", "roleArns": []],
                "UpdateProfile": ["profileId": id], "DeleteProfile": ["profileId": id],
                "EnableProfile": ["profileId": id], "DisableProfile": ["profileId": id],
                "PutAttributeMapping": [
                    "profileId": id, "certificateField": "x509Subject", "mappingRules": [["specifier": "CN"]],
                ],
                "DeleteAttributeMapping": ["profileId": id, "certificateField": "x509SAN"],
                "TagResource": ["resourceArn": arn, "tags": [["key": "a", "value": "b"]]],
                "UntagResource": ["resourceArn": arn, "tagKeys": ["a"]], "ListTagsForResource": ["resourceArn": arn],
            ][operation]
        }
        let arn: JSONValue = "arn:aws:connect:eu-west-2:111122223333:instance/x"
        let addressed: JSONValue = ["InstanceId": instance, "SecurityProfileId": profile]
        return [
            "ListInstances": [:], "DescribeInstance": ["InstanceId": instance],
            "ListAuthenticationProfiles": ["InstanceId": instance],
            "DescribeAuthenticationProfile": ["InstanceId": instance, "AuthenticationProfileId": profile],
            "UpdateAuthenticationProfile": ["InstanceId": instance, "AuthenticationProfileId": profile],
            "ListSecurityProfiles": ["InstanceId": instance], "DescribeSecurityProfile": addressed,
            "CreateSecurityProfile": ["InstanceId": instance, "SecurityProfileName": "Agent"],
            "UpdateSecurityProfile": addressed, "DeleteSecurityProfile": addressed,
            "ListSecurityProfilePermissions": addressed, "ListSecurityProfileApplications": addressed,
            "ListSecurityProfileFlowModules": addressed, "ListUserHierarchyGroups": ["InstanceId": instance],
            "TagResource": ["resourceArn": arn, "tags": ["a": "b"]],
            "UntagResource": ["resourceArn": arn, "tagKeys": ["a"]], "ListTagsForResource": ["resourceArn": arn],
            "UpdateParticipantAuthentication": ["InstanceId": instance, "State": "s"],
        ][operation]
    }

    /// `jsonEquivalent`, where botocore's parser turned an ISO-8601 timestamp (Roles Anywhere's) into epoch
    /// seconds and the client hands on AWS's text.
    static func equivalent(_ output: JSONValue, _ parsed: JSONValue) -> Bool {
        switch (output, parsed) {
        case (.object(let left), .object(let right)):
            return left.keys.sorted() == right.keys.sorted()
                && left.allSatisfy { key, value in right[key].map { equivalent(value, $0) } ?? false }
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy(equivalent)
        case (.string(let text), _) where parsed.doubleValue != nil:
            guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
            else { return false }
            return abs(date.timeIntervalSince1970 - parsed.doubleValue!) < 1e-3
        default:
            return jsonEquivalent(output, parsed)
        }
    }
}
