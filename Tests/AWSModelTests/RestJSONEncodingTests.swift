import AWSModel
import Testing

@Suite struct RestJSONEncodingTests {
    let connect = ServiceModel.connect
    let rolesAnywhere = ServiceModel.rolesAnywhere

    func encode(_ name: String, _ input: JSONValue, _ model: ServiceModel = .connect) throws -> RESTRequest {
        try RestJSON.encode(input, for: model.operation(name), in: model)
    }

    @Test func putsLabelsInThePathAndMembersInTheBody() throws {
        let request = try encode(
            "CreateSecurityProfile",
            [
                "InstanceId": "inst-1", "SecurityProfileName": "Agent", "Permissions": ["B", "A"],
                "Tags": ["team": "cc"],
            ]
        )
        #expect(request.method == "PUT")
        #expect(request.path == "/security-profiles/inst-1")
        #expect(request.query.isEmpty)
        #expect(request.header("Content-Type") == "application/json")
        #expect(
            request.body.map { String(decoding: $0, as: UTF8.self) }
                == #"{"Permissions":["B","A"],"SecurityProfileName":"Agent","Tags":{"team":"cc"}}"#)
    }

    @Test func encodesAnARNLabelAsOneSegment() throws {
        let arn = "arn:aws:connect:eu-west-2:111122223333:instance/abc/security-profile/def"
        let request = try encode("ListTagsForResource", ["resourceArn": .string(arn)])
        #expect(
            request.path
                == "/tags/arn%3Aaws%3Aconnect%3Aeu-west-2%3A111122223333%3Ainstance%2Fabc%2Fsecurity-profile%2Fdef")
        #expect(request.body == nil)
        #expect(request.header("Content-Type") == nil)
    }

    @Test func repeatsListQueryMembersAndSendsNothingForAnEmptyList() throws {
        let request = try encode("UntagResource", ["resourceArn": "arn:x", "tagKeys": ["a b", "c"]])
        #expect(request.method == "DELETE")
        #expect(request.queryString == "tagKeys=a%20b&tagKeys=c")
        #expect(request.body == nil)
        let empty = try encode("UntagResource", ["resourceArn": "arn:x", "tagKeys": []])
        #expect(empty.query.isEmpty)
    }

    @Test func sendsIntegerQueryMembersAsText() throws {
        let request = try encode("ListInstances", ["MaxResults": 10, "NextToken": "t/+="])
        #expect(request.target == "/instance?maxResults=10&nextToken=t%2F%2B%3D")
    }

    @Test func sendsAnEmptyObjectWhenNoBodyMemberIsSet() throws {
        let request = try encode("UpdateSecurityProfile", ["InstanceId": "i", "SecurityProfileId": "s"])
        #expect(request.method == "POST")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == "{}")
        #expect(request.header("Content-Type") == "application/json")
    }

    @Test func keepsEmptyListsAndMapsThatAreSetButDropsNulls() throws {
        let request = try encode(
            "UpdateAuthenticationProfile",
            ["InstanceId": "i", "AuthenticationProfileId": "a", "AllowedIps": [], "Description": nil]
        )
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"AllowedIps":[]}"#)
    }

    @Test func rolesAnywhereUsesItsOwnBindings() throws {
        let update = try encode("UpdateProfile", ["profileId": "p-1", "durationSeconds": 3600], rolesAnywhere)
        #expect(update.method == "PATCH")
        #expect(update.path == "/profile/p-1")
        let tags = try encode("ListTagsForResource", ["resourceArn": "arn:aws:rolesanywhere:x"], rolesAnywhere)
        #expect(tags.target == "/ListTagsForResource?resourceArn=arn%3Aaws%3Arolesanywhere%3Ax")
        let delete = try encode(
            "DeleteAttributeMapping",
            ["profileId": "p", "certificateField": "x509Subject", "specifiers": ["CN", "OU"]],
            rolesAnywhere
        )
        #expect(delete.target == "/profiles/p/mappings?certificateField=x509Subject&specifiers=CN&specifiers=OU")
        #expect(delete.body == nil)
    }

    @Test func refusesAMissingLabelAndUnknownMembers() {
        #expect(
            throws: RestJSONEncodingError(
                operation: "DescribeInstance", message: "missing required URI member InstanceId")
        ) {
            try encode("DescribeInstance", [:])
        }
        #expect(
            throws: RestJSONEncodingError(
                operation: "DescribeInstance", message: "unknown member Bogus for DescribeInstanceRequest")
        ) {
            try encode("DescribeInstance", ["InstanceId": "i", "Bogus": 1])
        }
    }
}
