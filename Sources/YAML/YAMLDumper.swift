import CYAML
import SwansibleCore

/// `yaml.dump` with PyYAML's `SafeRepresenter` over libyaml's emitter (PyYAML's `CSafeDumper`,
/// which Ansible uses), so the text is byte for byte what Ansible writes.
public struct YAMLDumper: Sendable {
    /// A node to emit: what PyYAML's representer makes of a value.
    public indirect enum Node: Sendable {
        case scalar(tag: String, text: String, style: ScalarStyle, identity: String? = nil)
        /// `identity` names the Python object: a second node with the same identity is emitted
        /// as an alias of the first (`&id001` / `*id001`), as PyYAML does for shared objects.
        case sequence([Node], flow: Bool, identity: String?)
        case mapping([(Node, Node)], flow: Bool, identity: String?)

        var identity: String? {
            switch self {
            case .scalar(_, _, _, let id), .sequence(_, _, let id), .mapping(_, _, let id): return id
            }
        }
    }

    public enum ScalarStyle: Sendable {
        case any, literal
    }

    public var indent = 2
    public var width = 80
    public var allowUnicode = true
    /// `default_flow_style`: false is block everywhere, nil is flow for collections of scalars.
    public var defaultFlowStyle: Bool? = false
    public var sortKeys = true
    /// `---` before and `...` after the document (PyYAML's explicit_start / explicit_end).
    public var explicitStart = false
    public var explicitEnd = false

    public init(indent: Int = 2, width: Int = 80, allowUnicode: Bool = true, defaultFlowStyle: Bool? = false, sortKeys: Bool = true) {
        self.indent = indent
        self.width = width
        self.allowUnicode = allowUnicode
        self.defaultFlowStyle = defaultFlowStyle
        self.sortKeys = sortKeys
    }

    static let tagPrefix = "tag:yaml.org,2002:"

    /// PyYAML's `SafeRepresenter` (with Ansible's `!vault`).
    public func represent(_ value: Value, identity: String? = nil) -> Node {
        switch value {
        case .null: return .scalar(tag: YAMLDumper.tagPrefix + "null", text: "null", style: .any)
        case .bool(let b): return .scalar(tag: YAMLDumper.tagPrefix + "bool", text: b ? "true" : "false", style: .any)
        case .int(let i): return .scalar(tag: YAMLDumper.tagPrefix + "int", text: String(i), style: .any)
        case .bigInt(let s): return .scalar(tag: YAMLDumper.tagPrefix + "int", text: s, style: .any)
        case .float(let d):
            var text: String
            if d.isNaN {
                text = ".nan"
            } else if d == .infinity {
                text = ".inf"
            } else if d == -.infinity {
                text = "-.inf"
            } else {
                text = PythonFormat.repr(d).lowercased()
                if !text.contains("."), let e = text.firstIndex(of: "e") {
                    text.replaceSubrange(e...e, with: ".0e")
                }
            }
            return .scalar(tag: YAMLDumper.tagPrefix + "float", text: text, style: .any)
        case .string(let s), .unsafe(let s): return .scalar(tag: YAMLDumper.tagPrefix + "str", text: s, style: .any)
        case .vault(let s): return .scalar(tag: "!vault", text: s, style: .literal, identity: identity)
        case .date(let s):
            let text = s.count > 10 ? s.replacingOccurrences(of: "T", with: " ") : s
            return .scalar(tag: YAMLDumper.tagPrefix + "timestamp", text: text, style: .any)
        case .object(let o):
            return .scalar(tag: YAMLDumper.tagPrefix + "str", text: o.str, style: .any)
        case .list(let items), .tuple(let items):
            let nodes = items.map { represent($0) }
            return .sequence(nodes, flow: flowStyle(nodes), identity: identity)
        case .dict(let d):
            var pairs = Array(d.items)
            if sortKeys, YAMLDumper.sortable(pairs.map(\.0)) {
                pairs.sort { JSONWriter.keyLess($0.0, $1.0) }
            }
            let nodes = pairs.map { (represent($0.0), represent($0.1)) }
            return .mapping(nodes, flow: flowStyle(nodes.map(\.1)), identity: identity)
        }
    }

    static func sortable(_ keys: [Value]) -> Bool {
        keys.allSatisfy { $0.stringValue != nil } || keys.allSatisfy { $0.numeric != nil }
    }

    func flowStyle(_ children: [Node]) -> Bool {
        if let defaultFlowStyle { return defaultFlowStyle }
        // PyYAML: flow when every child is a scalar
        return children.allSatisfy { if case .scalar = $0 { return true } else { return false } }
    }

    /// The YAML text of a value.
    public func dump(_ value: Value) -> String {
        dump(node: represent(value))
    }

    /// The YAML text of a represented node.
    public func dump(node: Node) -> String {
        // anchors: PyYAML numbers them in the order their second occurrence is met
        var anchors: [String: String] = [:]
        var seen: Set<String> = []
        func walk(_ n: Node) {
            switch n {
            case .scalar(_, _, _, let id):
                if let id {
                    if seen.contains(id) {
                        if anchors[id] == nil { anchors[id] = anchorName(anchors.count + 1) }
                        return
                    }
                    seen.insert(id)
                }
            case .sequence(let items, _, let id):
                if let id {
                    if seen.contains(id) {
                        if anchors[id] == nil { anchors[id] = anchorName(anchors.count + 1) }
                        return
                    }
                    seen.insert(id)
                }
                items.forEach(walk)
            case .mapping(let pairs, _, let id):
                if let id {
                    if seen.contains(id) {
                        if anchors[id] == nil { anchors[id] = anchorName(anchors.count + 1) }
                        return
                    }
                    seen.insert(id)
                }
                for (k, v) in pairs {
                    walk(k)
                    walk(v)
                }
            }
        }
        walk(node)
        var emitter = Emitter(indent: indent, width: width, unicode: allowUnicode)
        emitter.begin(explicit: explicitStart)
        var emitted: Set<String> = []
        emitter.emit(node, anchors: anchors, emitted: &emitted)
        return emitter.end(explicit: explicitEnd)
    }
}

