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
        case .date(let s): return s
        case .vault(let s): return s
        default: return repr(v)
        }
    }

    static func writeRepr(_ v: Value, into out: inout String) {
        switch v {
        case .none: out += "None"
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

    static func dateRepr(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3 && iso.count == 10 {
            return "datetime.date(\(parts[0]), \(parts[1]), \(parts[2]))"
        }
        return "datetime.datetime(\(iso))"
    }
}
