import Foundation
import SwansibleCore

/// Python's number formatting: `%`-formatting and `str.format`'s mini-language.
public enum PercentFormat {
    /// `template % args`.
    public static func format(_ template: String, _ args: Value) throws(JinjaError) -> String {
        var positional: [Value]
        var mapping: ValueDict?
        switch args {
        case .tuple(let t): positional = t
        case .dict(let d):
            mapping = d
            positional = [args]
        default: positional = [args]
        }
        var out = ""
        let chars = Array(template.unicodeScalars)
        var i = 0
        var argIndex = 0
        var usedMapping = false
        func nextArg() throws(JinjaError) -> Value {
            guard argIndex < positional.count else { throw JinjaError(.type, "not enough arguments for format string") }
            defer { argIndex += 1 }
            return positional[argIndex]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw JinjaError(.value, "incomplete format") }
            var key: String?
            if chars[i] == "(" {
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: chars[(i + 1)..<(j - 1)])
                key = String(view)
                i = j
            }
            var flags = Set<Unicode.Scalar>()
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                flags.insert(chars[i])
                i += 1
            }
            var width: Int?
            if i < chars.count && chars[i] == "*" {
                width = Operators.index(try nextArg())
                i += 1
            } else {
                var w = ""
                while i < chars.count, chars[i].properties.numericType != nil, chars[i].isASCII {
                    w.unicodeScalars.append(chars[i])
                    i += 1
                }
                width = Int(w)
            }
            var precision: Int?
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                while i < chars.count, chars[i].isASCII, chars[i].properties.numericType != nil {
                    p.unicodeScalars.append(chars[i])
                    i += 1
                }
                precision = Int(p) ?? 0
            }
            while i < chars.count, "hlL".unicodeScalars.contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw JinjaError(.value, "incomplete format") }
            let conv = chars[i]
            i += 1
            if conv == "%" {
                out += "%"
                continue
            }
            let arg: Value
            if let key {
                guard let m = mapping else { throw JinjaError(.type, "format requires a mapping") }
                usedMapping = true
                guard let v = m[.string(key)] else { throw JinjaError(.type, "KeyError: \(PythonFormat.repr(.string(key)))") }
                arg = v
            } else {
                arg = try nextArg()
            }
            var spec = FormatSpec()
            spec.width = width
            spec.precision = precision
            spec.align = flags.contains("-") ? "<" : nil
            spec.zeroPad = flags.contains("0") && !flags.contains("-")
            spec.sign = flags.contains("+") ? "+" : (flags.contains(" ") ? " " : "-")
            spec.alternate = flags.contains("#")
            let text: String
            switch conv {
            case "s": text = try applyPrecision(try Builtins.string(arg), precision)
            case "r", "a": text = try applyPrecision(PythonFormat.repr(arg), precision)
            case "d", "i", "u":
                guard let n = Operators.num(arg) else {
                    throw JinjaError(.type, "%\(conv) format: a real number is required, not \(arg.pythonTypeName)")
                }
                let intValue: Value
                switch n {
                case .int(let x): intValue = .int(x)
                case .big(let b): intValue = .integer(b)
                case .float(let d): intValue = .int(Int(d.rounded(.towardZero)))
                }
                spec.type = "d"
                spec.precision = nil
                text = try spec.formatNumber(intValue)
            case "f", "F", "e", "E", "g", "G":
                guard let n = Operators.num(arg) else {
                    throw JinjaError(.type, "must be real number, not \(arg.pythonTypeName)")
                }
                spec.type = Character(conv)
                if spec.precision == nil { spec.precision = 6 }
                text = try spec.formatNumber(.float(Operators.double(n)))
            case "x", "X", "o":
                guard let n = Operators.num(arg), case .int = n else {
                    throw JinjaError(.type, "%\(conv) format: an integer is required, not \(arg.pythonTypeName)")
                }
                spec.type = Character(conv)
                text = try spec.formatNumber(arg)
            case "c":
                if case .int(let code) = arg, let u = Unicode.Scalar(code) {
                    text = String(Character(u))
                } else {
                    text = arg.stringValue ?? ""
                }
            default:
                throw JinjaError(.value, "unsupported format character '\(conv)' (0x\(String(conv.value, radix: 16)))")
            }
            if conv == "s" || conv == "r" || conv == "a" || conv == "c" {
                out += pad(text, width: width, left: flags.contains("-"))
            } else {
                out += text
            }
        }
        if mapping == nil && argIndex < positional.count {
            throw JinjaError(.type, "not all arguments converted during string formatting")
        }
        _ = usedMapping
        return out
    }

    static func applyPrecision(_ s: String, _ p: Int?) throws(JinjaError) -> String {
        guard let p else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.prefix(p)))
    }

    static func pad(_ s: String, width: Int?, left: Bool) -> String {
        guard let width else { return s }
        let n = s.unicodeScalars.count
        guard n < width else { return s }
        let fill = String(repeating: " ", count: width - n)
        return left ? s + fill : fill + s
    }
}

