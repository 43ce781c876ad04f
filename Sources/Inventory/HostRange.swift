import SwansibleCore

/// Host name ranges (`node[01:10]`, `[a:f]`, `web[1:10:2]`) and `host:port` addresses, as
/// Ansible's inventory plugins read them.
public enum HostRange {
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// The host names a pattern stands for; the pattern itself when it has no range.
    public static func expand(_ line: String) throws(RangeError) -> [String] {
        guard line.contains("[") else { return [line] }
        // head[range]tail, split at the first '[' and the first ']' after replacing
        guard let open = line.firstIndex(of: "[") else { return [line] }
        let afterOpen = line[line.index(after: open)...]
        guard let close = afterOpen.firstIndex(of: "]") else {
            throw RangeError("host range in '\(line)' has no closing ']'")
        }
        let head = String(line[..<open])
        let nrange = String(line[line.index(after: open)..<close])
        let tail = String(line[line.index(after: close)...])
        if tail.contains("]") && !tail.contains("[") {
            throw RangeError("host range in '\(line)' has an unmatched ']'")
        }
        let bounds = nrange.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard bounds.count == 2 || bounds.count == 3 else {
            throw RangeError("host range must be begin:end or begin:end:step, got '[\(nrange)]'")
        }
        var beg = bounds[0]
        let end = bounds[1]
        var step = 1
        if bounds.count == 3 {
            guard let s = Int(bounds[2]) else { throw RangeError("host range step '\(bounds[2])' is not a number") }
            step = s
        }
        guard step != 0 else { throw RangeError("host range step must not be zero") }
        if beg.isEmpty { beg = "0" }
        guard !end.isEmpty else { throw RangeError("host range must specify end value") }
        var width = 0
        if beg.first == "0" && beg.count > 1 {
            guard beg.count == end.count else {
                throw RangeError("host range must specify equal-length begin and end formats, got '[\(nrange)]'")
            }
            width = beg.count
        }
        var names: [String] = []
        if beg.count == 1, end.count == 1, let b = letters.firstIndex(of: Character(beg)), let e = letters.firstIndex(of: Character(end)) {
            guard b <= e else { throw RangeError("host range must have begin <= end, got '[\(nrange)]'") }
            guard step > 0 else { throw RangeError("host range step must be positive") }
            var i = b
            while i <= e {
                names.append(head + String(letters[i]) + tail)
                i += step
            }
        } else {
            guard let b = Int(beg.trimmingSpaces), let e = Int(end.trimmingSpaces) else {
                throw RangeError("host range '[\(nrange)]' must be numeric or a single-letter alphabetic range")
            }
            guard step > 0 ? b <= e : b >= e else {
                // Ansible silently makes no host of such a range
                throw RangeError("host range '[\(nrange)]' is empty: its begin is after its end")
            }
            var i = b
            while step > 0 ? i < e + 1 : i > e + 1 {
                var s = String(i)
                if s.count < width { s = String(repeating: "0", count: width - s.count) + s }
                names.append(head + s + tail)
                i += step
            }
        }
        var out: [String] = []
        for name in names {
            out.append(contentsOf: try expand(name))
        }
        return out
    }

    /// The host part and port of `host:port` or `[v6]:port`; the whole text and nil when it
    /// is not a valid address (as Ansible falls back to the pattern itself).
    public static func splitPort(_ pattern: String) -> (String, Int?) {
        var address = pattern
        var port: Int?
        if pattern.hasPrefix("["), let close = pattern.lastIndex(of: "]") {
            let rest = pattern[pattern.index(after: close)...]
            if rest.hasPrefix(":"), let p = Int(rest.dropFirst()), rest.dropFirst().allSatisfy(\.isASCIIDigit) {
                address = String(pattern[pattern.index(after: pattern.startIndex)..<close])
                port = p
            }
        }
        if let (a, p) = hostPort(address) {
            address = a
            port = p
        }
        if isValidHost(address) { return (address, port) }
        return (pattern, nil)
    }

    /// `((?:[^:\[\]]|\[[^\]]*\])*):([0-9]+)$`
    static func hostPort(_ s: String) -> (String, Int)? {
        guard let colon = s.lastIndex(of: ":") else { return nil }
        let digits = s[s.index(after: colon)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let port = Int(digits) else { return nil }
        let head = s[..<colon]
        var inBracket = false
        for ch in head {
            if inBracket {
                if ch == "]" { inBracket = false }
            } else if ch == "[" {
                inBracket = true
            } else if ch == ":" || ch == "]" {
                return nil
            }
        }
        if inBracket { return nil }
        return (String(head), port)
    }

    /// A hostname, IPv4 or IPv6 address, possibly with ranges, as `parse_address` accepts.
    static func isValidHost(_ s: String) -> Bool {
        if s.isEmpty { return false }
        if isIPv6(s) { return true }
        // hostname: labels of word characters, '-' and '_' or ranges, not ending in - or _
        for label in s.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first else { return false }
            if !(first.isWordCharacter || first == "[") { return false }
            if let last = label.last, last == "-" || last == "_" { return false }
            var inRange = false
            for ch in label {
                if inRange {
                    if ch == "]" { inRange = false } else if !(ch.isASCIIDigit || ch.isLetter || ch == ":") { return false }
                } else if ch == "[" {
                    inRange = true
                } else if !(ch.isWordCharacter || ch == "-") {
                    return false
                }
            }
            if inRange { return false }
        }
        return true
    }

    static func isIPv6(_ s: String) -> Bool {
        let colons = s.filter { $0 == ":" }.count
        guard colons >= 2 else { return false }
        return s.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." || $0 == "[" || $0 == "]" }
    }
}

/// Why a host range could not be expanded.
public struct RangeError: Error, Sendable {
    public var message: String
    init(_ message: String) { self.message = message }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// Python's `\w` with re.UNICODE.
    var isWordCharacter: Bool { isLetter || isNumber || self == "_" }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
