/// The code and message of an AWS error response, read the way botocore reads them.
public struct AWSErrorBody: Sendable, Equatable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// Reads a rest-json error: the code from `x-amzn-ErrorType` (anything after `:` dropped), else the
    /// body's `code`/`Code`, else `__type` (any `namespace#` prefix dropped); the message from `message`,
    /// `Message`, `errorMessage` or (SSO OIDC's OAuth errors) `error_description`. Nil when the response
    /// names no code at all.
    public static func parse(headers: [(name: String, value: String)], body: [UInt8]) -> AWSErrorBody? {
        let json = try? JSONValue(parsing: body)
        var code = headers.first { $0.name.lowercased() == "x-amzn-errortype" }?.value
        if let header = code, let colon = header.firstIndex(of: ":") { code = String(header[..<colon]) }
        if code?.isEmpty ?? true {
            code = json?["code"]?.stringValue ?? json?["Code"]?.stringValue
        }
        if code?.isEmpty ?? true, let type = json?["__type"]?.stringValue {
            code = type.split(separator: "#").last.map(String.init) ?? type
        }
        guard let code, !code.isEmpty else { return nil }
        let message =
            json?["message"]?.stringValue ?? json?["Message"]?.stringValue ?? json?["errorMessage"]?.stringValue
            ?? json?["error_description"]?.stringValue ?? ""
        return AWSErrorBody(code: code, message: message)
    }
}

extension ServiceModel {
    /// The HTTP status and JSON body AWS sends for error `code`: the status from the model's error trait
    /// (400 when the model does not declare the error), the message under the member name the error shape
    /// uses (`Message` for Connect, `error_description` for SSO OIDC's OAuth errors, `message` for Roles
    /// Anywhere and the others), plus any extra members given.
    public func errorResponse(code: String, message: String, extra: [String: JSONValue] = [:]) -> (
        status: Int, body: JSONValue
    ) {
        let shape = errorShape(code: code)
        let messageKey =
            if shape?.members["Message"] != nil {
                "Message"
            } else if shape?.members["error_description"] != nil {
                "error_description"
            } else {
                "message"
            }
        var body = extra
        body[messageKey] = .string(message)
        return (shape?.error?.httpStatusCode ?? 400, .object(body))
    }
}
