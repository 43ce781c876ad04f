import SwansibleCore

/// Python's `ast.literal_eval` for the values of INI inventories: numbers, strings, `True`,
/// `False`, `None`, lists, tuples, sets and dicts. Returns nil where Python raises, so that the
/// caller keeps the text as a string.
public enum PythonLiteral {
    /// The value of a Python literal, or nil where `ast.literal_eval` raises.
    public static func eval(_ text: String) -> Value? {
        var p = Parser(Array(text.unicodeScalars))
        p.skipSpace(newlines: false)
        guard let v = p.expression() else { return nil }
        p.skipSpace(newlines: true)
        guard p.atEnd else { return nil }
        return v
    }

    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        var depth = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var atEnd: Bool { i >= s.count }
        var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

        mutating func skipSpace(newlines: Bool) {
            while let c = peek, c == " " || c == "\t" || c == "\u{0C}" || ((newlines || depth > 0) && (c == "\n" || c == "\r")) {
                i += 1
            }
        }

        mutating func expression() -> Value? {
            guard var v = unary() else { return nil }
            // a + bj / a - bj (complex): literal_eval turns it into complex, which Ansible makes a string
            skipSpace(newlines: false)
            if let c = peek, c == "+" || c == "-" {
                let save = i
                i += 1
                skipSpace(newlines: false)
                if let rhs = unary(), case .string(let imag) = rhs, imag.hasSuffix("j)") || imag.hasSuffix("j") {
                    guard v.numeric != nil || isComplex(v) else { return nil }
                    v = .string(complexText(v, c == "-", imag))
                } else {
                    i = save
                    return nil
                }
            }
            return v
        }

        func isComplex(_ v: Value) -> Bool { false }

        func complexText(_ real: Value, _ minus: Bool, _ imag: String) -> String {
            let r = PythonFormat.str(real)
            var im = imag
            if im.hasPrefix("(") { im = String(im.dropFirst().dropLast()) }
            return "(\(r)\(minus ? "-" : "+")\(im))"
        }

        mutating func unary() -> Value? {
            skipSpace(newlines: false)
            guard let c = peek else { return nil }
            if c == "-" || c == "+" {
                i += 1
                skipSpace(newlines: false)
                guard let v = unary() else { return nil }
                let neg = c == "-"
                switch v {
                case .int(let n): return .int(neg ? -n : n)
                case .bigInt(let d): return .bigInt(neg ? (d.hasPrefix("-") ? String(d.dropFirst()) : "-" + d) : d)
                case .float(let d): return .float(neg ? -d : d)
                case .bool(let b): return .int(neg ? -(b ? 1 : 0) : (b ? 1 : 0))
                case .string(let t) where t.hasSuffix("j"):
                    return .string(neg ? (t.hasPrefix("-") ? String(t.dropFirst()) : "-" + t) : t)
                default: return nil
                }
            }
            return atom()
        }

        mutating func atom() -> Value? {
            skipSpace(newlines: false)
            guard let c = peek else { return nil }
            switch c {
            case "[": return collection(close: "]", kind: .list)
            case "(": return collection(close: ")", kind: .tuple)
            case "{": return brace()
            case "'", "\"": return strings()
            case "0"..."9", ".": return number()
            default:
                if c.properties.isXIDStart || c == "_" {
                    let start = i
                    while let d = peek, d.properties.isXIDContinue { i += 1 }
                    let word = String(String.UnicodeScalarView(s[start..<i]))
                    if let q = peek, q == "'" || q == "\"",
                        ["r", "b", "u", "br", "rb", "R", "B", "U", "Br", "bR", "BR", "rB", "Rb", "RB"].contains(word)
                    {
                        return strings(prefix: word)
                    }
                    switch word {
                    case "True": return .bool(true)
                    case "False": return .bool(false)
                    case "None": return Value.null
                    default: return nil
                    }
                }
                if c == "." { return number() }
                return nil
            }
        }

        enum CollectionKind { case list, tuple }

        mutating func collection(close: Unicode.Scalar, kind: CollectionKind) -> Value? {
            i += 1
            depth += 1
            defer { depth -= 1 }
            var items: [Value] = []
            var sawComma = false
            while true {
                skipSpace(newlines: true)
                if peek == close {
                    i += 1
                    break
                }
                guard let v = expression() else { return nil }
                items.append(v)
                skipSpace(newlines: true)
                if peek == "," {
                    i += 1
                    sawComma = true
                    continue
                }
                guard peek == close else { return nil }
                i += 1
                break
            }
            if kind == .tuple && items.count == 1 && !sawComma { return items[0] }
            return .list(items)
        }

