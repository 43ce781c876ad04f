import Jinja
import SwansibleCore

/// Python `re` patterns and replacement strings on top of Swift's regex engine.
package enum PyRegex {
    /// Translates Python-only syntax: `(?P<name>`, `(?P=name)`, `\Z`.
    package static func translate(_ pattern: String, multiline: Bool = false) -> String {
        var out = ""
        var chars = Substring(pattern)
        var inClass = false
        while let c = chars.first {
            if inClass {
                if c == "\\", let next = chars.dropFirst().first {
                    out.append(c)
                    out.append(next)
                    chars = chars.dropFirst(2)
                    continue
                }
                if c == "]" { inClass = false }
                out.append(c)
                chars = chars.dropFirst()
                continue
            }
            if c == "[" {
                inClass = true
                out.append(c)
                chars = chars.dropFirst()
                // a `]` right after `[` or `[^` is a literal
                if chars.first == "^" {
                    out.append("^")
                    chars = chars.dropFirst()
                }
                if chars.first == "]" {
                    out.append("]")
                    chars = chars.dropFirst()
                }
                continue
            }
            if c == "$" && !multiline && !pattern.hasPrefix("(?m") {
                // Python's `$`: the end, or before a newline that ends the string
                out += "(?=\\n?\\z)"
                chars = chars.dropFirst()
                continue
            }
            if chars.hasPrefix("(?P<") {
                out += "(?<"
                chars = chars.dropFirst(4)
            } else if chars.hasPrefix("(?P=") {
                chars = chars.dropFirst(4)
                let name = chars.prefix { $0 != ")" }
                chars = chars.dropFirst(name.count + 1)
                out += "\\k<\(name)>"
            } else if c == "\\", let next = chars.dropFirst().first {
                out += next == "Z" ? "\\z" : "\\\(next)"
                chars = chars.dropFirst(2)
            } else {
                out.append(c)
                chars = chars.dropFirst()
            }
        }
        return out
    }

    package static func compile(_ pattern: String, ignorecase: Bool = false, multiline: Bool = false) throws(JinjaError) -> Regex<
        AnyRegexOutput
    > {
        do {
            var r = try Regex(translate(pattern, multiline: multiline))
            if ignorecase { r = r.ignoresCase() }
            if multiline { r = r.anchorsMatchLineEndings() }
            return r
        } catch {
            throw JinjaError(.value, "invalid regular expression \(PythonFormat.repr(.string(pattern))): \(error)")
        }
    }

    /// The text of group `i` (or named) of a match, nil when it did not take part.
    package static func group(_ m: Regex<AnyRegexOutput>.Match, _ i: Int) -> String? {
        guard i < m.output.count, let sub = m.output[i].substring else { return nil }
        return String(sub)
    }

    package static func group(_ m: Regex<AnyRegexOutput>.Match, named name: String) -> String? {
        guard let sub = m.output[name]?.substring else { return nil }
        return String(sub)
    }

    /// Expands a Python replacement string (`\1`, `\g<1>`, `\g<name>`, `\n`...) for a match.
    package static func expand(_ template: String, _ m: Regex<AnyRegexOutput>.Match) throws(JinjaError) -> String {
        var out = ""
        var chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "\\", i + 1 < chars.count else {
                out.append(c)
                i += 1
                continue
            }
            let n = chars[i + 1]
            if n.isASCII && n.isNumber {
                var digits = String(n)
                var j = i + 2
                if j < chars.count && chars[j].isASCII && chars[j].isNumber {
                    digits.append(chars[j])
                    j += 1
                }
                guard let g = Int(digits), g < m.output.count else { throw JinjaError(.value, "invalid group reference \(digits)") }
                out += group(m, g) ?? ""
                i = j
                continue
            }
            if n == "g", i + 2 < chars.count, chars[i + 2] == "<", let close = chars[(i + 3)...].firstIndex(of: ">") {
                let ref = String(chars[(i + 3)..<close])
                if let g = Int(ref) {
                    guard g < m.output.count else { throw JinjaError(.value, "invalid group reference \(g)") }
                    out += group(m, g) ?? ""
                } else {
                    out += group(m, named: ref) ?? ""
                }
                i = close + 1
                continue
            }
            switch n {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "f": out += "\u{0C}"
            case "v": out += "\u{0B}"
            case "a": out += "\u{07}"
            case "\\": out += "\\"
            default:
                if n.isASCII && n.isLetter { throw JinjaError(.value, "bad escape \\\(n)") }
                out.append("\\")
                out.append(n)
            }
            i += 2
        }
        chars.removeAll()
        return out
    }

    /// `re.sub(pattern, repl, string, count)`.
    package static func sub(_ s: String, _ regex: Regex<AnyRegexOutput>, _ repl: String, count: Int) throws(JinjaError) -> (String, Int) {
        var out = ""
        var last = s.startIndex
        var n = 0
        for m in s.matches(of: regex) {
            if count > 0 && n >= count { break }
            out += s[last..<m.range.lowerBound]
            out += try expand(repl, m)
            last = m.range.upperBound
            n += 1
        }
        out += s[last...]
        return (out, n)
    }
}
