/// Finds the operation a received request is for, by HTTP method and URI template, as an AWS front end
/// does. Used by the emulator.
public struct RestJSONRouter: Sendable {
    public struct Match: Sendable {
        public let operation: OperationModel
        /// Decoded URI label values by label name.
        public let labels: [String: String]
    }

    private let routes: [(template: URITemplate, operation: OperationModel)]

    public init(model: ServiceModel) {
        routes = model.operations.values
            .map { (URITemplate($0.requestURI), $0) }
            .sorted { lhs, rhs in
                let (a, b) = (lhs.0.specificity, rhs.0.specificity)
                return a.literals != b.literals
                    ? a.literals > b.literals
                    : a.segments != b.segments ? a.segments > b.segments : lhs.1.name < rhs.1.name
            }
    }

    /// The operation for `method` and `rawPath` (still percent-encoded, without the query string).
    public func route(method: String, rawPath: String) -> Match? {
        for (template, operation) in routes where operation.method == method {
            if let labels = template.match(rawPath) { return Match(operation: operation, labels: labels) }
        }
        return nil
    }

    /// Whether some operation serves `rawPath` with another method (AWS answers those 405, not 404).
    public func hasRoute(forPath rawPath: String) -> Bool {
        routes.contains { $0.template.match(rawPath) != nil }
    }
}