        mutating func brace() -> Value? {
            i += 1
            depth += 1
            defer { depth -= 1 }
            var dict = ValueDict()
            var set: [Value] = []
            var isSet: Bool?
            while true {
                skipSpace(newlines: true)
                if peek == "}" {
                    i += 1
                    break
                }
                guard let k = expression() else { return nil }
                skipSpace(newlines: true)
                if peek == ":" {
                    if isSet == true { return nil }
                    isSet = false
                    i += 1
                    guard let v = expression() else { return nil }
                    if case .list = k { return nil }
                    if case .dict = k { return nil }
                    dict[k] = v
                } else {
                    if isSet == false { return nil }
                    isSet = true
                    if !set.contains(k) { set.append(k) }
                }
                skipSpace(newlines: true)
                if peek == "," {
                    i += 1
                    continue
                }
                guard peek == "}" else { return nil }
                i += 1
                break
            }
            return isSet == true ? .list(set) : .dict(dict)
        }

        mutating func strings(prefix: String = "") -> Value? {
            var out = ""
            var first = true
            var pre = prefix
            while true {
                skipSpace(newlines: false)
                if !first {
                    // implicit concatenation may carry its own prefix
                    let save = i
                    var word = ""
                    while let c = peek, c.properties.isXIDContinue {
                        word.unicodeScalars.append(c)
                        i += 1
                    }
                    if let q = peek, q == "'" || q == "\"", word.count <= 2 {
                        pre = word
                    } else {
                        i = save
                        break
                    }
                }
                guard let q = peek, q == "'" || q == "\"" else { break }
                guard let part = stringLiteral(raw: pre.lowercased().contains("r")) else { return nil }
                out += part
                first = false
                pre = ""
            }
            return .string(out)
        }

        mutating func stringLiteral(raw: Bool) -> String? {
            guard let q = peek else { return nil }
            var triple = false
            if i + 2 < s.count && s[i + 1] == q && s[i + 2] == q {
                triple = true
                i += 3
            } else {
                i += 1
            }
            var out = String.UnicodeScalarView()
            while true {
                guard let c = peek else { return nil }
                if c == q {
                    if !triple {
                        i += 1
                        return String(out)
                    }
                    if i + 2 < s.count && s[i + 1] == q && s[i + 2] == q {
                        i += 3
                        return String(out)
                    }
                }
                if (c == "\n" || c == "\r") && !triple { return nil }
                if c == "\\" {
                    guard i + 1 < s.count else { return nil }
                    let e = s[i + 1]
                    if raw {
                        out.append(c)
                        out.append(e)
                        i += 2
                        continue
                    }
                    i += 2
                    guard let (decoded, consumed) = PythonEscape.decode(e, following: s[i...]) else { return nil }
                    out.append(contentsOf: decoded)
                    i += consumed
                    continue
                }
                out.append(c)
                i += 1
            }
        }

        mutating func number() -> Value? {
            let start = i
            var text = ""
            while let c = peek,
                c.properties.isXIDContinue || c == "."
                    || ((c == "+" || c == "-") && (text.last == "e" || text.last == "E") && !text.lowercased().hasPrefix("0x"))
            {
                text.unicodeScalars.append(c)
                i += 1
            }
            if text.isEmpty {
                i = start
                return nil
            }
            return PythonLiteral.number(text)
        }
    }

    /// A Python numeric literal: ints with `_`, `0x`, `0o`, `0b`, floats, and imaginary numbers
    /// (kept as Python's text of the complex value).
    static func number(_ raw: String) -> Value? {
        var t = raw
        if t.hasSuffix("j") || t.hasSuffix("J") {
            t.removeLast()
            guard let v = number(t) else { return nil }
            let d: Double
            switch v {
            case .int(let n): d = Double(n)
            case .float(let f): d = f
            default: return nil
            }
            var txt = PythonFormat.repr(d)
            if txt.hasSuffix(".0") { txt.removeLast(2) }
            return .string(txt + "j")
        }
        // underscores only between digits
        if t.hasPrefix("_") || t.hasSuffix("_") || t.contains("__") { return nil }
        let lower = t.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            var body = String(lower.dropFirst(2))
            if body.hasPrefix("_") { body.removeFirst() }
            body = String(body.filter { $0 != "_" })
            guard !body.isEmpty else { return nil }
            var digits: [Int] = []
            for ch in body {
                guard let d = ch.hexDigitValue, d < radix else { return nil }
                digits.append(d)
            }
            return integer(digits, radix: radix)
        }
        let plain = String(t.filter { $0 != "_" })
        if plain.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            for bad in ["_.", "._", "_e", "e_"] where t.contains(bad) { return nil }
            let allowed: Set<Character> = [".", "e", "E", "+", "-"]
            for ch in plain where !(ch.isASCII && (ch.isNumber || allowed.contains(ch))) { return nil }
            var f = plain
            if f.hasPrefix(".") { f = "0" + f }
            if let dot = f.firstIndex(of: "."), f.index(after: dot) == f.endIndex || !(f[f.index(after: dot)].isNumber) {
                f.insert("0", at: f.index(after: dot))
            }
            guard let d = Double(f) else { return nil }
            return .float(d)
        }
        guard plain.allSatisfy({ $0.isASCII && $0.isNumber }), !plain.isEmpty else { return nil }
        if plain.count > 1 && plain.hasPrefix("0") {
            return plain.allSatisfy { $0 == "0" } ? .int(0) : nil
        }
        return integer(plain.compactMap { $0.wholeNumberValue }, radix: 10)
    }

    static func integer(_ digits: [Int], radix: Int) -> Value {
        var v = 0
        for d in digits {
            let (m, o1) = v.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return .bigInt(LongInteger.decimal(digits, radix: radix, negative: false)) }
            v = s
        }
        return .int(v)
    }
}

