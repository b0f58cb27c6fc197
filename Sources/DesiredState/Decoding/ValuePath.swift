/// Where a value sits in the file's structure, as messages print it:
/// `connect.prod.securityProfiles.agent.applications[0].namespace`, `tags["cost center"]`.
///
/// Every decoded value gets one and almost none is ever printed, so paths are cheap to make: the last
/// component is held inline and the rest is a chain of shared links; `extendable()` turns a container's path
/// into a link once, so that its elements' paths cost no allocation. The text is put together only for a
/// message.
struct ValuePath: Sendable, CustomStringConvertible {
    enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    /// One component and the path it extends.
    private final class Link: Sendable {
        let parent: Link?
        let component: Component

        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    static let root = ValuePath(parent: nil, last: nil)

    private let parent: Link?
    private let last: Component?

    private init(parent: Link?, last: Component?) {
        self.parent = parent
        self.last = last
    }

    /// This path with its last component moved into a link: appending to it then allocates nothing.
    func extendable() -> ValuePath {
        ValuePath(parent: link, last: nil)
    }

    private var link: Link? {
        guard let last else { return parent }
        return Link(parent: parent, component: last)
    }

    /// The components from the root.
    var components: [Component] {
        var reversed: [Component] = last.map { [$0] } ?? []
        var link = parent
        while let current = link {
            reversed.append(current.component)
            link = current.parent
        }
        return reversed.reversed()
    }

    var isRoot: Bool { last == nil && parent == nil }

    func appending(_ key: String) -> ValuePath {
        ValuePath(parent: link, last: .key(key))
    }

    func appending(index: Int) -> ValuePath {
        ValuePath(parent: link, last: .index(index))
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if key.isEmpty || key.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                    text += "[\"\(key)\"]"
                } else {
                    text += text.isEmpty ? key : ".\(key)"
                }
            }
        }
        return text
    }

    /// `path: message`, or just the message at the root.
    func message(_ text: String) -> String {
        isRoot ? text : "\(self): \(text)"
    }
}
