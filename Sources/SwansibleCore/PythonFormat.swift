/// Python's text forms of values: `repr()`, `str()` and float formatting.
public enum PythonFormat {
    /// `repr(float)`: the shortest text that reads back, `1e-05`, `1e+16`, `0.1`, `inf`.
    public static func repr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, exponent) = decimalDigits(d)
        // exponent: the value is 0.DIGITS * 10^exponent; Python's decpt = exponent.
        let decpt = exponent
        var out = negative ? "-" : ""
        if decpt > -4 && decpt <= 16 {
            if decpt <= 0 {
                out += "0." + String(repeating: "0", count: -decpt) + digits
            } else if decpt >= digits.count {
                out += digits + String(repeating: "0", count: decpt - digits.count) + ".0"
            } else {
                let i = digits.index(digits.startIndex, offsetBy: decpt)
                out += digits[..<i] + "." + digits[i...]
            }
        } else {
            let e = decpt - 1
            out += String(digits.prefix(1))
            if digits.count > 1 { out += "." + digits.dropFirst() }
            out += e < 0 ? "e-" : "e+"
            let ae = abs(e)
            out += ae < 10 ? "0\(ae)" : "\(ae)"
        }
        return out
    }

    /// The shortest round-trip digits of `d` (no leading or trailing zeros) and the position of
    /// the decimal point relative to them.
    static func decimalDigits(_ d: Double) -> (Bool, String, Int) {
        let text = "\(abs(d))"  // Swift prints the shortest round-trip form
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var fracPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            fracPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(intPart) + String(fracPart)
        var decpt = intPart.count + exp
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            decpt -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (d < 0, digits, decpt)
    }

    /// `repr(str)`: quotes chosen as Python chooses them, escapes for the unprintable.
    public static func repr(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if isPrintable(u) {
                    out.unicodeScalars.append(u)
                } else if u.value < 0x100 {
                    out += "\\x" + hex(u.value, 2)
                } else if u.value < 0x10000 {
                    out += "\\u" + hex(u.value, 4)
                } else {
                    out += "\\U" + hex(u.value, 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `str.isprintable()` for one character.
    public static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u == " " { return true }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    /// `repr(value)`, as Python prints a value inside a list or dict.
    public static func repr(_ v: Value) -> String {
        var out = ""
        writeRepr(v, into: &out)
        return out
    }

    /// `str(value)`: strings as they are, everything else as `repr`.
    public static func str(_ v: Value) -> String {
        switch v {
        case .string(let s), .unsafe(let s): return s
        case .date(let s): return String(s.map { $0 == "T" ? " " : $0 })
        case .vault(let s): return s
        case .object(let o): return o.str
        default: return repr(v)
        }
    }

    static func writeRepr(_ v: Value, into out: inout String) {
        switch v {
        case .null: out += "None"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .bigInt(let s): out += s
        case .float(let d): out += repr(d)
        case .string(let s), .unsafe(let s): out += repr(s)
        case .vault(let s): out += repr(s)
        case .date(let s): out += dateRepr(s)
        case .list(let l):
            out += "["
            for (i, e) in l.enumerated() {
                if i > 0 { out += ", " }
                writeRepr(e, into: &out)
            }
            out += "]"
        case .tuple(let l):
            out += "("
            for (i, e) in l.enumerated() {
                if i > 0 { out += ", " }
                writeRepr(e, into: &out)
            }
            out += l.count == 1 ? ",)" : ")"
        case .object(let o):
            out += o.repr
        case .dict(let d):
            out += "{"
            var first = true
            for (k, e) in d.items {
                if !first { out += ", " }
                first = false
                writeRepr(k, into: &out)
                out += ": "
                writeRepr(e, into: &out)
            }
            out += "}"
        }
    }

    /// `repr()` of a date or datetime held as its isoformat text.
    static func dateRepr(_ iso: String) -> String {
        let u = Array(iso.utf8)
        func num(_ a: Int, _ b: Int) -> Int { Int(String(decoding: u[a..<min(b, u.count)], as: UTF8.self)) ?? 0 }
        guard u.count >= 10 else { return repr(iso) }
        let date = "\(num(0, 4)), \(num(5, 7)), \(num(8, 10))"
        if u.count == 10 { return "datetime.date(\(date))" }
        guard u.count >= 19 else { return repr(iso) }
        var fields = [num(11, 13), num(14, 16), num(17, 19)]
        var i = 19
        var micro = 0
        if i < u.count && u[i] == UInt8(ascii: ".") {
            micro = num(20, 26)
            i = 26
        }
        var tz = ""
        if i < u.count {
            let sign = u[i] == UInt8(ascii: "-") ? -1 : 1
            let offset = sign * (num(i + 1, i + 3) * 3600 + num(i + 4, i + 6) * 60)
            if offset == 0 {
                tz = ", tzinfo=datetime.timezone.utc"
            } else {
                let days = offset < 0 ? -1 : 0
                let seconds = offset - days * 86400
                tz = ", tzinfo=datetime.timezone(datetime.timedelta(\(days != 0 ? "days=-1, " : "")seconds=\(seconds)))"
            }
        }
        if micro != 0 { fields.append(micro) }
        while fields.count > 2 && fields.last == 0 && micro == 0 { fields.removeLast() }
        return "datetime.datetime(\(date), \(fields.map(String.init).joined(separator: ", "))\(tz))"
    }
}
