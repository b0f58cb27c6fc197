import Reconcile
import Testing

@testable import DesiredState

@Suite struct KindDescriptions {
    @Test func theLayoutHasEveryKindOnceInTheListsOrder() {
        let ids = Kinds.all.map(\.kind.id)
        #expect(Kinds.layout.kinds.map(\.id) == ids)
        #expect(Set(ids).count == ids.count)
        for kind in Kinds.layout.kinds {
            #expect(Kinds.named(kind.id) == kind)
            #expect(Kinds.behavior(for: kind).kind == kind)
        }
        #expect(Kinds.named("noSuchKind") == nil)
    }

    @Test func fileLayoutHasOneCollectionPerKindInItsScope() {
        let connect = Kinds.kinds(in: .connectInstance).map(\.collection)
        let rolesAnywhere = Kinds.kinds(in: .rolesAnywhere).map(\.collection)
        #expect(Kinds.layout.connectInstance.fields.map(\.key) == ["id", "alias", "region", "prune"] + connect)
        #expect(Kinds.layout.rolesAnywhere.fields.map(\.key) == ["region", "prune"] + rolesAnywhere)
        #expect(Set(connect + rolesAnywhere).count == Kinds.all.count)
    }

    @Test func everyResourceFieldIsDocumentedAndMappedToAWS() {
        for kind in Kinds.layout.kinds {
            for field in Self.allFields(of: kind.shape) {
                #expect(!field.doc.isEmpty, "\(kind.id).\(field.key) has no doc")
                if case .object = field.type { continue }
                #expect(field.aws != nil, "\(kind.id).\(field.key) maps to no AWS member")
            }
        }
    }

    @Test func everyModelFieldOfTheIssueIsDescribed() {
        #expect(
            ResourceKind.authenticationProfile.fields.map(\.key) == [
                "id", "name", "description", "allowedIps", "blockedIps", "periodicSessionDuration", "sessionInactivity",
            ])
        #expect(
            ResourceKind.securityProfile.fields.map(\.key) == [
                "id", "name", "description", "permissions", "allowedAccessControlTags", "tagRestrictedResources",
                "applications", "hierarchyRestrictedResources", "allowedAccessControlHierarchyGroupId",
                "allowedFlowModules", "granularAccessControlConfiguration", "tags",
            ])
        #expect(
            ResourceKind.rolesAnywhereProfile.fields.map(\.key) == [
                "id", "name", "enabled", "roleArns", "managedPolicyArns", "sessionPolicy", "durationSeconds",
                "acceptRoleSessionName", "requireInstanceProperties", "attributeMappings", "tags",
            ])
        #expect(ResourceKind.rolesAnywhereProfile.field("requireInstanceProperties")?.isCreateOnly == true)
        #expect(ResourceKind.securityProfile.field("name")?.isCreateOnly == true)
        #expect(ResourceKind.securityProfile.field("applications")?.comparison == .keyedList(key: "namespace"))
        #expect(ResourceKind.rolesAnywhereProfile.field("sessionPolicy")?.comparison == .json)
        #expect(ResourceKind.authenticationProfile.field("allowedIps")?.comparison == .set)
    }

    @Test func everyPatternCompilesAndMatchesWholeStrings() throws {
        let patterns = Self.allPatterns()
        #expect(patterns.count >= 10)
        for pattern in patterns {
            #expect((try? Regex(pattern)) != nil, "\(pattern) does not compile")
            #expect((try? Pattern(pattern)) != nil, "\(pattern) does not compile for Warden's matcher")
        }
        #expect(try Pattern("^[ a-zA-Z0-9_@-]+$").wholeMatch("Agent"))
        #expect(try !Pattern("[ a-zA-Z0-9_@-]+").wholeMatch("Agent!"))
        #expect(try Pattern("[ a-zA-Z0-9-_]*").wholeMatch("ops name-1_"))
        #expect(try Pattern("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$").wholeMatch("Région 1"))
        #expect(try !Pattern("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$").wholeMatch("aws:x"))
    }

    /// Every pattern of the kind descriptions and the file layout.
    static func allPatterns() -> [String] {
        var patterns: [String] = []
        for shape in [Kinds.layout.root, Kinds.layout.connectInstance, Kinds.layout.rolesAnywhere]
            + Kinds.layout.kinds.map(\.shape)
        {
            for field in allFields(of: shape) { patterns += Self.patterns(in: field.type) }
        }
        return patterns
    }

    private static func allFields(of shape: ObjectShape) -> [FieldDescription] {
        shape.fields.flatMap { field -> [FieldDescription] in
            switch field.type {
            case .object(let nested): [field] + allFields(of: nested)
            case .list(let rule):
                if case .object(let nested) = rule.element { [field] + allFields(of: nested) } else { [field] }
            default: [field]
            }
        }
    }

    private static func patterns(in type: ValueType) -> [String] {
        switch type {
        case .string(let rule): rule.pattern.map { [$0] } ?? []
        case .list(let rule): patterns(in: rule.element)
        case .map(let rule): (rule.key.pattern.map { [$0] } ?? []) + patterns(in: rule.value)
        default: []
        }
    }
}
