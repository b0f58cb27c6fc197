import DesiredState
import Reconcile
import Testing
import YAML

/// Which ids of a security profile must name live resources, and where the file writes them.
@Suite struct LiveIdentifierTests {
    @Test func theSecurityProfileMarksItsHierarchyGroupAndFlowModuleIds() {
        let fields = ResourceKind.securityProfile.shape.liveIdentifierFields
        #expect(
            fields.map(\.keys) == [["allowedAccessControlHierarchyGroupId"], ["allowedFlowModules", "flowModuleId"]])
        #expect(fields.map(\.identifier) == [.hierarchyGroup, .flowModule])
        #expect(LiveIdentifier.hierarchyGroup.listOperation == "ListUserHierarchyGroups")
        #expect(LiveIdentifier.flowModule.listOperation == "ListContactFlowModules")
        #expect(ResourceKind.authenticationProfile.shape.liveIdentifierFields.isEmpty)
        #expect(ResourceKind.rolesAnywhereProfile.shape.liveIdentifierFields.isEmpty)
    }

    @Test func usesAreTheLiteralIdsWithTheirPathsAndLocations() throws {
        let desired = try PlannerFixtures.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    allowedFlowModules:
                      - { flowModuleId: fm-1, type: MCP }
                      - flowModuleId: "${connect.prod.securityProfiles.lead.id}"
                      - flowModuleId: fm-3
                    allowedAccessControlHierarchyGroupId: group-1
                  lead:
                    name: Lead
                    allowedAccessControlHierarchyGroupId: ""
                    allowedFlowModules: []

            """)
        let fields = ResourceKind.securityProfile.shape.liveIdentifierFields
        let agent = try #require(desired.resources.first { $0.key == "agent" })
        #expect(
            agent.liveIdentifierUses(of: fields) == [
                LiveIdentifierUse(
                    identifier: .flowModule,
                    path: "connect.prod.securityProfiles.agent.allowedFlowModules[0].flowModuleId",
                    id: Located("fm-1", at: SourceLocation(line: 11, column: 29))),
                LiveIdentifierUse(
                    identifier: .flowModule,
                    path: "connect.prod.securityProfiles.agent.allowedFlowModules[2].flowModuleId",
                    id: Located("fm-3", at: SourceLocation(line: 13, column: 27))),
                LiveIdentifierUse(
                    identifier: .hierarchyGroup,
                    path: "connect.prod.securityProfiles.agent.allowedAccessControlHierarchyGroupId",
                    id: Located("group-1", at: SourceLocation(line: 14, column: 47))),
            ])
        let lead = try #require(desired.resources.first { $0.key == "lead" })
        #expect(lead.liveIdentifierUses(of: fields) == [])
    }
}