/// PyYAML's anchor names: `id001`, `id002`...
func anchorName(_ n: Int) -> String {
    let s = String(n)
    return "id" + String(repeating: "0", count: max(0, 3 - s.count)) + s
}

/// Feeds events to libyaml's emitter and collects its output.
struct Emitter {
    final class Output {
        var bytes: [UInt8] = []
    }

    var emitter = yaml_emitter_t()
    let output = Output()
    var failed = false

    init(indent: Int, width: Int, unicode: Bool) {
        yaml_emitter_initialize(&emitter)
        yaml_emitter_set_indent(&emitter, Int32(indent))
        yaml_emitter_set_width(&emitter, Int32(width))
        yaml_emitter_set_unicode(&emitter, unicode ? 1 : 0)
        let context = Unmanaged.passUnretained(output).toOpaque()
        yaml_emitter_set_output(
            &emitter,
            { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let out = Unmanaged<Output>.fromOpaque(data).takeUnretainedValue()
                out.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, context)
    }

    mutating func send(_ event: inout yaml_event_t) {
        if failed { return }
        if yaml_emitter_emit(&emitter, &event) != 1 { failed = true }
    }

    mutating func begin(explicit: Bool = false) {
        var e = yaml_event_t()
        yaml_stream_start_event_initialize(&e, YAML_UTF8_ENCODING)
        send(&e)
        e = yaml_event_t()
        yaml_document_start_event_initialize(&e, nil, nil, nil, explicit ? 0 : 1)
        send(&e)
    }

    mutating func end(explicit: Bool = false) -> String {
        var e = yaml_event_t()
        yaml_document_end_event_initialize(&e, explicit ? 0 : 1)
        send(&e)
        e = yaml_event_t()
        yaml_stream_end_event_initialize(&e)
        send(&e)
        yaml_emitter_flush(&emitter)
        yaml_emitter_delete(&emitter)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    static func plainImplicit(tag: String, text: String) -> Bool {
        let resolved: String
        switch YAMLResolver.resolve(text) {
        case .null: resolved = "null"
        case .bool: resolved = "bool"
        case .int: resolved = "int"
        case .float: resolved = "float"
        case .timestamp: resolved = "timestamp"
        case .merge: resolved = "merge"
        case .value: resolved = "value"
        case .str: resolved = "str"
        }
        return tag == YAMLDumper.tagPrefix + resolved
    }

    mutating func emit(_ node: YAMLDumper.Node, anchors: [String: String], emitted: inout Set<String>) {
        var e = yaml_event_t()
        func withAnchor(_ id: String?, _ body: (UnsafePointer<yaml_char_t>?) -> Void) {
            guard let id, let name = anchors[id] else { return body(nil) }
            name.withCString { p in p.withMemoryRebound(to: yaml_char_t.self, capacity: name.utf8.count + 1) { body($0) } }
        }
        // a node met before is an alias of its first emission
        if let id = node.identity {
            if let name = anchors[id], emitted.contains(id) {
                name.withCString { p in
                    p.withMemoryRebound(to: yaml_char_t.self, capacity: name.utf8.count + 1) { _ = yaml_alias_event_initialize(&e, $0) }
                }
                send(&e)
                return
            }
            emitted.insert(id)
        }
        switch node {
        case .scalar(let tag, let text, let style, let id):
            let plain = Emitter.plainImplicit(tag: tag, text: text)
            let quoted = tag == YAMLDumper.tagPrefix + "str"
            let bytes = Array(text.utf8)
            withAnchor(id) { anchor in
                tag.withCString { t in
                    t.withMemoryRebound(to: yaml_char_t.self, capacity: tag.utf8.count + 1) { tp in
                        bytes.withUnsafeBufferPointer { bp in
                            _ = yaml_scalar_event_initialize(
                                &e, anchor, tp, bp.baseAddress ?? UnsafePointer(tp), Int32(bytes.count), plain ? 1 : 0, quoted ? 1 : 0,
                                style == .literal ? YAML_LITERAL_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE)
                        }
                    }
                }
            }
            send(&e)
        case .sequence(let items, let flow, let id):
            let tag = YAMLDumper.tagPrefix + "seq"
            withAnchor(id) { anchor in
                tag.withCString { t in
                    t.withMemoryRebound(to: yaml_char_t.self, capacity: tag.utf8.count + 1) { tp in
                        _ = yaml_sequence_start_event_initialize(
                            &e, anchor, tp, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
                    }
                }
            }
            send(&e)
            for item in items { emit(item, anchors: anchors, emitted: &emitted) }
            e = yaml_event_t()
            yaml_sequence_end_event_initialize(&e)
            send(&e)
        case .mapping(let pairs, let flow, let id):
            let tag = YAMLDumper.tagPrefix + "map"
            withAnchor(id) { anchor in
                tag.withCString { t in
                    t.withMemoryRebound(to: yaml_char_t.self, capacity: tag.utf8.count + 1) { tp in
                        _ = yaml_mapping_start_event_initialize(
                            &e, anchor, tp, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
                    }
                }
            }
            send(&e)
            for (k, v) in pairs {
                emit(k, anchors: anchors, emitted: &emitted)
                emit(v, anchors: anchors, emitted: &emitted)
            }
            e = yaml_event_t()
            yaml_mapping_end_event_initialize(&e)
            send(&e)
        }
    }
}
