import AWSModel
import Testing

@Suite struct ShapeValidatorTests {
    func messages(_ value: JSONValue, _ shape: String, _ model: ServiceModel = .connect) -> [String] {
        ShapeValidator.validate(value, shape: shape, in: model).map(\.description)
    }

    @Test func describesAnIssueBuiltByACaller() {
        let issue = ValidationIssue(
            kind: .constraint,
            path: "allowedIps.1.member",
            renderedValue: "'10.0.0.0/33'",
            constraint: "Member must be a valid IPv4 or IPv6 CIDR block"
        )
        #expect(
            issue.description
                == "Value '10.0.0.0/33' at 'allowedIps.1.member' failed to satisfy constraint: "
                + "Member must be a valid IPv4 or IPv6 CIDR block"
        )
    }

    @Test func acceptsAValidRequest() {
        #expect(
            messages(
                ["InstanceId": "i", "SecurityProfileName": "Agent", "Permissions": ["BasicAgentAccess"]],
                "CreateSecurityProfileRequest"
            ) == []
        )
    }

    @Test func reportsMissingRequiredMembers() {
        #expect(
            messages(["SecurityProfileName": "Agent"], "CreateSecurityProfileRequest") == [
                "Value null at 'instanceId' failed to satisfy constraint: Member must not be null"
            ]
        )
    }

    @Test func reportsLengthsRangesAndPatterns() {
        let issues = messages(
            [
                "InstanceId": "i", "AuthenticationProfileId": "a", "SessionInactivityDuration": 5,
                "Description": .string(String(repeating: "d", count: 251)),
            ],
            "UpdateAuthenticationProfileRequest"
        )
        #expect(
            issues == [
                "Value '\(String(repeating: "d", count: 251))' at 'description' failed to satisfy constraint: Member must have length less than or equal to 250",
                "Value '5' at 'sessionInactivityDuration' failed to satisfy constraint: Member must have value greater than or equal to 15",
            ]
        )
    }

    @Test func reportsListElementsWithAWSPaths() {
        let issues = messages(["InstanceId": "i", "resourceArn": "x", "tagKeys": ["ok", ""]], "UntagResourceRequest")
        #expect(
            issues == [
                "Value '' at 'tagKeys.2.member' failed to satisfy constraint: Member must have length greater than or equal to 1"
            ])
    }

    @Test func reportsEnumsWithTheAllowedSet() {
        let issues = messages(
            ["profileId": "a1b2c3d4-0000-4000-8000-0123456789ab", "certificateField": "x509Bogus"],
            "DeleteAttributeMappingRequest",
            .rolesAnywhere
        )
        #expect(issues.count == 1)
        #expect(
            issues.first?.hasSuffix("Member must satisfy enum value set: [x509Subject, x509Issuer, x509SAN]") == true)
    }

    @Test func reportsMapKeyConstraintsOnTheMap() {
        let issues = messages(["resourceArn": "arn", "tags": ["aws:x": "v"]], "TagResourceRequest")
        #expect(issues.count == 1)
        #expect(
            issues.first?.hasPrefix(
                "Value '{aws:x=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: "
            ) == true)
    }

    @Test func reportsTypeMismatchesSeparately() {
        let issues = ShapeValidator.validate(
            ["InstanceId": 5, "SecurityProfileName": "x"], shape: "CreateSecurityProfileRequest", in: .connect)
        #expect(issues.map(\.kind) == [.typeMismatch])
        #expect(issues.first?.description == "Expected a string but found number at 'instanceId'")
    }

    @Test func neverEchoesSensitiveValues() {
        let issues = messages(["InstanceId": "i", "State": "s", "Code": ""], "UpdateParticipantAuthenticationRequest")
        #expect(
            issues == [
                "Value at 'code' failed to satisfy constraint: Member must have length greater than or equal to 1"
            ])
    }

    @Test func summarisesLikeAWS() {
        let issues = ShapeValidator.validate([:], shape: "DescribeInstanceRequest", in: .connect)
        #expect(
            ShapeValidator.summary(issues)
                == "1 validation error detected: Value null at 'instanceId' failed to satisfy constraint: Member must not be null"
        )
    }
}
