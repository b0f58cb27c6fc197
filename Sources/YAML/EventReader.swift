import CYAML

/// One libyaml event, copied out of libyaml's memory.
enum Event {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias(anchor: String)
    case scalar(value: String, anchor: String?, tag: String?, style: ScalarStyle)
    case sequenceStart(anchor: String?, tag: String?, style: CollectionStyle)
    case sequenceEnd
    case mappingStart(anchor: String?, tag: String?, style: CollectionStyle)
    case mappingEnd
}

/// A libyaml syntax error: libyaml's message and 1-based position.
struct SyntaxError: Error {
    var message: String
    var location: SourceLocation
}

/// Pulls events from libyaml's parser (`yaml_parser_parse`) over a UTF-8 buffer that outlives the reader (its
/// base address must not be nil, even when it is empty).
struct EventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeBufferPointer<UInt8>

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            preconditionFailure("libyaml could not allocate a parser")
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, buffer.baseAddress!, buffer.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event with the 1-based location where it starts.
    mutating func next() throws(SyntaxError) -> (Event, SourceLocation) {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        return (Self.copy(event), location)
    }

    private static func copy(_ event: yaml_event_t) -> Event {
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(
                value: value, anchor: string(scalar.anchor), tag: string(scalar.tag), style: style(scalar.style))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(
                anchor: string(start.anchor), tag: string(start.tag),
                style: start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(
                anchor: string(start.anchor), tag: string(start.tag),
                style: start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: preconditionFailure("libyaml produced an event of unknown type \(event.type.rawValue)")
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// libyaml's error as a message and location. Reader errors (bad characters) carry a byte offset
    /// instead of a mark, which is turned into a line and column here.
    private func syntaxError() -> SyntaxError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        if state.error == YAML_READER_ERROR {
            var message = problem
            if state.problem_value != -1 {
                message += " (#x\(String(UInt32(bitPattern: state.problem_value), radix: 16, uppercase: true)))"
            }
            return SyntaxError(message: message, location: location(ofByte: Int(state.problem_offset)))
        }
        let mark = state.problem_mark
        var message = problem
        if let context = state.context.map({ String(cString: $0) }) {
            let contextMark = state.context_mark
            message += " (\(context) at \(contextMark.line + 1):\(contextMark.column + 1))"
        }
        return SyntaxError(message: message, location: SourceLocation(line: mark.line + 1, column: mark.column + 1))
    }

    private func location(ofByte offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in buffer.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }
}