/// Python's format specification mini-language (`format(x, spec)`, `'{:>10}'.format(x)`).
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width: Int?
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init() {}

    init(parsing spec: String) throws(JinjaError) {
        var chars = Array(spec)
        var i = 0
        if chars.count >= 2 && "<>=^".contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if let first = chars.first, "<>=^".contains(first) {
            align = first
            i = 1
        }
        if i < chars.count && "+- ".contains(chars[i]) {
            sign = chars[i]
            i += 1
        }
        if i < chars.count && chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count && chars[i] == "0" {
            zeroPad = true
            i += 1
        }
        var w = ""
        while i < chars.count && chars[i].isASCII && chars[i].isNumber {
            w.append(chars[i])
            i += 1
        }
        width = Int(w)
        if i < chars.count && (chars[i] == "," || chars[i] == "_") {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count && chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count && chars[i].isASCII && chars[i].isNumber {
                p.append(chars[i])
                i += 1
            }
            guard let pv = Int(p) else { throw JinjaError(.value, "Format specifier missing precision") }
            precision = pv
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count { throw JinjaError(.value, "Invalid format specifier '\(spec)'") }
        chars.removeAll()
    }

    /// `format(value, spec)`.
    func format(_ v: Value) throws(JinjaError) -> String {
        switch v {
        case .int, .bigInt, .float, .bool:
            if case .bool = v, type == nil {
                return applyWidth(PythonFormat.str(v), defaultAlign: "<")
            }
            return try formatNumber(v)
        default:
            if let t = type, t != "s" {
                throw JinjaError(.value, "Unknown format code '\(t)' for object of type '\(v.pythonTypeName)'")
            }
            var s = try Builtins.string(v)
            if let precision { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(precision))) }
            return applyWidth(s, defaultAlign: "<")
        }
    }

    func formatNumber(_ v: Value) throws(JinjaError) -> String {
        var body: String
        var negative = false
        let t = type ?? (v.isFloatValue ? "r" : "d")
        switch t {
        case "d", "n":
            guard let b = v.bigInteger else { throw JinjaError(.value, "Unknown format code 'd' for object of type 'float'") }
            negative = b.negative
            body = (negative ? -b : b).description
            body = group(body)
        case "x", "X", "o", "b":
            guard let b = v.bigInteger, let i = b.asInt else {
                throw JinjaError(.value, "Unknown format code '\(t)' for object of type '\(v.pythonTypeName)'")
            }
            negative = i < 0
            let radix = t == "o" ? 8 : (t == "b" ? 2 : 16)
            body = String(i.magnitude, radix: radix, uppercase: t == "X")
            if alternate { body = (t == "o" ? "0o" : t == "b" ? "0b" : (t == "X" ? "0X" : "0x")) + body }
        case "f", "F", "e", "E", "g", "G", "%", "r":
            var d: Double
            switch Operators.num(v) {
            case .int(let i)?: d = Double(i)
            case .big(let b)?: d = b.asDouble
            case .float(let x)?: d = x
            case nil: throw JinjaError(.type, "must be real number, not \(v.pythonTypeName)")
            }
            if t == "%" { d *= 100 }
            negative = d.sign == .minus && !(d == 0 && t != "r" && false)
            negative = d < 0 || (d == 0 && d.sign == .minus)
            let a = abs(d)
            if a.isNaN {
                body = t.isUppercase ? "NAN" : "nan"
            } else if a.isInfinite {
                body = t.isUppercase ? "INF" : "inf"
            } else {
                switch t {
                case "f", "F", "%":
                    body = String(format: "%.\(precision ?? 6)f", a)
                    body = group(body)
                    if t == "%" { body += "%" }
                case "e", "E":
                    body = String(format: "%.\(precision ?? 6)\(t)", a)
                case "g", "G":
                    body = FormatSpec.formatG(a, precision: precision ?? 6, upper: t == "G", alternate: alternate)
                default:  // no type: repr, or 'g'-like with precision
                    if let precision {
                        body = FormatSpec.formatG(a, precision: precision, upper: false, alternate: false, noTypeRule: true)
                    } else {
                        body = PythonFormat.repr(a)
                    }
                    body = group(body)
                }
            }
        case "c":
            guard case .int(let i) = v, let u = Unicode.Scalar(i) else { throw JinjaError(.value, "%c arg not in range") }
            return applyWidth(String(Character(u)), defaultAlign: "<")
        case "s":
            throw JinjaError(.value, "Unknown format code 's' for object of type '\(v.pythonTypeName)'")
        default:
            throw JinjaError(.value, "Unknown format code '\(t)' for object of type '\(v.pythonTypeName)'")
        }
        let signText = negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
        if zeroPad && align == nil, let width {
            let padCount = width - signText.count - body.count
            if padCount > 0 { body = String(repeating: "0", count: padCount) + body }
            return signText + body
        }
        if align == "=", let width {
            let padCount = width - signText.count - body.count
            return signText + (padCount > 0 ? String(repeating: fill, count: padCount) : "") + body
        }
        return applyWidth(signText + body, defaultAlign: ">")
    }

    func group(_ digits: String) -> String {
        guard let grouping else { return digits }
        var intPart = Substring(digits)
        var rest = ""
        if let dot = digits.firstIndex(of: ".") {
            intPart = digits[..<dot]
            rest = String(digits[dot...])
        }
        var out: [Character] = []
        for (n, ch) in intPart.reversed().enumerated() {
            if n > 0 && n % 3 == 0 { out.append(grouping) }
            out.append(ch)
        }
        return String(out.reversed()) + rest
    }

    func applyWidth(_ s: String, defaultAlign: Character) -> String {
        guard let width else { return s }
        let n = s.count
        guard n < width else { return s }
        let padCount = width - n
        switch align ?? defaultAlign {
        case "<": return s + String(repeating: fill, count: padCount)
        case "^":
            let left = padCount / 2
            return String(repeating: fill, count: left) + s + String(repeating: fill, count: padCount - left)
        default: return String(repeating: fill, count: padCount) + s
        }
    }

    /// Python's 'g' formatting.
    static func formatG(_ a: Double, precision: Int, upper: Bool, alternate: Bool, noTypeRule: Bool = false) -> String {
        let p = max(precision, 1)
        if a == 0 { return noTypeRule ? "0.0" : (alternate ? "0." + String(repeating: "0", count: p - 1) : "0") }
        let exp = Int(floor(log10(a)))
        let rounded = String(format: "%.\(p - 1)e", a)
        let realExp = Int(rounded.split(separator: "e").last ?? "0") ?? exp
        var s: String
        if realExp < -4 || realExp >= p {
            s = String(format: "%.\(p - 1)e", a)
            if !alternate {
                let parts = s.split(separator: "e")
                var mant = String(parts[0])
                if mant.contains(".") {
                    while mant.hasSuffix("0") { mant.removeLast() }
                    if mant.hasSuffix(".") { mant.removeLast() }
                }
                s = mant + "e" + (parts.count > 1 ? String(parts[1]) : "")
            }
            if upper { s = s.uppercased() }
        } else {
            s = String(format: "%.\(max(p - 1 - realExp, 0))f", a)
            if !alternate && s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            if noTypeRule && !s.contains(".") && !s.contains("e") { s += ".0" }
        }
        return s
    }
}

extension Value {
    var isFloatValue: Bool {
        if case .float = self { return true }
        return false
    }
}
