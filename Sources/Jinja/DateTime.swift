import Foundation
import SwansibleCore

/// Python's naive `datetime.datetime` and `datetime.date`, for values held as their isoformat
/// text (`Value.date`): fields, arithmetic with `timedelta`, ordering, `strftime` and
/// `strptime` (the directives configuration templates use).
public struct PyDateTime: Sendable, Equatable {
    public var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, microsecond = 0
    /// A `datetime.date` (no time of day).
    public var dateOnly = false

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond) =
            (year, month, day, hour, minute, second, microsecond)
    }

    /// From isoformat text (`2016-08-14`, `2016-08-14T20:00:12[.ffffff]`); a zone is ignored.
    public init?(iso: String) {
        let u = Array(iso.utf8)
        func num(_ a: Int, _ b: Int) -> Int? { b <= u.count ? Int(String(decoding: u[a..<b], as: UTF8.self)) : nil }
        guard u.count >= 10, let y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
        (year, month, day) = (y, m, d)
        if u.count == 10 {
            dateOnly = true
            return
        }
        guard let h = num(11, 13), let mi = num(14, 16), let s = num(17, 19) else { return nil }
        (hour, minute, second) = (h, mi, s)
        if u.count > 19 && u[19] == UInt8(ascii: ".") {
            var digits = ""
            var i = 20
            while i < u.count, u[i] >= 48, u[i] <= 57 {
                digits.append(Character(Unicode.Scalar(u[i])))
                i += 1
            }
            microsecond = Int(String((digits + "000000").prefix(6))) ?? 0
        }
    }

    /// The isoformat text (`T` between date and time; microseconds only when not zero).
    public var iso: String {
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        if dateOnly { return date }
        var s = date + String(format: "T%02d:%02d:%02d", hour, minute, second)
        if microsecond != 0 { s += String(format: ".%06d", microsecond) }
        return s
    }

    public var value: Value { .date(iso) }

    /// Days since 0001-01-01 (Python's `toordinal() - 1`).
    var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        days += cumulative[max(0, min(11, month - 1))] + day - 1
        if month > 2 && PyDateTime.isLeap(year) { days += 1 }
        return days
    }

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, month - 1))]
    }

    /// Microseconds since 0001-01-01T00:00:00.
    var micros: Int {
        ((ordinal * 86400 + hour * 3600 + minute * 60 + second) * 1_000_000) + microsecond
    }

    init(micros: Int, dateOnly: Bool) {
        var days = micros / 86_400_000_000
        var rest = micros % 86_400_000_000
        if rest < 0 {
            rest += 86_400_000_000
            days -= 1
        }
        // from the ordinal (Python's _ord2ymd)
        var n = days
        let n400 = n / 146_097
        n %= 146_097
        var year = n400 * 400 + 1
        let n100 = n / 36524
        n %= 36524
        let n4 = n / 1461
        n %= 1461
        let n1 = n / 365
        n %= 365
        year += n100 * 100 + n4 * 4 + n1
        var month = 1
        var day = 1
        if n1 == 4 || n100 == 4 {
            year -= 1
            month = 12
            day = 31
        } else {
            month = 1
            while n >= PyDateTime.daysIn(month, year) {
                n -= PyDateTime.daysIn(month, year)
                month += 1
            }
            day = n + 1
        }
        self.init(
            year: year, month: month, day: day, hour: rest / 3_600_000_000, minute: rest / 60_000_000 % 60,
            second: rest / 1_000_000 % 60, microsecond: rest % 1_000_000)
        self.dateOnly = dateOnly
    }

    /// Monday is 0 (Python's `weekday()`).
    public var weekday: Int { (ordinal % 7 + 7) % 7 }

    /// Python's `strftime`, through the C library for what Python also leaves to it.
    public func strftime(_ format: String) -> String {
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        parts.tm_wday = Int32((weekday + 1) % 7)
        parts.tm_yday = Int32(ordinal - PyDateTime(year: year, month: 1, day: 1).ordinal)
        parts.tm_isdst = -1
        return PyDateTime.cStrftime(format.replacingOccurrences(of: "%f", with: String(format: "%06d", microsecond)), &parts)
    }

    static func cStrftime(_ format: String, _ parts: inout tm) -> String {
        var size = 256
        while size <= 65536 {
            var buffer = [CChar](repeating: 0, count: size)
            let n = Foundation.strftime(&buffer, size, format, &parts)
            if n > 0 || format.isEmpty { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            size *= 4
        }
        return ""
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Python's `datetime.strptime`: the whole text must match the format.
    public static func strptime(_ text: String, _ format: String) throws(JinjaError) -> PyDateTime {
        let t = Array(text.unicodeScalars)
        let f = Array(format.unicodeScalars)
        var i = 0
        var j = 0
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0
        var pm: Bool?
        func mismatch() -> JinjaError {
            JinjaError(.value, "time data \(PythonFormat.repr(.string(text))) does not match format \(PythonFormat.repr(.string(format)))")
        }
        func number(_ maxDigits: Int) throws(JinjaError) -> Int {
            var n = 0
            var count = 0
            while count < maxDigits, i < t.count, let d = t[i].properties.numericType != nil ? Int(String(t[i])) : nil {
                n = n * 10 + d
                count += 1
                i += 1
            }
            if count == 0 { throw mismatch() }
            return n
        }
        func name(_ names: [String]) throws(JinjaError) -> Int {
            let rest = String(String.UnicodeScalarView(t[i...])).lowercased()
            for (k, full) in names.enumerated() {
                for candidate in [full, String(full.prefix(3))] where rest.hasPrefix(candidate) {
                    i += candidate.unicodeScalars.count
                    return k
                }
            }
            throw mismatch()
        }
        while j < f.count {
            let c = f[j]
            if c == "%" && j + 1 < f.count {
                let d = f[j + 1]
                j += 2
                switch d {
                case "Y": year = try number(4)
                case "y":
                    let y = try number(2)
                    year = y < 69 ? 2000 + y : 1900 + y
                case "m": month = try number(2)
                case "d": day = try number(2)
                case "H", "I": hour = try number(2)
                case "M": minute = try number(2)
                case "S": second = try number(2)
                case "f":
                    let start = i
                    let v = try number(6)
                    micro = v * Int(pow(10.0, Double(6 - (i - start))))
                case "j":
                    let yday = try number(3)
                    (month, day) = (1, yday)
                case "b", "B": month = try name(months) + 1
                case "a", "A": _ = try name(weekdays)
                case "p":
                    let rest = String(String.UnicodeScalarView(t[i...])).lowercased()
                    if rest.hasPrefix("am") { pm = false } else if rest.hasPrefix("pm") { pm = true } else { throw mismatch() }
                    i += 2
                case "%":
                    guard i < t.count, t[i] == "%" else { throw mismatch() }
                    i += 1
                default:
                    throw JinjaError(.value, "'\(d)' is a bad directive in format '\(format)'")
                }
            } else if c.properties.isWhitespace {
                // whitespace in the format matches any run of whitespace (at least one)
                guard i < t.count, t[i].properties.isWhitespace else { throw mismatch() }
                while i < t.count, t[i].properties.isWhitespace { i += 1 }
                while j < f.count, f[j].properties.isWhitespace { j += 1 }
            } else {
                guard i < t.count, String(t[i]).lowercased() == String(c).lowercased() else { throw mismatch() }
                i += 1
                j += 1
            }
        }
        if i < t.count {
            throw JinjaError(.value, "unconverted data remains: \(String(String.UnicodeScalarView(t[i...])))")
        }
        if let pm {
            if hour == 12 { hour = 0 }
            if pm { hour += 12 }
        }
        if format.contains("%j") && !format.contains("%m") {
            var d = PyDateTime(year: year, month: 1, day: 1)
            d = PyDateTime(micros: d.micros + (day - 1) * 86_400_000_000, dateOnly: false)
            (month, day) = (d.month, d.day)
        }
        guard (1...12).contains(month), (1...daysIn(month, year)).contains(day), hour < 24, minute < 60, second < 62 else {
            throw JinjaError(.value, "day is out of range for month")
        }
        return PyDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: micro)
    }

    /// An attribute or method of a date or datetime.
    func attribute(_ name: String) -> Value? {
        switch name {
        case "year": return .int(year)
        case "month": return .int(month)
        case "day": return .int(day)
        case "hour" where !dateOnly: return .int(hour)
        case "minute" where !dateOnly: return .int(minute)
        case "second" where !dateOnly: return .int(second)
        case "microsecond" where !dateOnly: return .int(microsecond)
        case "strftime":
            return .object(
                BuiltinFunction("strftime", owner: dateOnly ? "datetime.date" : "datetime.datetime") {
                    (a: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    let b = try a.bind("strftime", ["format"], min: 1)
                    return .string(strftime(PythonFormat.str(b[0] ?? "")))
                })
        case "isoformat":
            return .object(
                BuiltinFunction("isoformat", owner: "datetime.datetime") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    .string(iso)
                })
        case "weekday", "isoweekday":
            let n = name == "weekday" ? weekday : weekday + 1
            return .object(
                BuiltinFunction(name, owner: "datetime.datetime") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in .int(n) })
        case "date" where !dateOnly:
            var d = self
            (d.hour, d.minute, d.second, d.microsecond, d.dateOnly) = (0, 0, 0, 0, true)
            return .object(
                BuiltinFunction("date", owner: "datetime.datetime") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in d.value })
        default: return nil
        }
    }
}

