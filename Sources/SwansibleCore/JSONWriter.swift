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
    /// Ansible's legacy encoder: `!vault` values as `{"__ansible_vault": ciphertext}`.
    public var vaultAsObject = false
    /// Ansible's legacy encoder: `!unsafe` strings as `{"__ansible_unsafe": text}`.
    public var unsafeAsObject = false

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
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var indents: [[UInt8]] = []
        write(value, level: 0, into: &out, indents: &indents)
        return String(decoding: out, as: UTF8.self)
    }

    func newline(_ level: Int, into out: inout [UInt8], indents: inout [[UInt8]]) {
        guard let indent else { return }
        while indents.count <= level {
            indents.append([0x0A] + [UInt8](repeating: 0x20, count: indent * indents.count))
        }
        out.append(contentsOf: indents[level])
    }

    func write(_ value: Value, level: Int, into out: inout [UInt8], indents: inout [[UInt8]]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .bigInt(let s): out.append(contentsOf: s.utf8)
        case .float(let d): out.append(contentsOf: JSONWriter.floatText(d).utf8)
        case .string(let s), .date(let s):
            writeString(s, into: &out)
        case .unsafe(let s):
            if unsafeAsObject {
                write(.dict(ValueDict([(.string("__ansible_unsafe"), .string(s))])), level: level, into: &out, indents: &indents)
            } else {
                writeString(s, into: &out)
            }
        case .vault(let s):
            if vaultAsObject {
                write(.dict(ValueDict([(.string("__ansible_vault"), .string(s))])), level: level, into: &out, indents: &indents)
            } else {
                writeString(s, into: &out)
            }
        case .object(let o):
            writeString(o.str, into: &out)
        case .list(let l), .tuple(let l):
            if l.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, e) in l.enumerated() {
                if i > 0 { out.append(contentsOf: itemSeparator.utf8) }
                newline(level + 1, into: &out, indents: &indents)
                write(e, level: level + 1, into: &out, indents: &indents)
            }
            newline(level, into: &out, indents: &indents)
            out.append(UInt8(ascii: "]"))
        case .dict(let d):
            if d.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            var order = Array(d.keys.indices)
            if sortKeys {
                let keys = d.keys
                if sortKeysAsText {
                    let texts = keys.map { JSONWriter.keyText($0) }
                    order.sort { texts[$0].pythonLess(texts[$1]) }
                } else {
                    order.sort { JSONWriter.keyLess(keys[$0], keys[$1]) }
                }
            }
            let values = d.values
            for (n, i) in order.enumerated() {
                if n > 0 { out.append(contentsOf: itemSeparator.utf8) }
                newline(level + 1, into: &out, indents: &indents)
                writeString(JSONWriter.keyText(d.keys[i]), into: &out)
                out.append(contentsOf: keySeparator.utf8)
                write(values[i], level: level + 1, into: &out, indents: &indents)
            }
            newline(level, into: &out, indents: &indents)
            out.append(UInt8(ascii: "}"))
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

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// The letter of json.dumps' two-character escape for a character (`\"`, `\\`, `\n`...), if any.
    @inline(__always) static func shortEscape(_ c: UInt32) -> UInt8? {
        switch c {
        case 0x22: return 0x22
        case 0x5C: return 0x5C
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x09: return UInt8(ascii: "t")
        case 0x08: return UInt8(ascii: "b")
        case 0x0C: return UInt8(ascii: "f")
        default: return nil
        }
    }

    func appendEscape(_ v: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(JSONWriter.hexDigits[Int((v >> UInt32(shift)) & 0xF)])
        }
    }

    func writeString(_ s: String, into out: inout [UInt8]) {
        let start = out.count
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b >= 0x20 && b != 0x22 && b != 0x5C && (b < 0x7F || (!ensureASCII && b >= 0x80) || (b == 0x7F && !ensureASCII)) {
                out.append(b)
                continue
            }
            if b >= 0x80 { break }  // non-ASCII with ensure_ascii: the slow path below
            if let e = JSONWriter.shortEscape(UInt32(b)) {
                out.append(contentsOf: [0x5C, e])
            } else {
                appendEscape(UInt32(b), into: &out)
            }
        }
        guard ensureASCII, s.utf8.contains(where: { $0 >= 0x80 }) else {
            out.append(UInt8(ascii: "\""))
            return
        }
        // ensure_ascii with non-ASCII text: redo this string scalar by scalar
        out.removeSubrange(start...)
        out.append(UInt8(ascii: "\""))
        for u in s.unicodeScalars {
            if let e = JSONWriter.shortEscape(u.value) {
                out.append(contentsOf: [0x5C, e])
                continue
            }
            switch u.value {
            case 0x20..<0x7F: out.append(UInt8(u.value))
            case 0x10000...:
                let v = u.value - 0x10000
                appendEscape(0xD800 + (v >> 10), into: &out)
                appendEscape(0xDC00 + (v & 0x3FF), into: &out)
            default: appendEscape(u.value, into: &out)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
