/// Sends one HTTP request and returns the response, whatever its status. Failures to get a response
/// are thrown as `AWSError` of kind `.timeout` or `.connection`.
public protocol HTTPTransport: Sendable {
    func send(_ request: AWSHTTPRequest, timeout: Duration) async throws(AWSError) -> AWSHTTPResponse
}
