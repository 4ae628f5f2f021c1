internal import CYAML

/// Pulls events from libyaml's parser over an owned copy of the input bytes.
///
/// libyaml does not copy its input, so the stream owns the bytes for as long as it parses.
final class LibYAMLEventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    /// Starts parsing a copy of `bytes`, which are read as UTF-8.
    init(bytes: [UInt8]) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or the failure libyaml reports.
    func next() -> Result<YAMLEvent, YAMLParseFailure> {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { return .failure(failure()) }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        return .success(YAMLEvent(kind: Self.kind(of: event), line: line, column: column))
    }

    /// Copies an event's payload into Swift values.
    private static func kind(of event: yaml_event_t) -> YAMLEvent.Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)),
                as: UTF8.self)
            return .scalar(
                text: text, style: style(scalar.style), tag: string(scalar.tag),
                anchor: string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            return .sequenceStart(tag: string(sequence.tag), anchor: string(sequence.anchor))
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            return .mappingStart(tag: string(mapping.tag), anchor: string(mapping.anchor))
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd
        }
    }

    /// The scalar style libyaml saw.
    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    /// A Swift string from a nullable NUL-terminated C string of unsigned bytes.
    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// libyaml's error state as a located failure.
    private func failure() -> YAMLParseFailure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLParseFailure(position: .byteOffset(0), message: "libyaml ran out of memory")
        case YAML_READER_ERROR:
            let value = Int(state.problem_value)
            let detail =
                problem.contains("control")
                ? "U+" + hex(value, digits: 4) : "byte 0x" + hex(value, digits: 2)
            return YAMLParseFailure(
                position: .byteOffset(Int(state.problem_offset)),
                message: "\(problem) (\(detail))")
        default:
            let context = state.context.map { String(cString: $0) }
            let message = context.map { "\($0), \(problem)" } ?? problem
            return YAMLParseFailure(
                position: .mark(
                    line: Int(state.problem_mark.line) + 1,
                    column: Int(state.problem_mark.column) + 1),
                message: message)
        }
    }

    /// Upper-case hexadecimal, zero-padded to `digits`.
    private func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
