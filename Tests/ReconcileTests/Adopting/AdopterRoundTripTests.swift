import AWSModel
import DesiredState
import Plan
import Reconcile
import Testing
import YAML

/// Every field of every kind, changed in the console, adopted: the file loads, plans to no changes against
/// the live state, and differs from the original only inside the changed values.
@Suite struct AdopterRoundTripTests {
    /// Every field of every kind in block style, scalars plain, single- and double-quoted, comments above,
    /// beside and below.
    static let block = """
        # The whole contact center.
        version: 1
        region: eu-west-2
        accountId: "111122223333"   # the guard

        connect:
          prod:
            alias: acme-prod
            authenticationProfiles:
              default:  # the only one
                name: Default
                # why the ranges
                description: 'Office ranges only'   # single-quoted
                allowedIps:
                  - 203.0.113.0/24     # London
                  - "2001:db8::/32"    # v6
                  # - 192.0.2.0/24 (retired)
                blockedIps:
                  - 203.0.113.66/32
                periodicSessionDuration: 30
                sessionInactivity:
                  enabled: true   # on
                  duration: 45
            securityProfiles:
              agent:
                name: Agent
                description: "Front-line agents"   # double-quoted
                permissions:
                  - BasicAgentAccess   # everyone
                  - OutboundCallAccess
                allowedAccessControlTags:
                  Department: Sales   # only sales
                tagRestrictedResources:
                  - User
                applications:
                  # the CRM
                  - namespace: arn:aws:app-integrations:eu-west-2:111122223333:application/crm
                    type: THIRD_PARTY_APPLICATION   # kind
                    permissions:
                      - ACCESS
                hierarchyRestrictedResources:
                  - User
                allowedAccessControlHierarchyGroupId: 6a3c1f0e-2b4d-4e8a-9c7b-1d2e3f4a5b6c
                allowedFlowModules:
                  - flowModuleId: 3f6e1c2a-9b8d-4c7e-a1f2-0b9c8d7e6f5a
                    type: MCP
                granularAccessControlConfiguration:
                  dataTableAccessControlConfiguration:
                    primaryAttributeAccessControlConfiguration:
                      primaryAttributeValues:
                        - accessType: ALLOW
                          attributeName: Region
                          values:
                            - EMEA   # Europe
                tags:
                  team: contact-center   # owner
                  'cost-center': "4410"
              # supervisors next
              supervisor:
                name: Supervisor
                permissions:
                  - BasicAgentAccess

        rolesAnywhere:
          profiles:
            ops:
              name: ops
              enabled: true
              roleArns:
                - arn:aws:iam::111122223333:role/Ops   # the role
              managedPolicyArns:
                - arn:aws:iam::aws:policy/ReadOnlyAccess
              durationSeconds: 3600
              acceptRoleSessionName: false
              sessionPolicy:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow   # allow
                    Action: connect:Describe*
                    Resource: "*"
              attributeMappings:
                x509Subject:
                  - CN
              tags:
                team: ops
        # the end

        """

    /// The same in flow style.
    static let flow = """
        version: 1
        region: eu-west-2
        connect:
          prod:
            alias: acme-prod
            authenticationProfiles:
              default: {name: Default, description: 'Office ranges only', allowedIps: [203.0.113.0/24, "2001:db8::/32"], blockedIps: [203.0.113.66/32], periodicSessionDuration: 30, sessionInactivity: {enabled: true, duration: 45}}   # all on one line
            securityProfiles:
              agent:
                name: Agent
                description: "Front-line agents"
                permissions: [BasicAgentAccess, OutboundCallAccess]   # two
                allowedAccessControlTags: {Department: Sales}
                tagRestrictedResources: [User]
                applications: [{namespace: "arn:aws:app-integrations:eu-west-2:111122223333:application/crm", type: THIRD_PARTY_APPLICATION, permissions: [ACCESS]}]
                hierarchyRestrictedResources: [User]
                allowedAccessControlHierarchyGroupId: '6a3c1f0e-2b4d-4e8a-9c7b-1d2e3f4a5b6c'
                allowedFlowModules: [{flowModuleId: 3f6e1c2a-9b8d-4c7e-a1f2-0b9c8d7e6f5a, type: MCP}]
                granularAccessControlConfiguration: {dataTableAccessControlConfiguration: {primaryAttributeAccessControlConfiguration: {primaryAttributeValues: [{accessType: ALLOW, attributeName: Region, values: [EMEA]}]}}}
                tags: {team: contact-center, cost-center: "4410"}   # owner
              supervisor: {name: Supervisor, permissions: []}
        rolesAnywhere:
          profiles:
            ops: {name: ops, enabled: true, roleArns: ["arn:aws:iam::111122223333:role/Ops"], managedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"], durationSeconds: 3600, acceptRoleSessionName: false, sessionPolicy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"connect:Describe*","Resource":"*"}]}', attributeMappings: {x509Subject: [CN]}, tags: {team: ops}}

        """

    static let auth = "connect.prod.authenticationProfiles.default"
    static let agent = "connect.prod.securityProfiles.agent"
    static let supervisor = "connect.prod.securityProfiles.supervisor"
    static let ops = "rolesAnywhere.profiles.ops"

