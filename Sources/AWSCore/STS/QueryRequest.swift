import SigV4

/// A query-protocol request (STS): `Action`, `Version` and the input members as
/// `application/x-www-form-urlencoded` pairs, POSTed to `/`.
struct QueryRequest {
    private(set) var pairs: [(String, String)]

    init(action: String, version: String) {
        pairs = [("Action", action), ("Version", version)]
    }

    /// Adds `name=value` when `value` is present.
    mutating func add(_ name: String, _ value: String?) {
        if let value { pairs.append((name, value)) }
    }

    mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    /// A list member: `name.member.1=...` (flattened names as botocore's query serializer writes them).
    /// An empty list is sent as `name=` so that AWS sees it was given.
    mutating func addList<Element>(_ name: String, _ values: [Element]?, _ fields: (Element) -> [(String, String?)]) {
        guard let values else { return }
        if values.isEmpty {
            pairs.append((name, ""))
            return
        }
        for (index, value) in values.enumerated() {
            for (field, fieldValue) in fields(value) {
                add("\(name).member.\(index + 1)\(field.isEmpty ? "" : "." + field)", fieldValue)
            }
        }
    }

    /// The form body, encoded as botocore encodes it: unreserved characters kept, space as `+`,
    /// everything else as `%XX`.
    var body: [UInt8] {
        func encode(_ text: String) -> String {
            text.split(separator: " ", omittingEmptySubsequences: false).map { URIEncoding.encode(String($0)) }
                .joined(separator: "+")
        }
        return Array(pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&").utf8)
    }

    static let contentType = "application/x-www-form-urlencoded; charset=utf-8"
}
