import AWSCore

/// libFuzzer target: any bytes as an STS answer (query protocol XML). The reader answers with a tree or an
/// `AWSError` of kind `.invalidResponse`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSTSXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let root = try XMLTree.parse(bytes)
        _ = root.descendant("GetCallerIdentityResult", "Account")?.text
        _ = root.descendant("Error", "Code")?.text
    } catch {
        if error.kind != .invalidResponse { fatalError("XMLTree.parse threw an unexpected error: \(error)") }
    }
    return 0
}
