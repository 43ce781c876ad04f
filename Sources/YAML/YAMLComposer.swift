import CYAML
import SwansibleCore

/// Reads YAML text with libyaml and composes its documents into nodes that keep their positions.
public enum YAMLComposer {
    /// The documents of a YAML stream.
    public static func composeAll(_ text: String, path: String) throws(YAMLError) -> [YAMLNode] {
        let source = SourceText(path: path, text: text)
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        var result: Result<[YAMLNode], YAMLError> = .success([])
        bytes.withUnsafeMutableBufferPointer { buffer in
            var composer = EventComposer(source: source)
            result = composer.run(buffer)
        }
        return try result.get()
    }

    /// The single document of a YAML stream, or nil when the stream is empty.
    public static func compose(_ text: String, path: String) throws(YAMLError) -> YAMLNode? {
        let documents = try composeAll(text, path: path)
        if documents.count > 1 {
            let second = documents[1].location
            throw YAMLError(
                .severalDocuments,
                SourceText(path: path, text: text).diagnostic(
                    .error, "expected a single document in the stream, but found another document",
                    line: second.line, column: second.column))
        }
        return documents.first
    }
}

/// Builds nodes from libyaml's event stream.
struct EventComposer {
    let source: SourceText
    var anchors: [String: YAMLNode] = [:]

    init(source: SourceText) {
        self.source = source
    }

    static let maxDepth = 512

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: source.path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    func error(_ kind: YAMLError.Kind, _ message: String, _ loc: SourceLocation) -> YAMLError {
        YAMLError(kind, source.diagnostic(.error, message, line: loc.line, column: loc.column))
    }

    static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, _ length: Int? = nil) -> String? {
        guard let p else { return nil }
        if let length {
            return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self)
        }
        return String(cString: p)
    }

    /// A frame of a collection being built.
    struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        var tag: String?
        var anchor: String?
        var location: SourceLocation
    }

    mutating func run(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Result<[YAMLNode], YAMLError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(error(.syntax, "libyaml could not start", SourceLocation(file: source.path, line: 1, column: 1)))
        }
        defer { yaml_parser_delete(&parser) }
        guard let base = buffer.baseAddress else { return .success([]) }
        yaml_parser_set_input_string(&parser, base, buffer.count)

        var documents: [YAMLNode] = []
        var stack: [Frame] = []
        var root: YAMLNode?

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(parserError(parser))
            }
            defer { yaml_event_delete(&event) }
            let loc = location(event.start_mark)
            var finished: YAMLNode?
            var anchorName: String?

            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(documents)
            case YAML_DOCUMENT_START_EVENT:
                anchors = [:]
                root = nil
                continue
            case YAML_DOCUMENT_END_EVENT:
                documents.append(root ?? YAMLNode(kind: .scalar("", .plain), tag: nil, location: loc))
                continue
            case YAML_ALIAS_EVENT:
                let name = EventComposer.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    return .failure(error(.badAlias, "found undefined alias '\(name)'", loc))
                }
                finished = target
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = EventComposer.string(s.value, Int(s.length)) ?? ""
                let style: YAMLNode.ScalarStyle
                switch s.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: style = .literal
                case YAML_FOLDED_SCALAR_STYLE: style = .folded
                default: style = .plain
                }
                var tag = EventComposer.string(s.tag)
                if tag == "!" { tag = "tag:yaml.org,2002:str" }
                anchorName = EventComposer.string(s.anchor)
                finished = YAMLNode(kind: .scalar(text, style), tag: tag, location: loc)
            case YAML_SEQUENCE_START_EVENT where stack.count >= EventComposer.maxDepth,
                YAML_MAPPING_START_EVENT where stack.count >= EventComposer.maxDepth:
                // deeper than any real file: refused before the recursive steps after this run out of stack
                return .failure(error(.syntax, "maximum nesting depth exceeded (\(EventComposer.maxDepth) levels)", loc))
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                stack.append(
                    Frame(isMapping: false, tag: EventComposer.string(s.tag), anchor: EventComposer.string(s.anchor), location: loc))
                continue
            case YAML_MAPPING_START_EVENT:
                let m = event.data.mapping_start
                stack.append(
                    Frame(isMapping: true, tag: EventComposer.string(m.tag), anchor: EventComposer.string(m.anchor), location: loc))
                continue
            case YAML_SEQUENCE_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                anchorName = frame.anchor
                finished = YAMLNode(kind: .sequence(frame.items), tag: frame.tag, location: frame.location)
            case YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                anchorName = frame.anchor
                finished = YAMLNode(kind: .mapping(frame.pairs), tag: frame.tag, location: frame.location)
            default:
                continue
            }

            guard let node = finished else { continue }
            if let anchorName { anchors[anchorName] = node }
            if stack.isEmpty {
                root = node
                continue
            }
            let top = stack.count - 1
            if !stack[top].isMapping {
                stack[top].items.append(node)
            } else if let key = stack[top].pendingKey {
                stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                stack[top].pendingKey = node
            }
        }
    }

    func parserError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(context): \(problem)"
        }
        let mark = parser.error == YAML_READER_ERROR ? parser.problem_mark : parser.problem_mark
        var loc = location(mark)
        if parser.error == YAML_READER_ERROR {
            loc = SourceLocation(file: source.path, line: 1, column: 1)
            message = "\(problem) (byte \(parser.problem_offset))"
        }
        var diag = source.diagnostic(.error, message, line: loc.line, column: loc.column)
        if parser.context != nil,
            parser.context_mark.line != parser.problem_mark.line || parser.context_mark.column != parser.problem_mark.column
        {
            let c = location(parser.context_mark)
            diag.notes.append(source.diagnostic(.note, "the context started here", line: c.line, column: c.column))
        }
        return YAMLError(.syntax, diag)
    }
}
