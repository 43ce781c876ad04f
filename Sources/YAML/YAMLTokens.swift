import CYAML
import SwansibleCore

/// A token of libyaml's scanner with its marks (0-based line and column, in characters), for
/// linters that look at how YAML is written (yamllint's rules).
public struct YAMLToken: Sendable {
    public enum Kind: Sendable, Equatable {
        case streamStart, streamEnd, versionDirective, tagDirective, documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd, flowSequenceStart, flowSequenceEnd
        case flowMappingStart, flowMappingEnd, blockEntry, flowEntry, key, value, alias, anchor, tag
        case scalar(plain: Bool)
    }

    public var kind: Kind
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// A scalar with no text (`""`).
    public var isEmptyScalar = false
}

public enum YAMLTokens {
    /// The tokens of the text, or nil if libyaml's scanner stops on an error.
    public static func scan(_ text: String) -> [YAMLToken]? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        var result: [YAMLToken]?
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var out: [YAMLToken] = []
            while true {
                var token = yaml_token_t()
                guard yaml_parser_scan(&parser, &token) == 1 else { return }
                defer { yaml_token_delete(&token) }
                let kind: YAMLToken.Kind
                switch token.type {
                case YAML_STREAM_START_TOKEN: kind = .streamStart
                case YAML_STREAM_END_TOKEN: kind = .streamEnd
                case YAML_VERSION_DIRECTIVE_TOKEN: kind = .versionDirective
                case YAML_TAG_DIRECTIVE_TOKEN: kind = .tagDirective
                case YAML_DOCUMENT_START_TOKEN: kind = .documentStart
                case YAML_DOCUMENT_END_TOKEN: kind = .documentEnd
                case YAML_BLOCK_SEQUENCE_START_TOKEN: kind = .blockSequenceStart
                case YAML_BLOCK_MAPPING_START_TOKEN: kind = .blockMappingStart
                case YAML_BLOCK_END_TOKEN: kind = .blockEnd
                case YAML_FLOW_SEQUENCE_START_TOKEN: kind = .flowSequenceStart
                case YAML_FLOW_SEQUENCE_END_TOKEN: kind = .flowSequenceEnd
                case YAML_FLOW_MAPPING_START_TOKEN: kind = .flowMappingStart
                case YAML_FLOW_MAPPING_END_TOKEN: kind = .flowMappingEnd
                case YAML_BLOCK_ENTRY_TOKEN: kind = .blockEntry
                case YAML_FLOW_ENTRY_TOKEN: kind = .flowEntry
                case YAML_KEY_TOKEN: kind = .key
                case YAML_VALUE_TOKEN: kind = .value
                case YAML_ALIAS_TOKEN: kind = .alias
                case YAML_ANCHOR_TOKEN: kind = .anchor
                case YAML_TAG_TOKEN: kind = .tag
                case YAML_SCALAR_TOKEN: kind = .scalar(plain: token.data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
                default: return
                }
                out.append(
                    YAMLToken(
                        kind: kind, startLine: Int(token.start_mark.line), startColumn: Int(token.start_mark.column),
                        endLine: Int(token.end_mark.line), endColumn: Int(token.end_mark.column),
                        isEmptyScalar: token.type == YAML_SCALAR_TOKEN && token.data.scalar.length == 0))
                if kind == .streamEnd { break }
            }
            result = out
        }
        return result
    }
}
