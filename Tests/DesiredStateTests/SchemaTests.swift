import AWSModel
import DesiredState
import Reconcile
import Testing
import YAML

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
                "variable",
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
                "type": ["integer", "string"], "minimum": .integer(10), "maximum": .integer(60),
                "deprecated": .bool(true), "pattern": #"^\$\{var\.[A-Za-z][A-Za-z0-9_]{0,63}\}$"#,
                "description": .string(
                    "Minutes between re-authentications of a signed-in user (10 to 60). Deprecated: AWS deprecated "
                        + "PeriodicSessionDuration on 10/31/2025; use sessionInactivity instead. AWS: "
                        + "PeriodicSessionDuration (UpdateAuthenticationProfile)."),
            ])
    }

    @Test func permissionsOfferTheCatalogWhileAnyNameStaysValid() throws {
        guard case .object(let root) = JSONSchema.document(Kinds.layout),
            case .object(let definitions)? = root["$defs"],
            case .object(let profile)? = definitions["securityProfile"],
            case .object(let properties)? = profile["properties"],
            case .object(let permissions)? = properties["permissions"],
            case .object(let item)? = permissions["items"]
        else {
            Issue.record("no securityProfile.permissions items")
            return
        }
        #expect(item["type"] == "string")
        #expect(item["minLength"] == .integer(1))
        #expect(item["maxLength"] == .integer(128))
        #expect(item["enum"] == nil, "an enum would make a new AWS permission invalid")
        #expect(
            item["anyOf"]
                == .array([
                    .object(["enum": .array(ConnectPermissionCatalog.all.map(JSONValue.string))]), ["type": "string"],
                ]))
    }

    @Test func allowPermissionsIsDescribedAtFileAndInstanceLevel() throws {
        guard case .object(let root) = JSONSchema.document(Kinds.layout),
            case .object(let properties)? = root["properties"],
            case .object(let definitions)? = root["$defs"],
            case .object(let instance)? = definitions["connectInstance"],
            case .object(let instanceProperties)? = instance["properties"]
        else {
            Issue.record("the schema has no properties")
            return
        }
        for allowance in [properties["allowPermissions"], instanceProperties["allowPermissions"]] {
            guard case .object(let schema)? = allowance else {
                Issue.record("no allowPermissions")
                continue
            }
            #expect(schema["type"] == ["array", "string"])
            #expect(schema["uniqueItems"] == .bool(true))
            guard case .string(let description)? = schema["description"] else { continue }
            #expect(description.contains("without a warning"))
        }
    }
}
