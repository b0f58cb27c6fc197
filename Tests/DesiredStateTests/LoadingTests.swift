import AWSModel
import DesiredState
import Foundation
import Reconcile
import Testing
import YAML

@Suite struct Loading {
    @Test func aDeprecatedFieldWarnsButTheFileIsValid() throws {
        let text = """
            version: 1
            connect:
              prod:
                alias: acme
                authenticationProfiles:
                  default:
                    name: Default
                    periodicSessionDuration: 30
            """
        let result = DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout)
        #expect(
            result.diagnostics.map(\.description) == [
                "f.yaml:8:9: warning: connect.prod.authenticationProfiles.default.periodicSessionDuration: AWS "
                    + "deprecated PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead"
            ])
        let state = try #require(result.state)
        #expect(state.resources.first?[field: "periodicSessionDuration"]?.value == .integer(30))
    }

    /// A collection large enough to be decoded on all cores still finds a cycle between two of its
    /// resources, and references to instances alone are no cycle.
    @Test func aCycleInALargeCollectionIsFound() {
        var text = "version: 1\nconnect:\n  prod:\n    alias: acme\nrolesAnywhere:\n  profiles:\n"
        for index in 0..<200 {
            text += "    p\(index):\n      name: p\(index)\n      tags: { instance: \"${connect.prod.arn}\" }\n"
        }
        #expect(DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout).diagnostics.isEmpty)
        text += "    a:\n      name: a\n      tags: { peer: \"${rolesAnywhere.profiles.b.arn}\" }\n"
        text += "    b:\n      name: b\n      tags: { peer: \"${rolesAnywhere.profiles.a.arn}\" }\n"
        for index in 200..<400 {
            text += "    p\(index):\n      name: p\(index)\n"
        }
        #expect(
            DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout).diagnostics.map(\.description) == [
                "f.yaml:612:21: error: rolesAnywhere.profiles.b: reference cycle: rolesAnywhere.profiles.a -> "
                    + "rolesAnywhere.profiles.b -> rolesAnywhere.profiles.a; a resource cannot depend on itself"
            ])
    }

    /// Instances are decoded on all cores: what comes out is in file order, problems included.
    @Test func manyInstancesKeepTheirOrder() throws {
        let names = (0..<40).map { "i\(($0 * 7) % 40)" }
        var text = "version: 1\nconnect:\n"
        for name in names {
            text += "  \(name):\n    alias: \(name)-alias\n    securityProfiles:\n"
            text += "      a: { name: A-\(name) }\n      b: { name: B-\(name), bogus: 1 }\n"
        }
        let result = DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout)
        #expect(result.diagnostics.count == 40)
        #expect(result.diagnostics.map(\.location?.line) == (0..<40).map { 7 + 5 * $0 })
        let valid = DesiredState.load(
            text: text.replacingOccurrences(of: ", bogus: 1", with: ""), file: "f.yaml", layout: Kinds.layout)
        let state = try #require(valid.state)
        #expect(state.connectInstances.map(\.key) == names)
        #expect(
            state.resources.map(\.address.description)
                == names.flatMap { name in
                    ["connect.\(name).securityProfiles.a", "connect.\(name).securityProfiles.b"]
                })
    }

    /// Names and identifiers clash only within one kind in one instance, however the file orders them.
    @Test func duplicateIdentifiersAreFoundPerInstanceAndKind() {
        let id = "5f0c2a3e-8d1b-4c6a-9e2f-1a7b3c4d5e60"
        let text = """
            version: 1
            connect:
              prod:
                alias: acme
                securityProfiles:
                  a: { name: A, id: \(id) }
                authenticationProfiles:
                  a: { name: A, id: \(id) }
              staging:
                alias: acme-staging
                securityProfiles:
                  a: { name: A, id: \(id) }
                  b: { name: B, id: \(id) }
            """
        #expect(
            DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout).diagnostics.map(\.description) == [
                "f.yaml:13:25: error: connect.staging.securityProfiles.b.id: security profile id \"\(id)\" is already "
                    + "used by connect.staging.securityProfiles.a (at 12:25)"
            ])
    }

    @Test func yamlErrorsStopBeforeValidation() {
        let result = DesiredState.load(text: "version: 1\nregion: [\n", file: "f.yaml", layout: Kinds.layout)
        #expect(result.state == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.location == SourceLocation(line: 3, column: 1))
    }

    @Test func explicitEmptyMappingsAndListsArePresent() throws {
        let text = """
            version: 1
            rolesAnywhere:
              profiles:
                ops:
                  name: ops
                  roleArns: []
                  tags: {}
                  attributeMappings: {}
            """
        let ops = try #require(
            DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout).state?.resources.first)
        #expect(ops[field: "roleArns"]?.value == .list([]))
        #expect(ops[field: "tags"]?.value == .mapping([]))
        #expect(ops[field: "attributeMappings"]?.value == .mapping([]))
        #expect(ops[field: "managedPolicyArns"] == nil)
    }

    @Test func aSessionPolicyMayBeAJSONString() throws {
        let text = """
            version: 1
            rolesAnywhere:
              profiles:
                ops:
                  name: ops
                  sessionPolicy: '{"Version": "2012-10-17", "Statement": []}'
            """
        let ops = try #require(
            DesiredState.load(text: text, file: "f.yaml", layout: Kinds.layout).state?.resources.first)
        #expect(
            ops[field: "sessionPolicy"]?.value.json?.value.serialized() == #"{"Statement":[],"Version":"2012-10-17"}"#)
    }

    @Test func aMissingFileIsAWholeFileError() {
        let result = DesiredState.load(path: "/nonexistent/warden.yaml", layout: Kinds.layout)
        #expect(result.diagnostics.map(\.description) == ["/nonexistent/warden.yaml: error: no such file"])
    }

    @Test func aDirectoryIsAWholeFileError() {
        let result = DesiredState.load(path: Fixtures.directory.path, layout: Kinds.layout)
        #expect(
            result.diagnostics.map(\.description) == ["\(Fixtures.directory.path): error: is a directory, not a file"])
    }

    @Test func invalidUTF8IsAWholeFileError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warden-\(UUID().uuidString).yaml")
        try Data([0x76, 0x3A, 0x20, 0xFF, 0x0A]).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = DesiredState.load(path: path.path, layout: Kinds.layout)
        #expect(result.diagnostics.map(\.description) == ["\(path.path): error: is not valid UTF-8 text"])
    }
}