/// Python's `datetime.timedelta`: days, seconds (0...86399) and microseconds (0...999999).
public final class TimeDelta: AttributeObject, @unchecked Sendable {
    public let days: Int
    public let seconds: Int
    public let microseconds: Int

    public init(micros: Int) {
        var d = micros / 86_400_000_000
        var rest = micros % 86_400_000_000
        if rest < 0 {
            rest += 86_400_000_000
            d -= 1
        }
        days = d
        seconds = rest / 1_000_000
        microseconds = rest % 1_000_000
    }

    public var micros: Int { (days * 86400 + seconds) * 1_000_000 + microseconds }
    public var typeName: String { "timedelta" }
    public var truthy: Bool { micros != 0 }
    public var repr: String {
        var parts: [String] = []
        if days != 0 { parts.append("days=\(days)") }
        if seconds != 0 { parts.append("seconds=\(seconds)") }
        if microseconds != 0 { parts.append("microseconds=\(microseconds)") }
        return "datetime.timedelta(\(parts.isEmpty ? "0" : parts.joined(separator: ", ")))"
    }
    public var str: String {
        var s = String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        if days != 0 { s = "\(days) day\(abs(days) != 1 ? "s" : ""), " + s }
        if microseconds != 0 { s += String(format: ".%06d", microseconds) }
        return s
    }

