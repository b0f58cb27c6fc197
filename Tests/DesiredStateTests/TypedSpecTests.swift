import DesiredState
import Testing

@Suite struct TypedSpecs {
    private func state() throws -> DesiredState {
        let path = "examples/contact-center.yaml"
        return try #require(DesiredState.load(text: try Fixtures.repositoryFile(path), file: path).state)
    }

    private func resource(_ address: String) throws -> Resource {
        try #require(try state().resource(at: Address(address.split(separator: ".").map(String.init))))
    }

    @Test func authenticationProfile() throws {
        let spec = try #require(AuthenticationProfileSpec(try resource("connect.prod.authenticationProfiles.default")))
        #expect(spec.name == "Default")
        #expect(spec.id == nil)
        #expect(spec.description == Template(literal: "Office and VPN ranges only"))
        #expect(spec.blockedIps == [Template(literal: "203.0.113.66/32")])
        #expect(spec.periodicSessionDuration == nil)
        #expect(spec.sessionInactivityEnabled == true)
        #expect(spec.sessionInactivityDuration == 45)
        #expect(SecurityProfileSpec(spec.resource) == nil)
    }

    @Test func securityProfile() throws {
        let agent = try #require(SecurityProfileSpec(try resource("connect.prod.securityProfiles.agent")))
        #expect(
            agent.permissions?.compactMap(\.literal) == ["BasicAgentAccess", "OutboundCallAccess", "AccessMetrics"])
        #expect(agent.allowedAccessControlTags == ["Department": Template(literal: "Sales")])
        #expect(agent.applications?.map(\.type) == ["THIRD_PARTY_APPLICATION"])
        #expect(agent.applications?.first?.permissions == [Template(literal: "ACCESS")])
        #expect(agent.tags?["cost-center"] == Template(literal: "4410"))
        #expect(agent.allowedFlowModules == nil)
        let aiAgent = try #require(SecurityProfileSpec(try resource("connect.prod.securityProfiles.ai-agent")))
        #expect(
            aiAgent.allowedFlowModules == [
                .init(flowModuleId: Template(literal: "3f6e1c2a-9b8d-4c7e-a1f2-0b9c8d7e6f5a"), type: "MCP")
            ])
        #expect(
            aiAgent.primaryAttributeValues == [
                .init(
                    attributeName: "Region", accessType: "ALLOW",
                    values: [Template(literal: "EMEA"), Template(literal: "APAC")])
            ])
    }

    @Test func rolesAnywhereProfile() throws {
        let ops = try #require(RolesAnywhereProfileSpec(try resource("rolesAnywhere.profiles.connect-ops")))
        #expect(ops.name == "connect-ops")
        #expect(ops.enabled == true)
        #expect(ops.roleArns == [Template(literal: "arn:aws:iam::111122223333:role/ConnectOps")])
        #expect(ops.durationSeconds == 3600)
        #expect(ops.acceptRoleSessionName == true)
        #expect(ops.requireInstanceProperties == false)
        #expect(ops.attributeMappings == ["x509Subject": ["CN", "OU"], "x509SAN": ["DNS"]])
        #expect(ops.sessionPolicy?.references.count == 4)
        #expect(ops.tags?["team"] == Template(literal: "contact-center"))
    }
}
