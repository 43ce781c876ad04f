import SwansibleCore

/// Python's `str` operations, by code point.
public enum PyString {
    /// `str.title()`: a letter after a non-letter is upper-cased, others lower-cased.
    static func title(_ s: String) -> String {
        var out = ""
        var previousCased = false
        for ch in s {
            if ch.isLetter {
                out += previousCased ? ch.lowercased() : ch.uppercased()
                previousCased = true
            } else {
                out.append(ch)
                previousCased = false
            }
        }
        return out
    }

    /// `str.capitalize()`.
    static func capitalize(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst().lowercased()
    }

    /// `str.strip(chars)`: whitespace when `chars` is nil.
    public static func strip(_ s: String, _ chars: String?, left: Bool = true, right: Bool = true) -> String {
        var u = Substring.UnicodeScalarView(s.unicodeScalars)
        let set = chars.map { Set($0.unicodeScalars) }
        func strippable(_ c: Unicode.Scalar) -> Bool { set.map { $0.contains(c) } ?? Lexer.isSpace(c) }
        if left { while let f = u.first, strippable(f) { u.removeFirst() } }
        if right { while let l = u.last, strippable(l) { u.removeLast() } }
        return String(u)
    }

    /// `str.split(sep, maxsplit)` and `str.rsplit`.
    static func split(_ s: String, _ sep: String?, maxsplit: Int = -1, fromRight: Bool = false) -> [String] {
        let u = Array(s.unicodeScalars)
        func str(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(u[a..<b])) }
        guard let sep else {
            // runs of whitespace, no empty strings
            var words: [(Int, Int)] = []
            var i = 0
            while i < u.count {
                while i < u.count && Lexer.isSpace(u[i]) { i += 1 }
                if i >= u.count { break }
                var j = i
                while j < u.count && !Lexer.isSpace(u[j]) { j += 1 }
                words.append((i, j))
                i = j
            }
            if maxsplit < 0 || words.count <= maxsplit + 1 { return words.map { str($0.0, $0.1) } }
            if fromRight {
                let keep = words.suffix(maxsplit)
                guard let firstKept = keep.first else { return [strip(s, nil)] }
                var head = firstKept.0
                while head > 0 && Lexer.isSpace(u[head - 1]) { head -= 1 }
                return [strip(str(0, head), nil)] + keep.map { str($0.0, $0.1) }
            }
            let first = words.prefix(maxsplit)
            var tailStart = words[maxsplit].0
            _ = tailStart
            tailStart = words[maxsplit].0
            return first.map { str($0.0, $0.1) } + [strip(str(tailStart, u.count), nil, left: false, right: true)]
        }
        let sp = Array(sep.unicodeScalars)
        var positions: [Int] = []
        var i = 0
        while i + sp.count <= u.count {
            if Array(u[i..<(i + sp.count)]) == sp {
                positions.append(i)
                i += sp.count
            } else {
                i += 1
            }
        }
        if maxsplit >= 0 && positions.count > maxsplit {
            if fromRight {
                // re-scan from the right so overlapping separators split as Python does
                var rpos: [Int] = []
                var j = u.count - sp.count
                while j >= 0 && rpos.count < maxsplit {
                    if Array(u[j..<(j + sp.count)]) == sp {
                        rpos.append(j)
                        j -= sp.count
                    } else {
                        j -= 1
                    }
                }
                positions = rpos.reversed()
            } else {
                positions = Array(positions.prefix(maxsplit))
            }
        }
        var out: [String] = []
        var start = 0
        for p in positions {
            out.append(str(start, p))
            start = p + sp.count
        }
        out.append(str(start, u.count))
        return out
    }

    public static func splitlines(_ s: String, keepends: Bool) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if Lexer.isLineBreak(c) {
                var end = String.UnicodeScalarView()
                end.append(c)
                if c == "\r" && i + 1 < u.count && u[i + 1] == "\n" {
                    end.append("\n")
                    i += 1
                }
                if keepends { current.append(contentsOf: end) }
                out.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(c)
            }
            i += 1
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    static func replace(_ s: String, _ old: String, _ new: String, count: Int = -1) -> String {
        if old.isEmpty {
            var out = ""
            var n = 0
            for u in s.unicodeScalars {
                if count < 0 || n < count {
                    out += new
                    n += 1
                }
                out.unicodeScalars.append(u)
            }
            if count < 0 || n < count { out += new }
            return out
        }
        let u = Array(s.unicodeScalars)
        let o = Array(old.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var n = 0
        while i < u.count {
            if (count < 0 || n < count) && i + o.count <= u.count && u[i] == o[0] && Array(u[i..<(i + o.count)]) == o {
                out.append(contentsOf: new.unicodeScalars)
                i += o.count
                n += 1
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(out)
    }

    static func count(_ s: String, _ sub: String) -> Int {
        if sub.isEmpty { return s.unicodeScalars.count + 1 }
        return split(s, sub).count - 1
    }

    /// The code-point index of `sub` in `s`, or -1.
    static func find(_ s: String, _ sub: String, fromRight: Bool = false) -> Int {
        let u = Array(s.unicodeScalars)
        let p = Array(sub.unicodeScalars)
        if p.isEmpty { return fromRight ? u.count : 0 }
        guard p.count <= u.count else { return -1 }
        let range = Array(0...(u.count - p.count))
        for i in (fromRight ? range.reversed() : range) where Array(u[i..<(i + p.count)]) == p { return i }
        return -1
    }

    /// `str.format(*args, **kwargs)`.
    static func format(_ template: String, _ a: Arguments) throws(JinjaError) -> String {
        var out = ""
        let chars = Array(template)
        var i = 0
        var auto = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" {
                    out.append("{")
                    i += 2
                    continue
                }
                var j = i + 1
                var depth = 1
                while j < chars.count {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                guard j < chars.count else { throw JinjaError(.value, "Single '{' encountered in format string") }
                let field = String(chars[(i + 1)..<j])
                i = j + 1
                var spec = ""
                var conversion: Character?
                var fieldName = field
                if let colon = field.firstIndex(of: ":") {
                    fieldName = String(field[..<colon])
                    spec = String(field[field.index(after: colon)...])
                }
                if let bang = fieldName.firstIndex(of: "!") {
                    conversion = fieldName[fieldName.index(after: bang)...].first
                    fieldName = String(fieldName[..<bang])
                }
                // field name: index or name, then .attr / [key] parts
                var head = fieldName
                var rest = ""
                if let k = fieldName.firstIndex(where: { $0 == "." || $0 == "[" }) {
                    head = String(fieldName[..<k])
                    rest = String(fieldName[k...])
                }
                var value: Value
                if head.isEmpty {
                    guard auto < a.positional.count else {
                        throw JinjaError(.value, "Replacement index \(auto) out of range for positional args tuple")
                    }
                    value = a.positional[auto]
                    auto += 1
                } else if let idx = Int(head) {
                    guard idx < a.positional.count else {
                        throw JinjaError(.value, "Replacement index \(idx) out of range for positional args tuple")
                    }
                    value = a.positional[idx]
                } else {
                    guard let v = a.keyword(head) else { throw JinjaError(.value, "KeyError: '\(head)'") }
                    value = v
                }
                while !rest.isEmpty {
                    if rest.hasPrefix(".") {
                        rest.removeFirst()
                        let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
                        let attr = String(rest[..<end])
                        rest = String(rest[end...])
                        value = value.dictValue?[string: attr] ?? .null
                    } else if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                        let key = String(rest[rest.index(after: rest.startIndex)..<close])
                        rest = String(rest[rest.index(after: close)...])
                        if let n = Int(key), let l = value.listValue, n < l.count {
                            value = l[n]
                        } else {
                            value = value.dictValue?[string: key] ?? .null
                        }
                    } else {
                        break
                    }
                }
                if conversion == "r" {
                    value = .string(PythonFormat.repr(value))
                } else if conversion == "s" {
                    value = .string(try Builtins.string(value))
                }
                if spec.contains("{") {
                    spec = try format(spec, a)
                }
                out += try FormatSpec(parsing: spec).format(value)
                continue
            }
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" {
                    out.append("}")
                    i += 2
                    continue
                }
                throw JinjaError(.value, "Single '}' encountered in format string")
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
