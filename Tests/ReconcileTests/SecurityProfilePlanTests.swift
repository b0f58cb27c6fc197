import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing

/// Every security profile field: what the plan shows and the exact calls it makes.
@Suite struct SecurityProfilePlanTests {
    typealias F = PlannerFixtures

    static let everyField = """
        connect:
          prod:
            alias: acme-prod
            securityProfiles:
              agent:
                name: Agent
                description: Front-line agents
                permissions: [BasicAgentAccess, OutboundCallAccess]
                allowedAccessControlTags: { Department: Sales }
                tagRestrictedResources: [User]
                hierarchyRestrictedResources: [User]
                allowedAccessControlHierarchyGroupId: group-1
                applications:
                  - { namespace: ns-b, permissions: [T2, T1], type: MCP }
                  - { namespace: ns-a, permissions: [ACCESS], type: THIRD_PARTY_APPLICATION }
                allowedFlowModules:
                  - { flowModuleId: fm-1, type: MCP }
                granularAccessControlConfiguration:
                  dataTableAccessControlConfiguration:
                    primaryAttributeAccessControlConfiguration:
                      primaryAttributeValues:
                        - { accessType: ALLOW, attributeName: Region, values: [EMEA, APAC] }
                tags: { team: cc }

        """

    static let applicationsAWS: JSONValue = [
        ["Namespace": "ns-a", "ApplicationPermissions": ["ACCESS"], "Type": "THIRD_PARTY_APPLICATION"],
        ["Namespace": "ns-b", "ApplicationPermissions": ["T1", "T2"], "Type": "MCP"],
    ]

    static let granularAWS: JSONValue = [
        "DataTableAccessControlConfiguration": [
            "PrimaryAttributeAccessControlConfiguration": [
                "PrimaryAttributeValues": [
                    ["AccessType": "ALLOW", "AttributeName": "Region", "Values": ["APAC", "EMEA"]]
                ]
            ]
        ]
    ]

    @Test func aCreateLeavesAnEmptyTagMapOut() throws {
        // Connect's TagMap has a minimum of one entry: `tags: {}` on a new profile is no Tags member at all.
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, tags: {} }

