public import Foundation

/// A user hierarchy group (agent group) of a Connect instance.
public struct HierarchyGroup: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var lastModifiedTime: Date
    public var lastModifiedRegion: String
    public var tags: [String: String]

    public init(
        id: String, name: String, lastModifiedTime: Date, lastModifiedRegion: String, tags: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.lastModifiedTime = lastModifiedTime
        self.lastModifiedRegion = lastModifiedRegion
        self.tags = tags
    }
}
