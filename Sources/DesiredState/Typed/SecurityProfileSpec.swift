/// Typed read access to a security profile's fields; `nil` means the file does not manage the field.
public struct SecurityProfileSpec: Sendable, Hashable {
    /// One entry of `applications`.
    public struct Application: Sendable, Hashable {
        public var namespace: Template
        public var permissions: [Template]
        public var type: String?

        public init(namespace: Template, permissions: [Template], type: String?) {
            self.namespace = namespace
            self.permissions = permissions
            self.type = type
        }
    }

    /// One entry of `allowedFlowModules`.
    public struct FlowModule: Sendable, Hashable {
        public var flowModuleId: Template
        public var type: String?

        public init(flowModuleId: Template, type: String?) {
            self.flowModuleId = flowModuleId
            self.type = type
        }
    }

    /// One entry of `granularAccessControlConfiguration…primaryAttributeValues`.
    public struct PrimaryAttributeValue: Sendable, Hashable {
        public var attributeName: String
        public var accessType: String?
        public var values: [Template]?

        public init(attributeName: String, accessType: String?, values: [Template]?) {
            self.attributeName = attributeName
            self.accessType = accessType
            self.values = values
        }
    }

    public let resource: Resource

    /// `nil` unless `resource` is a security profile.
    public init?(_ resource: Resource) {
        guard resource.kind == .securityProfile else { return nil }
        self.resource = resource
    }

    public var id: String? { resource.string("id") }
    public var name: String? { resource.string("name") }
    public var description: Template? { resource.template("description") }
    public var permissions: [Template]? { resource.templates("permissions") }
    public var allowedAccessControlTags: [String: Template]? { resource.templateMap("allowedAccessControlTags") }
    public var tagRestrictedResources: [Template]? { resource.templates("tagRestrictedResources") }
    public var hierarchyRestrictedResources: [Template]? { resource.templates("hierarchyRestrictedResources") }
    public var allowedAccessControlHierarchyGroupId: Template? {
        resource.template("allowedAccessControlHierarchyGroupId")
    }
    public var tags: [String: Template]? { resource.templateMap("tags") }

    public var applications: [Application]? {
        resource[field: "applications"]?.value.list?.compactMap { item in
            guard let namespace = item.value["namespace"]?.value.template,
                let permissions = item.value["permissions"]?.value.templates
            else { return nil }
            return Application(
                namespace: namespace, permissions: permissions, type: item.value["type"]?.value.string)
        }
    }

    public var allowedFlowModules: [FlowModule]? {
        resource[field: "allowedFlowModules"]?.value.list?.compactMap { item in
            item.value["flowModuleId"]?.value.template.map {
                FlowModule(flowModuleId: $0, type: item.value["type"]?.value.string)
            }
        }
    }

    /// `granularAccessControlConfiguration.dataTableAccessControlConfiguration.`
    /// `primaryAttributeAccessControlConfiguration.primaryAttributeValues`.
    public var primaryAttributeValues: [PrimaryAttributeValue]? {
        resource[field: "granularAccessControlConfiguration"]?.value["dataTableAccessControlConfiguration"]?
            .value["primaryAttributeAccessControlConfiguration"]?.value["primaryAttributeValues"]?.value.list?
            .compactMap { item in
                item.value["attributeName"]?.value.string.map {
                    PrimaryAttributeValue(
                        attributeName: $0, accessType: item.value["accessType"]?.value.string,
                        values: item.value["values"]?.value.templates)
                }
            }
    }
}
