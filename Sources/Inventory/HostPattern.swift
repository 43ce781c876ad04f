import SwansibleCore

/// Host patterns as `ansible -l` and a play's `hosts:` read them: `all`, `*`, globs, `~regex`,
/// `a:b`, `a,b`, `a:&b`, `a:!b`, `group[0]`, `group[1:3]`.
public enum HostPattern {
    /// Splits a pattern on `,` (or on `:` outside brackets when there is no comma), as
    /// ansible-core's `split_host_pattern` does.
    public static func split(_ pattern: String) -> [String] {
        var parts: [String]
        if pattern.contains(",") {
            parts = pattern.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        } else if HostRange.isValidHost(pattern) || HostRange.hostPort(pattern).map({ HostRange.isValidHost($0.0) }) == true
            || (pattern.hasPrefix("[") && HostRange.splitPort(pattern).1 != nil)
        {
            parts = [pattern]
        } else {
            // (?:[^\s:\[\]]|\[[^\]]*\])+
            parts = []
            var current = ""
            var chars = Substring(pattern)
            while let c = chars.first {
                if c == "[" {
                    if let close = chars.firstIndex(of: "]") {
                        current += chars[...close]
                        chars = chars[chars.index(after: close)...]
                        continue
                    }
                    if !current.isEmpty { parts.append(current) }
                    current = ""
                } else if c.isWhitespace || c == ":" || c == "]" {
                    if !current.isEmpty { parts.append(current) }
                    current = ""
                } else {
                    current.append(c)
                }
                chars.removeFirst()
            }
            if !current.isEmpty { parts.append(current) }
        }
        return parts.map { $0.trimmingCharacters(in: " \t\n\r") }.filter { !$0.isEmpty }
    }

    /// Regular patterns first, then `&` intersections, then `!` exclusions; `all` when there
    /// is no regular pattern.
    public static func order(_ patterns: [String]) -> [String] {
        var regular: [String] = []
        var intersection: [String] = []
        var exclusion: [String] = []
        for p in patterns where !p.isEmpty {
            if p.hasPrefix("!") {
                exclusion.append(p)
            } else if p.hasPrefix("&") {
                intersection.append(p)
            } else {
                regular.append(p)
            }
        }
        if regular.isEmpty { regular = ["all"] }
        return regular + intersection + exclusion
    }

    /// A pattern and its `[i]` or `[a:b]` subscript.
    struct Subscript {
        var start: Int
        var end: Int?
    }

    static func splitSubscript(_ pattern: String) -> (String, Subscript?) {
        guard !pattern.hasPrefix("~"), pattern.hasSuffix("]"), let open = pattern.lastIndex(of: "[") else { return (pattern, nil) }
        let expr = String(pattern[..<open])
        guard !expr.isEmpty else { return (pattern, nil) }
        let inner = pattern[pattern.index(after: open)..<pattern.index(before: pattern.endIndex)]
        func isNumber<S: StringProtocol>(_ s: S, signed: Bool) -> Bool {
            var t = Substring(s)
            if signed && t.hasPrefix("-") { t = t.dropFirst() }
            return !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber }
        }
        if isNumber(inner, signed: true), let i = Int(inner) {
            return (expr, Subscript(start: i, end: nil))
        }
        if let sep = inner.firstIndex(where: { $0 == ":" || $0 == "-" }) {
            let a = inner[..<sep]
            let b = inner[inner.index(after: sep)...]
            guard isNumber(a, signed: false), b.isEmpty || isNumber(b, signed: false), let start = Int(a) else {
                return (pattern, nil)
            }
            return (expr, Subscript(start: start, end: b.isEmpty ? -1 : Int(b)))
        }
        return (pattern, nil)
    }

    /// Python's slicing and indexing as `_apply_subscript` uses them; nil when out of range.
    static func apply(_ s: Subscript?, to hosts: [Int]) -> [Int]? {
        guard let s, !hosts.isEmpty else { return hosts }
        let n = hosts.count
        if let end = s.end, end != 0 {
            let e = end == -1 ? n - 1 : end
            var lo = s.start < 0 ? max(0, s.start + n) : min(s.start, n)
            let hiRaw = e + 1
            let hi = hiRaw < 0 ? max(0, hiRaw + n) : min(hiRaw, n)
            if lo > hi { lo = hi }
            return Array(hosts[lo..<hi])
        }
        let i = s.start < 0 ? s.start + n : s.start
        guard i >= 0 && i < n else { return nil }
        return [hosts[i]]
    }

    /// `fnmatch.fnmatchcase`: `*`, `?`, `[seq]`, `[!seq]`.
    public static func glob(_ pattern: String, matches name: String) -> Bool {
        let p = Array(pattern)
        let s = Array(name)
        var pi = 0
        var si = 0
        var starP = -1
        var starS = 0
        while si < s.count {
            if pi < p.count {
                let c = p[pi]
                if c == "*" {
                    starP = pi
                    starS = si
                    pi += 1
                    continue
                }
                if c == "?" {
                    pi += 1
                    si += 1
                    continue
                }
                if c == "[", let (matched, next) = matchClass(p, pi, s[si]) {
                    if matched {
                        pi = next
                        si += 1
                        continue
                    }
                } else if c == s[si] {
                    pi += 1
                    si += 1
                    continue
                }
            }
            if starP >= 0 {
                pi = starP + 1
                starS += 1
                si = starS
                continue
            }
            return false
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// Matches one character against the class starting at p[i] == "["; nil when the class is
    /// not closed (then "[" is literal).
    static func matchClass(_ p: [Character], _ i: Int, _ ch: Character) -> (Bool, Int)? {
        var j = i + 1
        var negate = false
        if j < p.count && p[j] == "!" {
            negate = true
            j += 1
        }
        if j < p.count && p[j] == "]" { j += 1 }
        while j < p.count && p[j] != "]" { j += 1 }
        guard j < p.count else { return nil }
        var k = i + 1 + (negate ? 1 : 0)
        var matched = false
        var first = true
        while k < j {
            if p[k] == "]" && !first { break }
            if k + 2 < j && p[k + 1] == "-" {
                if p[k] <= ch && ch <= p[k + 2] { matched = true }
                k += 3
            } else {
                if p[k] == ch { matched = true }
                k += 1
            }
            first = false
        }
        return (matched != negate, j + 1)
    }
}