    public func attribute(_ name: String) -> Value? {
        switch name {
        case "days": return .int(days)
        case "seconds": return .int(seconds)
        case "microseconds": return .int(microseconds)
        case "total_seconds":
            let total = Double(micros) / 1_000_000
            return .object(
                BuiltinFunction("total_seconds", owner: "datetime.timedelta") { (_: Arguments, _: Renderer) throws(JinjaError) -> Value in
                    .float(total)
                })
        default: return nil
        }
    }
}

extension Operators {
    /// `-` and `+` between datetimes and timedeltas; nil when neither side is one.
    static func dateArithmetic(_ op: BinaryOp, _ a: Value, _ b: Value) throws(JinjaError) -> Value? {
        let da: PyDateTime? = if case .date(let s) = a { PyDateTime(iso: s) } else { nil }
        let db: PyDateTime? = if case .date(let s) = b { PyDateTime(iso: s) } else { nil }
        let ta: TimeDelta? = if case .object(let o) = a { o as? TimeDelta } else { nil }
        let tb: TimeDelta? = if case .object(let o) = b { o as? TimeDelta } else { nil }
        guard da != nil || db != nil || ta != nil || tb != nil else { return nil }
        switch op {
        case .sub:
            if let da, let db {
                guard da.dateOnly == db.dateOnly else { return nil }
                return .object(TimeDelta(micros: da.micros - db.micros))
            }
            if let da, let tb { return PyDateTime(micros: da.micros - tb.micros, dateOnly: da.dateOnly).value }
            if let ta, let tb { return .object(TimeDelta(micros: ta.micros - tb.micros)) }
        case .add:
            if let da, let tb { return PyDateTime(micros: da.micros + tb.micros, dateOnly: da.dateOnly).value }
            if let ta, let db { return PyDateTime(micros: db.micros + ta.micros, dateOnly: db.dateOnly).value }
            if let ta, let tb { return .object(TimeDelta(micros: ta.micros + tb.micros)) }
        default:
            break
        }
        return nil
    }

    /// The order of two datetimes (or dates, or timedeltas); nil when they are not such a pair.
    static func dateOrder(_ a: Value, _ b: Value) -> Int? {
        var x: Int?
        var y: Int?
        if case .date(let s) = a, case .date(let t) = b, let p = PyDateTime(iso: s), let q = PyDateTime(iso: t), p.dateOnly == q.dateOnly {
            (x, y) = (p.micros, q.micros)
        }
        if case .object(let o) = a, let p = o as? TimeDelta, case .object(let r) = b, let q = r as? TimeDelta {
            (x, y) = (p.micros, q.micros)
        }
        guard let x, let y else { return nil }
        return x < y ? -1 : (x == y ? 0 : 1)
    }
}
