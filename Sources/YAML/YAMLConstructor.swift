import SwansibleCore

/// Turns composed nodes into values the way Ansible's `AnsibleConstructor` does: YAML 1.1 typing,
/// merge keys, `!unsafe` and `!vault`, and a warning (last one wins) for each duplicate key.
public struct YAMLConstructor {
    public let source: SourceText
    /// Warnings found while constructing (duplicate keys).
    public private(set) var warnings: [Diagnostic] = []

    public init(source: SourceText) {
        self.source = source
    }

    static let standard = "tag:yaml.org,2002:"

    func error(_ kind: YAMLError.Kind, _ message: String, _ node: YAMLNode) -> YAMLError {
        YAMLError(kind, source.diagnostic(.error, message, line: node.location.line, column: node.location.column))
    }

    /// The value of a node.
    public mutating func construct(_ node: YAMLNode) throws(YAMLError) -> Value {
        try construct(node, unsafe: false)
    }

    mutating func construct(_ node: YAMLNode, unsafe: Bool) throws(YAMLError) -> Value {
        switch node.tag {
        case "!unsafe":
            var plain = node
            plain.tag = nil
            return try construct(plain, unsafe: true)
        case "!vault", "!vault-encrypted":
            guard case .scalar(let text, _) = node.kind else {
                throw error(.badScalar, "the '\(node.tag ?? "!vault")' tag requires a string value", node)
            }
            return .vault(text)
        default:
            break
        }
        switch node.kind {
        case .scalar(let text, let style):
            return try scalar(text, style: style, node: node, unsafe: unsafe)
        case .sequence(let items):
            if let tag = node.tag, tag != YAMLConstructor.standard + "seq" {
                if tag == YAMLConstructor.standard + "omap" || tag == YAMLConstructor.standard + "pairs" {
                    return .list(try items.map { (n) throws(YAMLError) -> Value in try construct(n, unsafe: unsafe) })
                }
                throw error(.unknownTag, "could not determine a constructor for the tag '\(tag)'", node)
            }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try construct(item, unsafe: unsafe)) }
            return .list(out)
        case .mapping:
            if let tag = node.tag, tag != YAMLConstructor.standard + "map", tag != YAMLConstructor.standard + "set" {
                throw error(.unknownTag, "could not determine a constructor for the tag '\(tag)'", node)
            }
            let isSet = node.tag == YAMLConstructor.standard + "set"
            let pairs = try flattenedPairs(node)
            if isSet {
                // a Python set; kept as a list of its members
                var members: [Value] = []
                for pair in pairs {
                    let key = try construct(pair.key, unsafe: unsafe)
                    if !members.contains(key) { members.append(key) }
                }
                return .list(members)
            }
            var dict = ValueDict()
            var seen: [Value: YAMLNode] = [:]
            for pair in pairs {
                let key = try construct(pair.key, unsafe: unsafe)
                switch key {
                case .list, .dict:
                    throw error(.unhashableKey, "found unhashable key", pair.key)
                default: break
                }
                if let first = seen[key] {
                    var w = source.diagnostic(
                        .warning, "found duplicate mapping key \(PythonFormat.repr(key)); using the last defined value only",
                        line: pair.key.location.line, column: pair.key.location.column)
                    w.notes.append(
                        source.diagnostic(.note, "first defined here", line: first.location.line, column: first.location.column))
                    warnings.append(w)
                }
                seen[key] = pair.key
                dict[key] = try construct(pair.value, unsafe: unsafe)
            }
            return .dict(dict)
        }
    }

    /// The mapping's pairs with `<<` merges expanded as PyYAML 6.0.3's `flatten_mapping` does:
    /// merged pairs first, in the order of the merged mappings, then the mapping's own. Merged
    /// pairs whose key is the same Python object are kept once: the same node merged twice, or a
    /// one-character key (CPython shares those strings).
    public func flattenedPairs(_ node: YAMLNode) throws(YAMLError) -> [YAMLNode.Pair] {
        guard let pairs = node.pairs else { return [] }
        var merge: [YAMLNode.Pair] = []
        var mergeKeyIDs: Set<String> = []
        var own: [YAMLNode.Pair] = []
        func add(_ pairs: [YAMLNode.Pair]) {
            for pair in pairs {
                let text = pair.key.scalarText ?? ""
                let id: String
                if text.unicodeScalars.count <= 1 && (text.unicodeScalars.first?.value ?? 0) < 256 {
                    id = "char:" + text
                } else {
                    id = "node:\(pair.key.location.line):\(pair.key.location.column)"
                }
                if mergeKeyIDs.insert(id).inserted { merge.append(pair) }
            }
        }
        for pair in pairs {
            let isMerge: Bool
            if case .scalar(let k, .plain) = pair.key.kind, pair.key.tag == nil, k == "<<" {
                isMerge = true
            } else {
                isMerge = pair.key.tag == YAMLConstructor.standard + "merge"
            }
            guard isMerge else {
                own.append(pair)
                continue
            }
            switch pair.value.kind {
            case .mapping:
                add(try flattenedPairs(pair.value))
            case .sequence(let subnodes):
                for sub in subnodes {
                    guard case .mapping = sub.kind else {
                        throw error(
                            .badMerge, "while constructing a mapping: expected a mapping for merging, but found \(sub.kindName)", sub)
                    }
                    add(try flattenedPairs(sub))
                }
            case .scalar:
                throw error(
                    .badMerge, "while constructing a mapping: expected a mapping or list of mappings for merging, but found a scalar",
                    pair.value)
            }
        }
        return merge + own
    }

    mutating func scalar(_ text: String, style: YAMLNode.ScalarStyle, node: YAMLNode, unsafe: Bool) throws(YAMLError) -> Value {
        let tag: YAMLResolver.Tag
        if let explicit = node.tag {
            switch explicit {
            case YAMLConstructor.standard + "str": tag = .str
            case YAMLConstructor.standard + "int": tag = .int
            case YAMLConstructor.standard + "float": tag = .float
            case YAMLConstructor.standard + "bool": tag = .bool
            case YAMLConstructor.standard + "null": tag = .null
            case YAMLConstructor.standard + "timestamp": tag = .timestamp
            case YAMLConstructor.standard + "binary": tag = .str
            default:
                throw error(.unknownTag, "could not determine a constructor for the tag '\(explicit)'", node)
            }
        } else if style == .plain {
            tag = YAMLResolver.resolve(text)
        } else {
            tag = .str
        }
        switch tag {
        case .null: return .null
        case .bool:
            if YAMLResolver.trueWords.contains(text) { return .bool(true) }
            if YAMLResolver.boolWords.contains(text) { return .bool(false) }
            throw error(.badScalar, "invalid boolean '\(text)'", node)
        case .int:
            guard let v = YAMLConstructor.int(text) else { throw error(.badScalar, "invalid integer '\(text)'", node) }
            return v
        case .float:
            guard let v = YAMLConstructor.float(text) else { throw error(.badScalar, "invalid float '\(text)'", node) }
            return .float(v)
        case .timestamp:
            guard let t = YAMLResolver.parseTimestamp(text), let iso = YAMLConstructor.isoformat(t) else {
                throw error(.badScalar, "invalid timestamp '\(text)'", node)
            }
            return .date(iso)
        case .merge, .value:
            // PyYAML has no constructor for these outside a mapping key
            let name = tag == .merge ? "merge" : "value"
            throw error(.unknownTag, "could not determine a constructor for the tag 'tag:yaml.org,2002:\(name)'", node)
        case .str:
            return unsafe ? .unsafe(text) : .string(text)
        }
    }

    /// PyYAML's `construct_yaml_int`.
    public static func int(_ raw: String) -> Value? {
        var s = raw.replacingOccurrences(of: "_", with: "")
        var negative = false
        if s.hasPrefix("-") {
            negative = true
            s.removeFirst()
        } else if s.hasPrefix("+") {
            s.removeFirst()
        }
        var digits: [Int] = []
        let radix: Int
        if s == "0" {
            return .int(0)
        } else if s.hasPrefix("0b") {
            s.removeFirst(2)
            radix = 2
        } else if s.hasPrefix("0x") {
            s.removeFirst(2)
            radix = 16
        } else if s.hasPrefix("0") {
            radix = 8
        } else if s.contains(":") {
            var value = 0
            var base = 1
            for part in s.split(separator: ":").reversed() {
                guard let p = Int(part) else { return nil }
                let (m, o1) = p.multipliedReportingOverflow(by: base)
                let (sum, o2) = value.addingReportingOverflow(m)
                if o1 || o2 { return nil }
                value = sum
                base = base.multipliedReportingOverflow(by: 60).partialValue
            }
            return .int(negative ? -value : value)
        } else {
            radix = 10
        }
        for ch in s {
            guard let d = ch.hexDigitValue, d < radix else { return nil }
            digits.append(d)
        }
        if digits.isEmpty { return nil }
        var value = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return .bigInt(LongInteger.decimal(digits, radix: radix, negative: negative)) }
            value = sum
        }
        return .int(negative ? -value : value)
    }

    /// PyYAML's `construct_yaml_float`.
    public static func float(_ raw: String) -> Double? {
        var s = raw.replacingOccurrences(of: "_", with: "").lowercased()
        var sign = 1.0
        if s.hasPrefix("-") {
            sign = -1
            s.removeFirst()
        } else if s.hasPrefix("+") {
            s.removeFirst()
        }
        if s == ".inf" { return sign * .infinity }
        if s == ".nan" { return .nan }
        if s.contains(":") {
            var value = 0.0
            var base = 1.0
            for part in s.split(separator: ":").reversed() {
                guard let p = Double(part) else { return nil }
                value += p * base
                base *= 60
            }
            return sign * value
        }
        if s.hasSuffix(".") { s += "0" }
        if s.hasPrefix(".") { s = "0" + s }
        guard let v = Double(s) else { return nil }
        return sign * v
    }

    /// Python's `isoformat()` of the date or datetime PyYAML builds.
    static func isoformat(_ t: YAMLResolver.Timestamp) -> String? {
        guard t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysIn(t.month, t.year) else { return nil }
        var out = "\(pad4(t.year))-\(YAMLResolver.pad2(t.month))-\(YAMLResolver.pad2(t.day))"
        guard let time = t.time else { return out }
        guard time.hour < 24 && time.minute < 60 && time.second < 60 else { return nil }
        out += "T\(YAMLResolver.pad2(time.hour)):\(YAMLResolver.pad2(time.minute)):\(YAMLResolver.pad2(time.second))"
        var frac = String(time.fraction.prefix(6))
        while frac.count < 6 { frac += "0" }
        if frac != "000000" { out += "." + frac }
        if let zone = t.zone { out += zone == "Z" ? "+00:00" : zone }
        return out
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad4(_ v: Int) -> String {
    let s = String(v)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
