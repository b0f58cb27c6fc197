import Testing

@testable import DesiredState

@Suite struct KindDescriptions {
    @Test func registersTheThreeKindsInFileOrder() {
        #expect(ResourceKind.all.map(\.id) == ["authenticationProfile", "securityProfile", "rolesAnywhereProfile"])
        #expect(
            ResourceKind.kinds(in: .connectInstance).map(\.collection) == [
                "authenticationProfiles", "securityProfiles",
            ])
        #expect(ResourceKind.kinds(in: .rolesAnywhere).map(\.collection) == ["profiles"])
        #expect(ResourceKind.named("securityProfile") == .securityProfile)
    }

    @Test func fileLayoutHasOneCollectionPerRegisteredKind() {
        let instanceKeys = FileLayout.connectInstance.fields.map(\.key)
        #expect(
            instanceKeys == [
                "id", "alias", "region", "prune", "allowPermissions", "authenticationProfiles", "securityProfiles",
            ])
        #expect(FileLayout.rolesAnywhere.fields.map(\.key) == ["region", "prune", "profiles"])
    }

    @Test func everyResourceFieldIsDocumentedAndMappedToAWS() {
        for kind in ResourceKind.all {
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
        for shape in [FileLayout.root, FileLayout.connectInstance, FileLayout.rolesAnywhere]
            + ResourceKind.all.map(\.shape)
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
