import AWSModel

/// The pages of a list operation, as an async sequence: each page is one call, the next one asked
/// for with the previous answer's token (`NextToken` / `nextToken`, as the model's paginator names
/// them), until an answer has no token. Unless the input sets a page size, each call asks for the
/// largest page the model allows (Connect ListInstances: 10; the other Connect lists: 1000).
///
/// An answer that repeats a token already followed is an error (a service bug would otherwise loop
/// for ever), and so is a listing longer than `maximumPages` (tokens that never repeat, never end).
public struct AWSPaginator<Page: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    public let client: RestJSONClient
    public let operation: String
    /// The first request's input, keyed by model member names.
    public let input: JSONValue
    /// The most pages followed: 10,000 pages of 1,000 items is far more than any account holds.
    public var maximumPages = 10_000

    public init(client: RestJSONClient, operation: String, input: JSONValue) {
        self.client = client
        self.operation = operation
        var input = input
        if let (key, size) = client.largestPageSize(for: operation), input[key] == nil,
            case .object(var members) = input
        {
            members[key] = .integer(size)
            input = .object(members)
        }
        self.input = input
    }

    /// Calls the operation page by page.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let paginator: AWSPaginator
        var token: String?
        var followed: Set<String> = []
        var pages = 0
        var finished = false

        public mutating func next() async throws -> Page? {
            guard !finished else { return nil }
            let client = paginator.client
            let operation = paginator.operation
            guard let paginatorModel = client.model.paginators[operation] else {
                preconditionFailure("\(operation) has no paginator in the model")
            }
            var input = paginator.input
            if let token, case .object(var members) = input {
                members[paginatorModel.inputToken] = .string(token)
                input = .object(members)
            }
            let (json, body) = try await client.callReturningBody(operation, input: input)
            let page = try RestJSONClient.decode(Page.self, from: body, operation: operation)
            pages += 1
            if let next = json[paginatorModel.outputToken]?.stringValue, !next.isEmpty {
                guard pages < paginator.maximumPages else {
                    var error = AWSError.invalidResponse(
                        "\(operation) still had more after \(pages) pages; stopped (no account has that many, so the "
                            + "answers are looping).")
                    error.operation = operation
                    throw error
                }
                guard followed.insert(next).inserted else {
                    var error = AWSError.invalidResponse(
                        "\(operation) returned the same \(paginatorModel.outputToken) twice.")
                    error.operation = operation
                    throw error
                }
                token = next
            } else {
                finished = true
            }
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(paginator: self) }

    /// Every item of every page, in order.
    public func collect<Item>(_ items: KeyPath<Page, [Item]?>) async throws -> [Item] {
        var all: [Item] = []
        for try await page in self { all += page[keyPath: items] ?? [] }
        return all
    }
}

extension RestJSONClient {
    /// The page-size member of `operation` and the largest value its shape allows, if the model's
    /// paginator has a limit key and the shape a maximum.
    public func largestPageSize(for operation: String) -> (member: String, size: Int64)? {
        guard let limitKey = model.paginators[operation]?.limitKey,
            let input = model.operation(operation).input,
            let member = model.shape(input).members[limitKey],
            let maximum = model.shape(member.shape).max
        else { return nil }
        return (limitKey, maximum)
    }

    /// The pages of `operation` starting from `input`.
    public func paginate<Input: Encodable, Page: Decodable & Sendable>(
        _ operation: String,
        input: Input,
        page: Page.Type = Page.self
    ) throws(AWSError) -> AWSPaginator<Page> {
        AWSPaginator(client: self, operation: operation, input: try Self.json(of: input, operation: operation))
    }
}
