import DesiredState
import Testing
import YAML

/// `tagRestrictedResources` and `hierarchyRestrictedResources` against the resource types AWS documents.
@Suite struct RestrictedResources {
    static func warnings(tag: String? = nil, hierarchy: String? = nil) -> [String] {
        var extra = ""
        if let tag { extra += "        tagRestrictedResources: \(tag)\n" }
        if let hierarchy { extra += "        hierarchyRestrictedResources: \(hierarchy)\n" }
        return PermissionFile.diagnostics(PermissionFile.text(["BasicAgentAccess"], extra: extra))
            .filter { $0.severity == .warning }.map(\.message)
    }

    @Test func theDocumentedTypesAreSilent() {
        #expect(Self.warnings(tag: "[User, SecurityProfile, Queue, RoutingProfile]", hierarchy: "[User]").isEmpty)
    }

    @Test func anUndocumentedTagRestrictedTypeWarnsWithASuggestion() {
        #expect(
            Self.warnings(tag: "[Users, queue, ContactFlow]") == [
                "connect.prod.securityProfiles.supervisor.tagRestrictedResources: \"Users\" is not a resource type AWS "
                    + "documents for tag restrictions (User, SecurityProfile, Queue, RoutingProfile); did you mean \"User\"?",
                "connect.prod.securityProfiles.supervisor.tagRestrictedResources: \"queue\" is not a resource type AWS "
                    + "documents for tag restrictions (User, SecurityProfile, Queue, RoutingProfile); did you mean \"Queue\"?",
                "connect.prod.securityProfiles.supervisor.tagRestrictedResources: \"ContactFlow\" is not a resource type "
                    + "AWS documents for tag restrictions (User, SecurityProfile, Queue, RoutingProfile)",
            ])
    }

    @Test func hierarchyRestrictionsDocumentOnlyUser() {
        #expect(
            Self.warnings(hierarchy: "[User, Queue]") == [
                "connect.prod.securityProfiles.supervisor.hierarchyRestrictedResources: \"Queue\" is not a resource "
                    + "type AWS documents for hierarchy restrictions (User)"
            ])
    }
}
