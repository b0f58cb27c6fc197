import CYAML

/// The floor the offline benchmark measures against: libyaml's event parser run over a whole file, every
/// event thrown away as soon as it is made. No tree, no strings copied out, no checks.
enum LibyamlParse {
    /// Parses `bytes` and returns how many events libyaml produced.
    static func events(in bytes: [UInt8]) throws -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw BenchFailure("libyaml could not allocate a parser") }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeBufferPointer { buffer throws -> Int in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown error"
                    throw BenchFailure("libyaml: \(problem) at line \(parser.pointee.problem_mark.line + 1)")
                }
                let type = event.type
                yaml_event_delete(&event)
                count += 1
                if type == YAML_STREAM_END_EVENT { return count }
            }
        }
    }
}
