import SwansibleCore

/// PyYAML's YAML 1.1 implicit typing of plain scalars, as Ansible's loader uses it.
public enum YAMLResolver {
    public enum Tag: Sendable, Equatable {
        case null, bool, int, float, timestamp, merge, value, str
    }

    static let boolWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]
    public static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]

    public static func isNull(_ s: String) -> Bool {
        s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    /// The tag PyYAML's resolver gives a plain scalar.
    public static func resolve(_ s: String) -> Tag {
        let u = Array(s.utf8)
        guard let first = u.first else { return .null }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
            UInt8(ascii: "o"), UInt8(ascii: "O"):
            if boolWords.contains(s) { return .bool }
            if s == "null" || s == "Null" || s == "NULL" { return .null }
            return .str
        case UInt8(ascii: "~"):
            return s == "~" ? .null : .str
        case UInt8(ascii: "<"):
            return s == "<<" ? .merge : .str
        case UInt8(ascii: "="):
            return s == "=" ? .value : .str
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isFloat(u) { return .float }
            if isInt(u) { return .int }
            if isTimestamp(u) { return .timestamp }
            return .str
        default:
            return .str
        }
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Consumes `[0-9_]*` from i; returns the new index.
    static func digitsOrUnderscore(_ u: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < u.count && (isDigit(u[i]) || u[i] == UInt8(ascii: "_")) { i += 1 }
        return i
    }

    /// `(?::[0-5]?[0-9])+` from i; returns the new index or nil when there is none.
    static func sexagesimalTail(_ u: [UInt8], _ i: Int) -> Int? {
        var i = i
        var groups = 0
        while i < u.count && u[i] == UInt8(ascii: ":") {
            var j = i + 1
            if j + 1 < u.count && u[j] >= 48 && u[j] <= 53 && isDigit(u[j + 1]) {
                j += 2
            } else if j < u.count && isDigit(u[j]) {
                j += 1
            } else {
                break
            }
            i = j
            groups += 1
        }
        return groups > 0 ? i : nil
    }

    /// `[eE][-+][0-9]+` at i; the index after it, or i when absent.
    static func optionalExponent(_ u: [UInt8], _ i: Int) -> Int {
        guard i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") else { return i }
        guard i + 1 < u.count, u[i + 1] == UInt8(ascii: "-") || u[i + 1] == UInt8(ascii: "+") else { return i }
        var j = i + 2
        let start = j
        while j < u.count && isDigit(u[j]) { j += 1 }
        return j > start ? j : i
    }

    static func isFloat(_ u: [UInt8]) -> Bool {
        var i = 0
        let hasSign = u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+")
        if hasSign { i = 1 }
        guard i < u.count else { return false }
        // [-+]?\.(?:inf|Inf|INF)  and  \.(?:nan|NaN|NAN)
        if u[i] == UInt8(ascii: ".") {
            let rest = String(decoding: u[(i + 1)...], as: UTF8.self)
            if rest == "inf" || rest == "Inf" || rest == "INF" { return true }
            if !hasSign && (rest == "nan" || rest == "NaN" || rest == "NAN") { return true }
            // \.[0-9][0-9_]*(?:[eE][-+][0-9]+)?  (no sign)
            guard !hasSign, i + 1 < u.count, isDigit(u[i + 1]) else { return false }
            var j = digitsOrUnderscore(u, i + 2)
            j = optionalExponent(u, j)
            return j == u.count
        }
        guard isDigit(u[i]) else { return false }
        let afterDigits = digitsOrUnderscore(u, i + 1)
        // [0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?
        if afterDigits < u.count && u[afterDigits] == UInt8(ascii: ".") {
            var j = digitsOrUnderscore(u, afterDigits + 1)
            j = optionalExponent(u, j)
            if j == u.count { return true }
        }
        // [0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        if let j = sexagesimalTail(u, afterDigits), j < u.count, u[j] == UInt8(ascii: ".") {
            return digitsOrUnderscore(u, j + 1) == u.count
        }
        return false
    }

    static func isInt(_ u: [UInt8]) -> Bool {
        var i = 0
        if u.first == UInt8(ascii: "-") || u.first == UInt8(ascii: "+") { i = 1 }
        guard i < u.count else { return false }
        let rest = u[i...]
        if rest.starts(with: Array("0b".utf8)) {
            return u.count > i + 2 && u[(i + 2)...].allSatisfy { $0 == 48 || $0 == 49 || $0 == 95 }
        }
        if rest.starts(with: Array("0x".utf8)) {
            return u.count > i + 2
                && u[(i + 2)...].allSatisfy { isDigit($0) || $0 == 95 || (97...102).contains($0) || (65...70).contains($0) }
        }
        if u[i] == UInt8(ascii: "0") {
            if u.count == i + 1 { return true }
            return u[(i + 1)...].allSatisfy { ($0 >= 48 && $0 <= 55) || $0 == 95 }
        }
        guard u[i] >= 49 && u[i] <= 57 else { return false }
        let j = digitsOrUnderscore(u, i + 1)
        if j == u.count { return true }
        if let k = sexagesimalTail(u, j), k == u.count { return true }
        return false
    }

    static func isTimestamp(_ u: [UInt8]) -> Bool {
        return parseTimestamp(String(decoding: u, as: UTF8.self)) != nil
    }

    /// The fields of a YAML timestamp, or nil when the text is not one.
    struct Timestamp {
        var year = 0, month = 0, day = 0
        var time: (hour: Int, minute: Int, second: Int, fraction: String)?
        var zone: String?  // "Z", "+05:00", or nil
    }

    static func parseTimestamp(_ s: String) -> Timestamp? {
        let c = Array(s.utf8)
        var i = 0
        func digits(_ min: Int, _ max: Int) -> Int? {
            var n = 0
            var v = 0
            while n < max && i < c.count && isDigit(c[i]) {
                v = v * 10 + Int(c[i] - 48)
                i += 1
                n += 1
            }
            return n >= min ? v : nil
        }
        func expect(_ ch: Character) -> Bool {
            guard i < c.count, c[i] == ch.asciiValue else { return false }
            i += 1
            return true
        }
        var t = Timestamp()
        guard let y = digits(4, 4), expect("-") else { return nil }
        let monthStart = i
        guard let m = digits(1, 2), expect("-") else { return nil }
        let monthLen = i - monthStart - 1
        let dayStart = i
        guard let d = digits(1, 2) else { return nil }
        let dayLen = i - dayStart
        t.year = y
        t.month = m
        t.day = d
        if i == c.count {
            return monthLen == 2 && dayLen == 2 ? t : nil
        }
        // time part: [Tt] or [ \t]+
        if c[i] == UInt8(ascii: "T") || c[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            let start = i
            while i < c.count && (c[i] == 32 || c[i] == 9) { i += 1 }
            if i == start { return nil }
        }
        guard let hh = digits(1, 2), expect(":"), let mm = digits(2, 2), expect(":"), let ss = digits(2, 2) else { return nil }
        var fraction = ""
        if i < c.count && c[i] == UInt8(ascii: ".") {
            i += 1
            while i < c.count && isDigit(c[i]) {
                fraction.append(Character(Unicode.Scalar(c[i])))
                i += 1
            }
        }
        t.time = (hh, mm, ss, fraction)
        while i < c.count && (c[i] == 32 || c[i] == 9) { i += 1 }
        if i < c.count {
            if c[i] == UInt8(ascii: "Z") {
                t.zone = "Z"
                i += 1
            } else if c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-") {
                let sign = c[i] == UInt8(ascii: "-") ? "-" : "+"
                i += 1
                guard let zh = digits(1, 2) else { return nil }
                var zm = 0
                if i < c.count && c[i] == UInt8(ascii: ":") {
                    i += 1
                    guard let v = digits(2, 2) else { return nil }
                    zm = v
                }
                t.zone = sign + pad2(zh) + ":" + pad2(zm)
            } else {
                return nil
            }
        }
        return i == c.count ? t : nil
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
