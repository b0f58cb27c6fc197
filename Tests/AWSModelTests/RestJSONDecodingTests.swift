import AWSModel
import Testing

@Suite struct RestJSONDecodingTests {
    /// Sample inputs that touch every location kind the in-scope operations use.
    static let samples: [(ServiceModel, String, JSONValue)] = [
        (.connect, "ListInstances", ["MaxResults": 7, "NextToken": "abc=="]),
        (.connect, "DescribeInstance", ["InstanceId": "inst-1"]),
        (.connect, "CreateSecurityProfile", ["InstanceId": "i", "SecurityProfileName": "Agent", "Permissions": ["A"]]),
        (.connect, "UpdateSecurityProfile", ["InstanceId": "i", "SecurityProfileId": "s", "Description": "d"]),
        (.connect, "DeleteSecurityProfile", ["InstanceId": "i", "SecurityProfileId": "s"]),
        (.connect, "UntagResource", ["resourceArn": "arn:aws:connect:x/y", "tagKeys": ["a", "b"]]),
        (.connect, "TagResource", ["resourceArn": "arn:aws:connect:x/y", "tags": ["k": "v"]]),
        (.connect, "UpdateParticipantAuthentication", ["InstanceId": "i", "State": "s", "Code": "c"]),
        (.rolesAnywhere, "ListProfiles", ["pageSize": 5, "nextToken": "t"]),
        (.rolesAnywhere, "UpdateProfile", ["profileId": "p", "name": "ops", "durationSeconds": 3600]),
        (
            .rolesAnywhere, "DeleteAttributeMapping",
            ["profileId": "p", "certificateField": "x509SAN", "specifiers": ["DNS"]]
        ),
        (.rolesAnywhere, "ListTagsForResource", ["resourceArn": "arn:aws:rolesanywhere:us-east-1:1:profile/p"]),
    ]

    @Test(arguments: 0..<samples.count)
    func decodingWhatWasEncodedGivesTheInputBack(index: Int) throws {
        let (model, name, input) = Self.samples[index]
        let request = try RestJSON.encode(input, for: model.operation(name), in: model)
        let router = RestJSONRouter(model: model)
        let match = try #require(router.route(method: request.method, rawPath: request.path))
        #expect(match.operation.name == name)
        let decoded = try RestJSON.decode(
            operation: match.operation,
            labels: match.labels,
            query: request.query,
            headers: request.headers,
            body: request.body ?? [],
            in: model
        )
        #expect(decoded == input)
    }

    @Test func routesByMethodAndTemplate() {
        let router = RestJSONRouter(model: .connect)
        #expect(router.route(method: "GET", rawPath: "/instance")?.operation.name == "ListInstances")
        #expect(router.route(method: "GET", rawPath: "/instance/abc")?.operation.name == "DescribeInstance")
        #expect(router.route(method: "GET", rawPath: "/tags/arn%3Ax")?.operation.name == "ListTagsForResource")
        #expect(router.route(method: "POST", rawPath: "/tags/arn%3Ax")?.operation.name == "TagResource")
        #expect(router.route(method: "PATCH", rawPath: "/tags/arn%3Ax") == nil)
        #expect(router.hasRoute(forPath: "/tags/arn%3Ax"))
        #expect(router.route(method: "GET", rawPath: "/nope") == nil)
    }

    @Test func rejectsABodyThatIsNotAnObject() {
        let model = ServiceModel.connect
        #expect(throws: RestJSONDecodingError(message: "Request body must be a JSON object")) {
            try RestJSON.decode(
                operation: model.operation("CreateSecurityProfile"),
                labels: ["InstanceId": "i"],
                query: [],
                headers: [],
                body: Array("[1]".utf8),
                in: model
            )
        }
    }

    @Test func rejectsAQueryValueOfTheWrongType() {
        let model = ServiceModel.connect
        #expect(throws: RestJSONDecodingError(message: "Cannot convert 'ten' to an integer for maxResults")) {
            try RestJSON.decode(
                operation: model.operation("ListInstances"),
                labels: [:],
                query: [.init(name: "maxResults", value: "ten")],
                headers: [],
                body: [],
                in: model
            )
        }
    }
}
