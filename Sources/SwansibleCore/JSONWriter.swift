/// `json.dumps` from Python's standard library, byte for byte.
public struct JSONWriter: Sendable {
    /// Spaces per level; nil writes everything on one line.
    public var indent: Int?
    public var sortKeys: Bool
    public var ensureASCII: Bool
    /// Between items and between a key and its value; Python's defaults when nil.
    public var itemSeparator: String
    public var keySeparator: String
    /// Sort keys by their JSON text (`"10"` before `"9"`), as Ansible's legacy encoder does.
    public var sortKeysAsText = false

    public init(
        indent: Int? = nil, sortKeys: Bool = false, ensureASCII: Bool = true,
        itemSeparator: String? = nil, keySeparator: String = ": "
    ) {
        self.indent = indent
        self.sortKeys = sortKeys
        self.ensureASCII = ensureASCII
        self.itemSeparator = itemSeparator ?? (indent == nil ? ", " : ",")
        self.keySeparator = keySeparator
    }

    /// The JSON text of a value.
    public func write(_ value: Value) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    func newline(_ level: Int, into out: inout String) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    func write(_ value: Value, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .bigInt(let s): out += s
        case .float(let d): out += JSONWriter.floatText(d)
        case .string(let s), .unsafe(let s), .vault(let s), .date(let s):
            writeString(s, into: &out)
        case .list(let l):
            if l.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, e) in l.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1, into: &out)
                write(e, level: level + 1, into: &out)
            }
            newline(level, into: &out)
            out += "]"
        case .dict(let d):
            if d.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            var pairs = Array(d.items)
            if sortKeys {
                if sortKeysAsText {
                    pairs.sort { JSONWriter.keyText($0.0).pythonLess(JSONWriter.keyText($1.0)) }
                } else {
                    pairs.sort { JSONWriter.keyLess($0.0, $1.0) }
                }
            }
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += itemSeparator }
                newline(level + 1, into: &out)
                writeString(JSONWriter.keyText(k), into: &out)
                out += keySeparator
                write(v, level: level + 1, into: &out)
            }
            newline(level, into: &out)
            out += "}"
        }
    }

    /// Python's `float.__repr__` with JSON's names for the infinities.
    public static func floatText(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return PythonFormat.repr(d)
    }

    static func keyText(_ k: Value) -> String {
        switch k {
        case .string(let s), .unsafe(let s), .vault(let s), .date(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .float(let d): return floatText(d)
        default: return PythonFormat.str(k)
        }
    }

    /// Python's ordering of dictionary keys: numbers by value, strings by code point.
    public static func keyLess(_ a: Value, _ b: Value) -> Bool {
        if let x = a.numeric, let y = b.numeric { return x < y }
        if let x = a.stringValue, let y = b.stringValue { return x.pythonLess(y) }
        return keyText(a).pythonLess(keyText(b))
    }

    func writeString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 {
                    out += "\\u" + PythonFormat.hex(u.value, 4)
                } else if ensureASCII && u.value > 0x7E {
                    if u.value >= 0x10000 {
                        let v = u.value - 0x10000
                        out += "\\u" + PythonFormat.hex(0xD800 + (v >> 10), 4)
                        out += "\\u" + PythonFormat.hex(0xDC00 + (v & 0x3FF), 4)
                    } else {
                        out += "\\u" + PythonFormat.hex(u.value, 4)
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
