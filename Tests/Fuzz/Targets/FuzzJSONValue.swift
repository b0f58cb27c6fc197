import AWSModel

/// libFuzzer target: any bytes as an AWS answer's JSON body. The parser answers with a value or a
/// `JSONParseError` at a position inside the text; a value serializes to JSON that parses again, and
/// serializing is idempotent (`1.0` may become `1`, but only once) and the String and UTF-8 forms agree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONValue(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let value: JSONValue
    do {
        value = try JSONValue(parsing: bytes)
    } catch {
        if error.line < 1 || error.column < 1 || error.line > size + 1 || error.column > size + 1 {
            fatalError("error position outside the text: \(error)")
        }
        return 0
    }
    for formatting in [JSONFormatting(), JSONFormatting(sortedKeys: true, pretty: true)] {
        let once = value.serialized(formatting)
        let reparsed: JSONValue
        do {
            reparsed = try JSONValue(parsing: once)
        } catch {
            fatalError("serialized JSON does not parse again: \(error)\n\(once)")
        }
        let twice = reparsed.serialized(formatting)
        if once != twice { fatalError("serializing is not idempotent:\n\(once)\n\(twice)") }
        if value.serializedUTF8(formatting) != Array(once.utf8) {
            fatalError("serialized and serializedUTF8 disagree for \(once)")
        }
    }
    return 0
}