            """)
        let plan = try F.plan(desired, F.observed([])).get()
        #expect(
            plan.changes.first?.calls.map(\.input) == [
                ["InstanceId": .string(F.instanceId), "SecurityProfileName": "Agent"]
            ])
    }

    @Test func aCreateIsOneCallWithEveryFieldInAWSTerms() throws {
        let plan = try F.plan(try F.desired(Self.everyField), F.observed([])).get()
        let change = try #require(plan.changes.first)
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect", operation: "CreateSecurityProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "SecurityProfileName": "Agent",
                        "Description": "Front-line agents", "Permissions": ["BasicAgentAccess", "OutboundCallAccess"],
                        "AllowedAccessControlTags": ["Department": "Sales"], "TagRestrictedResources": ["User"],
                        "HierarchyRestrictedResources": ["User"], "AllowedAccessControlHierarchyGroupId": "group-1",
                        "Applications": Self.applicationsAWS,
                        "AllowedFlowModules": [["FlowModuleId": "fm-1", "Type": "MCP"]],
                        "GranularAccessControlConfiguration": Self.granularAWS, "Tags": ["team": "cc"],
                    ])
            ])
        #expect(
            change.managedFields == [
                "name", "description", "permissions", "allowedAccessControlTags", "tagRestrictedResources",
                "applications", "hierarchyRestrictedResources", "allowedAccessControlHierarchyGroupId",
                "allowedFlowModules", "granularAccessControlConfiguration", "tags",
            ])
    }

    @Test func keyedListEntriesAreShownByKeyWithoutRepeatingIt() throws {
        let plan = try F.plan(try F.desired(Self.everyField), F.observed([])).get()
        let attributes = try #require(plan.changes.first?.attributes)
        #expect(
            attributes.first { $0.path == "applications" }?.change
                == .entries(
                    added: [
                        .init(
                            key: "ns-a", value: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"])),
                        .init(key: "ns-b", value: .known(["permissions": ["T1", "T2"], "type": "MCP"])),
                    ], removed: [], changed: [], unchanged: 0))
        #expect(
            attributes.first { $0.path == "allowedFlowModules" }?.change
                == .entries(
                    added: [.init(key: "fm-1", value: .known(["type": "MCP"]))], removed: [], changed: [], unchanged: 0)
        )
        let granular =
            "granularAccessControlConfiguration.dataTableAccessControlConfiguration."
            + "primaryAttributeAccessControlConfiguration.primaryAttributeValues"
        #expect(
            attributes.first { $0.path == granular }?.change
                == .entries(
                    added: [.init(key: "Region", value: .known(["accessType": "ALLOW", "values": ["APAC", "EMEA"]]))],
                    removed: [], changed: [], unchanged: 0))
    }

    @Test func applicationsChangeAsAWholeListButShowPerNamespace() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    applications:
                      - { namespace: ns-a, permissions: [ACCESS, EXTRA], type: THIRD_PARTY_APPLICATION }
                      - { namespace: ns-c, permissions: [ACCESS], type: THIRD_PARTY_APPLICATION }
                      - { namespace: ns-d, permissions: [ACCESS] }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1",
                values: [
                    "name": "Agent",
                    "applications": [
                        ["namespace": "ns-a", "permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"],
                        ["namespace": "ns-b", "permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"],
                        ["namespace": "ns-d", "permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"],
                    ],
                ])
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes == [
                AttributeChange(
                    path: "applications",
                    change: .entries(
                        added: [
                            .init(
                                key: "ns-c",
                                value: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"]))
                        ],
                        removed: [
                            .init(
                                key: "ns-b",
                                value: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"]))
                        ],
                        changed: [
                            .init(
                                key: "ns-a",
                                before: .known(["permissions": ["ACCESS"], "type": "THIRD_PARTY_APPLICATION"]),
                                after: .known(["permissions": ["ACCESS", "EXTRA"], "type": "THIRD_PARTY_APPLICATION"]))
                        ],
                        // ns-d leaves `type` unmanaged, so the live type is no difference.
                        unchanged: 1))
            ])
        #expect(
            change.calls == [
                PlannedCall(
                    service: "connect", operation: "UpdateSecurityProfile",
                    input: [
                        "InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1",
                        "Applications": [
                            [
                                "Namespace": "ns-a", "ApplicationPermissions": ["ACCESS", "EXTRA"],
                                "Type": "THIRD_PARTY_APPLICATION",
                            ],
                            [
                                "Namespace": "ns-c", "ApplicationPermissions": ["ACCESS"],
                                "Type": "THIRD_PARTY_APPLICATION",
                            ],
                            ["Namespace": "ns-d", "ApplicationPermissions": ["ACCESS"]],
                        ],
                    ])
            ])
    }

    @Test func flowModulesAndGranularAccessControlAreWrittenWhole() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent:
                    name: Agent
                    allowedFlowModules: []
                    granularAccessControlConfiguration:
                      dataTableAccessControlConfiguration:
                        primaryAttributeAccessControlConfiguration:
                          primaryAttributeValues:
                            - { accessType: ALLOW, attributeName: Region, values: [EMEA] }
                            - { accessType: ALLOW, attributeName: Team, values: [Red] }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1",
                values: [
                    "name": "Agent", "allowedFlowModules": [["flowModuleId": "fm-1", "type": "MCP"]],
                    "granularAccessControlConfiguration": [
                        "dataTableAccessControlConfiguration": [
                            "primaryAttributeAccessControlConfiguration": [
                                "primaryAttributeValues": [
                                    ["accessType": "ALLOW", "attributeName": "Region", "values": ["APAC", "EMEA"]]
                                ]
                            ]
                        ]
                    ],
                ])
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.attributes.map(\.path) == [
                "allowedFlowModules",
                "granularAccessControlConfiguration.dataTableAccessControlConfiguration."
                    + "primaryAttributeAccessControlConfiguration.primaryAttributeValues",
            ])
        #expect(
            change.attributes[1].change
                == .entries(
                    added: [.init(key: "Team", value: .known(["accessType": "ALLOW", "values": ["Red"]]))], removed: [],
                    changed: [
                        .init(
                            key: "Region", before: .known(["accessType": "ALLOW", "values": ["APAC", "EMEA"]]),
                            after: .known(["accessType": "ALLOW", "values": ["EMEA"]]))
                    ], unchanged: 0))
        #expect(
            change.calls.map(\.input) == [
                [
                    "InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1", "AllowedFlowModules": [],
                    "GranularAccessControlConfiguration": [
                        "DataTableAccessControlConfiguration": [
                            "PrimaryAttributeAccessControlConfiguration": [
                                "PrimaryAttributeValues": [
                                    ["AccessType": "ALLOW", "AttributeName": "Region", "Values": ["EMEA"]],
                                    ["AccessType": "ALLOW", "AttributeName": "Team", "Values": ["Red"]],
                                ]
                            ]
                        ]
                    ],
                ]
            ])
    }

    @Test func anEmptyAccessControlTagMapIsSentAsEmpty() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, allowedAccessControlTags: {} }

            """
        )
        let observed = F.observed([
            F.securityProfile(
                "agent", name: "Agent", id: "sp-1",
                values: ["name": "Agent", "allowedAccessControlTags": ["Department": "Sales"]])
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(
            change.calls.map(\.input) == [
                ["InstanceId": .string(F.instanceId), "SecurityProfileId": "sp-1", "AllowedAccessControlTags": [:]]
            ])
        let unset = F.observed([F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent"])])
        #expect(try F.plan(desired, unset).get().changes == [])
    }

    @Test func tagsOnlyChangeThroughTagAndUntagCalls() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { name: Agent, tags: { team: cc } }

            """
        )
        let arn = "\(F.instanceArn)/security-profile/sp-1"
        let changed = F.observed([
            F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["name": "Agent", "tags": ["team": "ops"]])
        ])
        #expect(
            try F.plan(desired, changed).get().changes.first?.calls == [
                PlannedCall(
                    service: "connect", operation: "TagResource",
                    input: ["resourceArn": .string(arn), "tags": ["team": "cc"]])
            ])
    }

    @Test func aSecurityProfileMatchedByIdKeepsItsName() throws {
        let desired = try F.desired(
            """
            connect:
              prod:
                alias: acme-prod
                securityProfiles:
                  agent: { id: sp-1, description: New }

            """
        )
        let observed = F.observed([
            F.securityProfile("agent", name: "Agent", id: "sp-1", values: ["description": "Old"])
        ])
        let change = try #require(try F.plan(desired, observed).get().changes.first)
        #expect(change.name == "Agent")
        #expect(change.managedFields == ["description"])
        #expect(change.calls.map(\.operation) == ["UpdateSecurityProfile"])
    }
}
