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

/// An event as libyaml reported it, its texts (scalar value, anchor, tag) kept as byte ranges in a buffer
/// beside it: plain data, so recording and handing it over counts no references and allocates nothing.
struct RecordedEvent: Sendable {
    enum Kind: Sendable {
        case streamStart, streamEnd, documentStart, documentEnd, alias, scalar
        case sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    var kind: Kind
    var location: SourceLocation
    /// libyaml's marks: where the event's text starts and ends, in characters (Unicode scalars) from the start
    /// of the text.
    var marks: Range<Int> = 0..<0
    var value: Range<Int> = 0..<0
    var anchor: Range<Int>?
    var tag: Range<Int>?
    var scalarStyle = ScalarStyle.plain
    var collectionStyle = CollectionStyle.block

    /// The event with its texts made into strings from `texts`, the buffer the ranges point into.
    func event(texts: [UInt8]) -> Event {
        texts.withUnsafeBufferPointer { texts in
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: texts[range]), as: UTF8.self)
            }
            switch kind {
            case .streamStart: return .streamStart
            case .streamEnd: return .streamEnd
            case .documentStart: return .documentStart
            case .documentEnd: return .documentEnd
            case .alias: return .alias(anchor: string(anchor ?? 0..<0))
            case .scalar:
                return .scalar(
                    value: string(value), anchor: anchor.map(string), tag: tag.map(string), style: scalarStyle)
            case .sequenceStart:
                return .sequenceStart(anchor: anchor.map(string), tag: tag.map(string), style: collectionStyle)
            case .sequenceEnd: return .sequenceEnd
            case .mappingStart:
                return .mappingStart(anchor: anchor.map(string), tag: tag.map(string), style: collectionStyle)
            case .mappingEnd: return .mappingEnd
            }
        }
    }
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
        var texts: [UInt8] = []
        let recorded = try next(recordingTextsIn: &texts)
        return (recorded.event(texts: texts), recorded.location)
    }

    /// The next event with its texts appended to `texts` as bytes: nothing counted or allocated per event
    /// (what the read-ahead thread records).
    mutating func next(recordingTextsIn texts: inout [UInt8]) throws(SyntaxError) -> RecordedEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        var recorded = RecordedEvent(
            kind: .streamStart,
            location: SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1),
            marks: Int(event.start_mark.index)..<max(Int(event.start_mark.index), Int(event.end_mark.index)))
        switch event.type {
        case YAML_STREAM_START_EVENT: recorded.kind = .streamStart
        case YAML_STREAM_END_EVENT: recorded.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: recorded.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: recorded.kind = .documentEnd
        case YAML_ALIAS_EVENT:
            recorded.kind = .alias
            recorded.anchor = Self.append(event.data.alias.anchor, to: &texts)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            recorded.kind = .scalar
            recorded.value = Self.append(UnsafeBufferPointer(start: scalar.value, count: scalar.length), to: &texts)
            recorded.anchor = Self.append(scalar.anchor, to: &texts)
            recorded.tag = Self.append(scalar.tag, to: &texts)
            recorded.scalarStyle = Self.style(scalar.style)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            recorded.kind = .sequenceStart
            recorded.anchor = Self.append(start.anchor, to: &texts)
            recorded.tag = Self.append(start.tag, to: &texts)
            recorded.collectionStyle = start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
        case YAML_SEQUENCE_END_EVENT: recorded.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            recorded.kind = .mappingStart
            recorded.anchor = Self.append(start.anchor, to: &texts)
            recorded.tag = Self.append(start.tag, to: &texts)
            recorded.collectionStyle = start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
        case YAML_MAPPING_END_EVENT: recorded.kind = .mappingEnd
        default: preconditionFailure("libyaml produced an event of unknown type \(event.type.rawValue)")
        }
        return recorded
    }

    /// Appends a NUL-terminated libyaml string, if there is one; its range in `texts`.
    private static func append(_ pointer: UnsafeMutablePointer<yaml_char_t>?, to texts: inout [UInt8]) -> Range<Int>? {
        guard let pointer else { return nil }
        return append(UnsafeBufferPointer(start: pointer, count: strlen(pointer)), to: &texts)
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to texts: inout [UInt8]) -> Range<Int> {
        let start = texts.count
        texts.append(contentsOf: bytes)
        return start..<texts.count
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
