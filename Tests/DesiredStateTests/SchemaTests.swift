import AWSModel
import DesiredState
import Reconcile
import Testing

@Suite struct Schema {
    @Test func committedSchemaIsTheGeneratedOne() throws {
        let committed = try Fixtures.repositoryFile("schemas/warden.schema.json")
        #expect(committed == JSONSchema.text(Kinds.layout), "run: swift run warden schema > schemas/warden.schema.json")
    }

    @Test func isDraft2020With3KindsAndTwoContainersDefined() throws {
        guard case .object(let root) = JSONSchema.document(Kinds.layout), case .object(let definitions)? = root["$defs"]
        else {
            Issue.record("the schema is not an object with $defs")
            return
        }
        #expect(root["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(root["required"] == .array([.string("version")]))
        #expect(
            definitions.keys.sorted() == [
                "authenticationProfile", "connectInstance", "rolesAnywhere", "rolesAnywhereProfile", "securityProfile",
            ])
    }

    @Test func propertiesNameTheAWSMemberTheyMapTo() throws {
        guard case .object(let root) = JSONSchema.document(Kinds.layout),
            case .object(let definitions)? = root["$defs"],
            case .object(let profile)? = definitions["authenticationProfile"],
            case .object(let properties)? = profile["properties"],
            case .object(let duration)? = properties["periodicSessionDuration"]
        else {
            Issue.record("no periodicSessionDuration property")
            return
        }
        #expect(
            duration == [
                "type": "integer", "minimum": .integer(10), "maximum": .integer(60), "deprecated": .bool(true),
                "description": .string(
                    "Minutes between re-authentications of a signed-in user (10 to 60). Deprecated: AWS deprecated "
                        + "PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead. AWS: "
                        + "PeriodicSessionDuration (UpdateAuthenticationProfile)."),
            ])
    }
}
