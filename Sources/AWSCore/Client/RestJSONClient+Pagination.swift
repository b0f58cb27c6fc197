public import AWSModel

extension RestJSONClient {
    /// The most pages a listing follows: 10,000 pages of 1,000 items is far more than any account holds, so
    /// tokens that never repeat and never end are a service fault, not a long list.
    public static let maximumPages = 10_000

    /// Every item of every page of a list operation, following the model's paginator: each page is one call,
    /// the next one asked for with the previous answer's token (`NextToken` / `nextToken`, as the paginator
    /// names them), until an answer has no token. Each call asks for `pageSize` items (at most what the model
    /// allows), or when nil for the largest page the model allows (Connect ListInstances: 10; the other
    /// Connect lists: 1000). Where the model's paginator names no page-size member (Roles Anywhere
    /// ListProfiles: AWS documents no maximum either), none is sent and the service's default page applies.
    ///
    /// An answer that repeats a token already followed is an error (a service bug would otherwise loop for
    /// ever), and so is a listing longer than `maximumPages`. An answer whose items are not a list is an error
    /// too, never read as "there are none"; an absent list is an empty one, as botocore reads it.
    public func listAll(
        _ operation: String,
        input: JSONValue,
        pageSize: Int? = nil,
        maximumPages: Int = RestJSONClient.maximumPages
    ) async throws(AWSError) -> [JSONValue] {
        let (items, complete) = try await list(operation, input: input, pageSize: pageSize, maxPages: maximumPages)
        guard complete else {
            var error = AWSError.invalidResponse(
                "\(operation) still had more after \(maximumPages) pages; stopped (no account has that many, so the "
                    + "answers are looping).")
            error.operation = operation
            throw error
        }
        return items
    }

    /// The items of the first pages of a list operation (as `listAll` reads them), at most `maxPages`
    /// calls, stopping early once `enough` says so of the items so far; `complete` when the last page was read.
    public func list(
        _ operation: String, input: JSONValue, pageSize: Int? = nil, maxPages: Int = RestJSONClient.maximumPages,
        enough: ([JSONValue]) -> Bool = { _ in false }
    ) async throws(AWSError) -> (items: [JSONValue], complete: Bool) {
        guard let paginator = model.paginators[operation], let resultKey = paginator.resultKeys.first else {
            preconditionFailure("\(operation) has no paginator in the model")
        }
        var input = input
        if let (member, largest) = model.largestPageSize(for: operation), case .object(var members) = input {
            if let pageSize {
                members[member] = .integer(min(Int64(max(pageSize, 1)), largest))
            } else if members[member] == nil {
                members[member] = .integer(largest)
            }
            input = .object(members)
        }
        var items: [JSONValue] = []
        var followed: Set<String> = []
        var pages = 0
        while true {
            let page = try await call(operation, input: input)
            pages += 1
            guard case .object(let members) = page, members[resultKey] == nil || members[resultKey]?.arrayValue != nil
            else {
                var error = AWSError.invalidResponse(
                    "The answer to \(operation) cannot be decoded: \(resultKey) is not a list of items.")
                error.operation = operation
                throw error
            }
            items += members[resultKey]?.arrayValue ?? []
            guard let next = page[paginator.outputToken]?.stringValue, !next.isEmpty else { return (items, true) }
            if pages >= maxPages || enough(items) { return (items, false) }
            guard followed.insert(next).inserted else {
                var error = AWSError.invalidResponse("\(operation) returned the same \(paginator.outputToken) twice.")
                error.operation = operation
                throw error
            }
            if case .object(var members) = input {
                members[paginator.inputToken] = .string(next)
                input = .object(members)
            }
        }
    }
}
