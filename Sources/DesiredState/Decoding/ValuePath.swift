/// Where a value sits in the file's structure, as messages print it:
/// `connect.prod.securityProfiles.agent.applications[0].namespace`, `tags["cost center"]`.
struct ValuePath: CustomStringConvertible {
    enum Component {
        case key(String)
        case index(Int)
    }

    static let root = ValuePath(components: [])

    var components: [Component]

    var isRoot: Bool { components.isEmpty }

    func appending(_ key: String) -> ValuePath {
        ValuePath(components: components + [.key(key)])
    }

    func appending(index: Int) -> ValuePath {
        ValuePath(components: components + [.index(index)])
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