/// Python's `shlex.split(line, comments=True, posix=True)`.
public enum ShellWords {
    public struct SplitError: Error {
        public var message: String
    }

    /// `shlex.split(line, comments=True, posix=True)`.
    public static func split(_ line: String) throws(SplitError) -> [String] {
        var tokens: [String] = []
        var token = ""
        var inToken = false
        var quote: Character?
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                if c == q {
                    quote = nil
                } else if q == "\"" && c == "\\" && i + 1 < chars.count && (chars[i + 1] == "\"" || chars[i + 1] == "\\") {
                    token.append(chars[i + 1])
                    i += 1
                } else {
                    token.append(c)
                }
                i += 1
                continue
            }
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                if inToken {
                    tokens.append(token)
                    token = ""
                    inToken = false
                }
            } else if c == "#" {
                break
            } else if c == "'" || c == "\"" {
                quote = c
                inToken = true
            } else if c == "\\" {
                guard i + 1 < chars.count else { throw SplitError(message: "No escaped character") }
                token.append(chars[i + 1])
                inToken = true
                i += 1
            } else {
                token.append(c)
                inToken = true
            }
            i += 1
        }
        if quote != nil { throw SplitError(message: "No closing quotation") }
        if inToken { tokens.append(token) }
        chars.removeAll()
        return tokens
    }
}

/// Python's backslash escapes in a string literal (the `unicode_escape` codec's rules).
public enum PythonEscape {
    /// Decodes the escape whose letter `e` follows a backslash; `following` is the text after it.
    /// Returns the scalars it stands for (none for an escaped newline) and how many scalars of
    /// `following` it used, or nil for a malformed `\x`, `\u` or `\U`. An unknown escape stays as
    /// written, backslash included.
    public static func decode(_ e: Unicode.Scalar, following: ArraySlice<Unicode.Scalar>) -> ([Unicode.Scalar], Int)? {
        switch e {
        case "\n": return ([], 0)
        case "\\", "'", "\"": return ([e], 0)
        case "a": return (["\u{07}"], 0)
        case "b": return (["\u{08}"], 0)
        case "f": return (["\u{0C}"], 0)
        case "n": return (["\n"], 0)
        case "r": return (["\r"], 0)
        case "t": return (["\t"], 0)
        case "v": return (["\u{0B}"], 0)
        case "0"..."7":
            // up to three octal digits: at most 0o777, always a valid scalar
            var v = e.value - 48
            var n = 0
            for d in following.prefix(2) {
                guard d.value >= 48 && d.value <= 55 else { break }
                v = v * 8 + d.value - 48
                n += 1
            }
            return ([Unicode.Scalar(v) ?? "\u{FFFD}"], n)
        case "x", "u", "U":
            let width = e == "x" ? 2 : e == "u" ? 4 : 8
            guard following.count >= width else { return nil }
            let hex = String(String.UnicodeScalarView(following.prefix(width)))
            guard let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else { return nil }
            return ([u], width)
        default: return (["\\", e], 0)
        }
    }
}