    /// A console edit of every field of every kind.
    static let edits: [(address: String, field: String, value: JSONValue)] = [
        (auth, "name", "Default 2"),
        (auth, "description", "It's the office, and the VPN"),
        (auth, "allowedIps", ["198.51.100.0/24", "203.0.113.0/24"]),
        (auth, "blockedIps", []),
        (auth, "periodicSessionDuration", 60),
        (auth, "sessionInactivity", ["enabled": false, "duration": 120]),
        (agent, "description", "yes"),
        (agent, "permissions", ["BasicAgentAccess", "ContactSearch.View", "Queues.View"]),
        (agent, "allowedAccessControlTags", ["Department": "Support", "Site": "Leeds"]),
        (agent, "tagRestrictedResources", ["Queue", "User"]),
        (
            agent, "applications",
            [
                [
                    "namespace": "arn:aws:app-integrations:eu-west-2:111122223333:application/crm",
                    "type": "THIRD_PARTY_APPLICATION", "permissions": ["ACCESS"],
                ],
                [
                    "namespace": "arn:aws:mcp:eu-west-2:111122223333:server/tools", "type": "MCP",
                    "permissions": ["a", "b"],
                ],
            ]
        ),
        (agent, "hierarchyRestrictedResources", []),
        (agent, "allowedAccessControlHierarchyGroupId", "0d2e3f4a-2b4d-4e8a-9c7b-1d2e3f4a5b6c"),
        (agent, "allowedFlowModules", []),
        (
            agent, "granularAccessControlConfiguration",
            [
                "dataTableAccessControlConfiguration": [
                    "primaryAttributeAccessControlConfiguration": [
                        "primaryAttributeValues": [
                            ["accessType": "ALLOW", "attributeName": "Region", "values": ["APAC", "EMEA"]]
                        ]
                    ]
                ]
            ]
        ),
        (agent, "tags", ["team": "contact centre", "cost-center": "4411", "new: key": "1"]),
        (supervisor, "permissions", ["AccessMetrics"]),
        (ops, "enabled", false),
        (ops, "roleArns", ["arn:aws:iam::111122223333:role/Ops", "arn:aws:iam::111122223333:role/Audit"]),
        (ops, "managedPolicyArns", []),
        (ops, "durationSeconds", 7200),
        (ops, "acceptRoleSessionName", true),
        (
            ops, "sessionPolicy",
            [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Deny", "Action": ["connect:Delete*", "connect:Update*"], "Resource": "*"]],
            ]
        ),
        (ops, "attributeMappings", ["x509Subject": ["CN", "OU"], "x509SAN": ["DNS"]]),
        (ops, "tags", [:]),
    ]

    static func editingAll(_ observed: ObservedState) -> ObservedState {
        edits.reduce(observed) { AdoptionFixtures.edited($0, $1.address, $1.field, $1.value) }
    }

    @Test(arguments: [block, flow])
    func everyFieldOfEveryKindAdoptedAtOnce(_ text: String) throws {
        let outcome = try AdoptionFixtures.adopt(text, edit: Self.editingAll)
        #expect(outcome.adoption.report.notAdopted == [])
        #expect(outcome.drift.changes.count == 4)
        #expect(outcome.replan?.changes == [], "\(outcome.adopted)")
        #expect(outcome.adopted != text)
        let regions = AdoptionFixtures.allowedRegions(outcome.drift, outcome.tree, text)
        #expect(
            AdoptionFixtures.differsOnlyInside(regions, original: text, adopted: outcome.adopted), "\(outcome.adopted)")
        let adopted = outcome.adoption.report.adopted.reduce(into: [String: [String]]()) { $0[$1.address] = $1.fields }
        for edit in Self.edits {
            #expect(adopted[edit.address]?.contains(edit.field) == true, "\(edit.address).\(edit.field)")
        }
    }

    @Test(arguments: [block, flow])
    func eachFieldAdoptedAloneChangesOnlyItsValue(_ text: String) throws {
        for edit in Self.edits {
            let outcome = try AdoptionFixtures.adopt(text) {
                AdoptionFixtures.edited($0, edit.address, edit.field, edit.value)
            }
            #expect(outcome.drift.changes.map(\.address) == [edit.address], "\(edit.field)")
            #expect(outcome.adoption.report.notAdopted == [])
            #expect(outcome.replan?.changes == [], "\(edit.field): \(outcome.adopted)")
            let regions = AdoptionFixtures.allowedRegions(outcome.drift, outcome.tree, text)
            #expect(regions.count == 1)
            #expect(
                AdoptionFixtures.differsOnlyInside(regions, original: text, adopted: outcome.adopted),
                "\(edit.field): \(outcome.adopted)")
        }
    }

    @Test func theSpanAwareDiffAllowsChangesOnlyInsideTheRegions() {
        let original = "a: 1   # one\nb: 2\n"
        let regions = [3..<4]
        #expect(AdoptionFixtures.differsOnlyInside(regions, original: original, adopted: "a: \"nine\"   # one\nb: 2\n"))
        #expect(!AdoptionFixtures.differsOnlyInside(regions, original: original, adopted: "a: 9   # one\nb: 3\n"))
        #expect(!AdoptionFixtures.differsOnlyInside(regions, original: original, adopted: "a: 9   # One\nb: 2\n"))
        #expect(!AdoptionFixtures.differsOnlyInside(regions, original: original, adopted: original + "# more\n"))
        #expect(!AdoptionFixtures.differsOnlyInside([], original: original, adopted: "a: 9   # one\nb: 2\n"))
    }

    @Test func noDriftNoEdits() throws {
        for text in [Self.block, Self.flow] {
            let outcome = try AdoptionFixtures.adopt(text) { $0 }
            #expect(outcome.adoption == Adoption(edits: [], report: AdoptionReport()))
            #expect(outcome.adopted == text)
        }
    }
}
