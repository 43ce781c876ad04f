import SwansibleCore

/// A node of a YAML document with its position: what libyaml's composer gives, before typing.
public struct YAMLNode: Sendable {
    /// How a scalar was written.
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// One key and its value in a mapping.
    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public indirect enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public var kind: Kind
    /// The explicit tag as libyaml expands it (`tag:yaml.org,2002:str`, `!unsafe`), or nil.
    public var tag: String?
    public var location: SourceLocation

    public init(kind: Kind, tag: String?, location: SourceLocation) {
        self.kind = kind
        self.tag = tag
        self.location = location
    }

    /// The scalar's text, or nil for a collection.
    public var scalarText: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// The mapping's pairs, or nil.
    public var pairs: [Pair]? {
        if case .mapping(let p) = kind { return p }
        return nil
    }

    /// The sequence's items, or nil.
    public var items: [YAMLNode]? {
        if case .sequence(let i) = kind { return i }
        return nil
    }

    /// A word for the node's kind, for messages.
    public var kindName: String {
        switch kind {
        case .scalar: return "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// True for a plain scalar that reads as YAML's null (`~`, `null`, empty).
    public var isNull: Bool {
        if case .scalar(let s, .plain) = kind, tag == nil {
            return YAMLResolver.isNull(s)
        }
        return tag == "tag:yaml.org,2002:null"
    }
}
