/// A response as received.
public struct AWSHTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public var isSuccess: Bool { (200..<300).contains(status) }

    /// `x-amzn-RequestId` (rest-json and query services) or `x-amz-request-id`.
    public var requestId: String? { headers.first("x-amzn-RequestId") ?? headers.first("x-amz-request-id") }
}
