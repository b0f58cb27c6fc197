import AWSModel
import DesiredState
import Foundation
import Plan
import Reconcile
import Testing

@Suite struct ImportedFileTests {
    static let instance = ObservedInstance(
        id: "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
        arn: "arn:aws:connect:eu-west-2:111122223333:instance/5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60",
        alias: "acme-prod",
        region: "eu-west-2"
    )

    static func resource(_ kind: ResourceKind, _ name: String, id: String, _ values: [String: JSONValue])
        -> ImportedResource
    {
        let instanceId = kind.scope == .connectInstance ? instance.id : nil
        return ImportedResource(
            live: LiveResource(
                kind: kind, name: name,
                identity: .init(region: "eu-west-2", instanceId: instanceId, id: id, arn: "arn:\(id)")),
            values: values)
    }

    static let state = ImportedState(
        accountId: "111122223333",
        region: "eu-west-2",
        instances: [
            ImportedInstance(
                selector: .alias("acme-prod"),
                live: instance,
                resources: [
                    resource(
                        .authenticationProfile, "Default", id: "ap-1",
                        [
                            "name": "Default", "description": "", "allowedIps": ["203.0.113.0/24"], "blockedIps": [],
                            "periodicSessionDuration": 45,
                            "sessionInactivity": ["enabled": true, "duration": 60],
                        ]),
                    resource(
                        .securityProfile, "Agent", id: "sp-1",
                        [
                            "name": "Agent", "description": "Front-line: agents",
                            "permissions": ["BasicAgentAccess", "OutboundCallAccess"],
                            "tags": ["yes": "no", "team": "${not.a.reference}"],
                        ]),
                    resource(.securityProfile, "agent", id: "sp-2", ["name": "agent", "permissions": []]),
                ]
            )
        ],
        rolesAnywhere: [
            resource(
                .rolesAnywhereProfile, "ops", id: "ra-1",
                [
                    "name": "ops", "enabled": true, "durationSeconds": .double(3600),
                    "sessionPolicy": ["Version": "2012-10-17", "Statement": [["Action": "connect:*"]]],
                    "attributeMappings": ["x509Subject": ["*", "CN"]],
                ]),
            resource(.rolesAnywhereProfile, "ops", id: "ra-2", ["name": "ops", "tags": [:]]),
        ]
    )

    @Test func writesAHeaderThenEveryResourceInAStableOrder() {
        let file = ImportedFile(
            state: Self.state, importedAt: Date(timeIntervalSince1970: 1_767_225_600), wardenVersion: "1.2.3")
        #expect(
            file.text == """
                # yaml-language-server: $schema=warden.schema.json
                # (write the schema next to this file with: warden schema > warden.schema.json)
                #
                # Imported by warden 1.2.3 on 2026-01-01T00:00:00Z
                # from AWS account 111122223333, region eu-west-2:
                #   connect.acme-prod: Amazon Connect instance alias acme-prod, id 5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60
                #   rolesAnywhere: every IAM Roles Anywhere profile in eu-west-2
                #
                # Every field AWS reports is managed: `warden plan` shows no changes until AWS or this file changes.
                # Delete a field to stop managing it. Nothing is ever deleted unless you add `prune:`.
                version: 1
                region: eu-west-2
                accountId: "111122223333"

                connect:
                  acme-prod:
                    alias: acme-prod
                    authenticationProfiles:
                      default:
                        name: Default
                        allowedIps:
                          - 203.0.113.0/24
                        blockedIps: []
                        # periodicSessionDuration: 45 (not managed: AWS deprecated PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead)
                        sessionInactivity:
                          enabled: true
                          duration: 60
                    securityProfiles:
                      agent:
                        name: Agent
                        description: "Front-line: agents"
                        permissions:
                          - BasicAgentAccess
                          - OutboundCallAccess
                        tags:
                          team: $${not.a.reference}
                          "yes": "no"

                      agent-2:
                        name: agent
                        permissions: []

                rolesAnywhere:
                  profiles:
                    ops:
                      id: ra-1
                      # name: ops (not managed: other Roles Anywhere profiles have this name too, so this one is matched by id)
                      enabled: true
                      sessionPolicy:
                        Statement:
                          - Action: connect:*
                        Version: "2012-10-17"
                      durationSeconds: 3600
                      attributeMappings:
                        x509Subject:
                          - "*"
                          - CN

                    ops-2:
                      id: ra-2
                      # name: ops (not managed: other Roles Anywhere profiles have this name too, so this one is matched by id)
                      tags: {}

                """)
    }

    @Test func anInstanceNamedByIdOrARNIsWrittenWithItsIdAndItsRegionWhenItDiffers() {
        var state = Self.state
        state.rolesAnywhere = nil
        state.instances[0].selector = .arn(region: "eu-central-1", id: Self.instance.id)
        state.instances[0].live.region = "eu-central-1"
        state.instances[0].resources = []
        let text = ImportedFile(state: state, importedAt: Date(timeIntervalSince1970: 0), wardenVersion: "1").text
        #expect(
            text.hasSuffix(
                """
                #   connect.acme-prod: Amazon Connect instance alias acme-prod, id 5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60 in eu-central-1
                #
                # Every field AWS reports is managed: `warden plan` shows no changes until AWS or this file changes.
                # Delete a field to stop managing it. Nothing is ever deleted unless you add `prune:`.
                version: 1
                region: eu-west-2
                accountId: "111122223333"

                connect:
                  acme-prod:
                    id: 5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60
                    region: eu-central-1
                    authenticationProfiles: {}
                    securityProfiles: {}

                """))
    }
}
